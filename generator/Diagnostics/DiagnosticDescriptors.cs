using Microsoft.CodeAnalysis;

namespace ReportCorpus.Diagnostics;

/// <summary>Every rule the analyzer reports. Each has a page in docs/diagnostics and a line in AnalyzerReleases.*.md.</summary>
internal static class DiagnosticDescriptors
{
    public static readonly string HelpLinkBase = GeneratorInfo.RepositoryUrl + "/blob/main/docs/diagnostics/";

    private const string Verification = "ReportCorpus.Verification";
    private const string Input = "ReportCorpus.Input";

    public static readonly DiagnosticDescriptor TargetHasNoActual = new(
        "RC0001",
        "Target has no matching actual in the next report",
        "Target '{0}' ({1}) has no matching actual in {2}",
        Verification,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The next report of the same jurisdiction states no figure for this target's indicator: the target was silently dropped.",
        helpLinkUri: HelpLinkBase + "RC0001.md");

    public static readonly DiagnosticDescriptor TargetMissed = new(
        "RC0002",
        "Target missed",
        "Target '{0}' missed: {1} planned, {2} reported in {3}",
        Verification,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The next report states an actual for this target that falls short of it.",
        helpLinkUri: HelpLinkBase + "RC0002.md");

    public static readonly DiagnosticDescriptor TargetsUnverifiable = new(
        "RC0003",
        "No next report in the corpus",
        "No report of {0} reviewing {1} is in the corpus, so the {2} judged targets of {3} cannot be checked",
        Verification,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The targets of this report are for a year no report in the corpus reviews. Add that report to check them.",
        helpLinkUri: HelpLinkBase + "RC0003.md");

    public static readonly DiagnosticDescriptor TargetUndetermined = new(
        "RC0004",
        "Target cannot be compared with its actual",
        "Target '{0}' ({1}) cannot be compared with the actual {2} in {3}",
        Verification,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The next report states a figure for this indicator, but in a unit or form the target cannot be compared with.",
        helpLinkUri: HelpLinkBase + "RC0004.md");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "RC0101",
        "Two reports claim one id",
        "Report id '{0}' is also claimed by '{1}'; this report is generated as '{2}'. Set ReportId metadata on one of them to choose.",
        Input,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Two report files would get the same id (two copies of a report, or two reports of one city and year). Both are kept.",
        helpLinkUri: HelpLinkBase + "RC0101.md");

    public static readonly DiagnosticDescriptor NoYear = new(
        "RC0102",
        "No report year found",
        "No report year found in '{0}': neither its title, its file name nor its headings give one",
        Input,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Without a year the report cannot be named or checked against its neighbours. Put the year in the file name.",
        helpLinkUri: HelpLinkBase + "RC0102.md");

    public static readonly DiagnosticDescriptor Unreadable = new(
        "RC0103",
        "Report file cannot be read",
        "Report file '{0}' cannot be read: {1}",
        Input,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The compiler could not read the file's text.",
        helpLinkUri: HelpLinkBase + "RC0103.md");

    public static readonly DiagnosticDescriptor ParserFailed = new(
        "RC0104",
        "Report could not be parsed",
        "Report '{0}' could not be parsed ({1}); it is generated without facts. Please report this as a bug.",
        Input,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The parser failed on this file. The build goes on; the report comes through with its identity only.",
        helpLinkUri: HelpLinkBase + "RC0104.md");

    public static readonly DiagnosticDescriptor NoPlanSection = new(
        "RC0105",
        "Report has no plan section",
        "Report '{0}' has no plan section (工作安排, 工作任务, 主要预期目标 …), so it has no targets",
        Input,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "No heading or sentence announcing the plan year's targets was found.",
        helpLinkUri: HelpLinkBase + "RC0105.md");

    public static readonly DiagnosticDescriptor NotText = new(
        "RC0106",
        "Report file is not UTF-8 text",
        "Report '{0}' is not UTF-8 text: {1}",
        Input,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The compiler reads additional files as UTF-8. A GB18030/GBK file arrives as replacement characters and a binary file as noise; the report is generated from its file name only, without facts.",
        helpLinkUri: HelpLinkBase + "RC0106.md");

    public static readonly DiagnosticDescriptor EmptyReport = new(
        "RC0107",
        "Report file is empty",
        "Report '{0}' is empty",
        Input,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The file holds no text (or only white space). It is generated from its file name only, without facts.",
        helpLinkUri: HelpLinkBase + "RC0107.md");

    public static readonly DiagnosticDescriptor OverCompilerLimit = new(
        "RC0108",
        "Corpus exceeds a compiler limit",
        "Report '{0}' is generated without its data: with it, the corpus's string literals would pass the compiler's user-string heap of {1} bytes (CS8103); build with C# 11 or later (LangVersion), where report data are UTF-8 outside that heap, or use the reportcorpus command-line tool, or split the corpus over projects",
        Input,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "All string literals of an assembly share one heap of 16 MB. Below C# 11 a report's data are string literals; the generator takes the reports in the index's order while they fit its budget and emits the others with their identity only, instead of letting the compiler fail on the whole project.",
        helpLinkUri: HelpLinkBase + "RC0108.md");
}
