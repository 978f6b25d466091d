using Microsoft.CodeAnalysis;
using ReportCorpus.Corpus;
using ReportCorpus.Diagnostics;

namespace ReportCorpus.Tool.Checking;

/// <summary>
/// The analyzer's findings without a compiler: the same rules and the same code (<see cref="ReportFindings"/>, compiled
/// in), so the tool's SARIF says what the analyzer says, at the same places.
/// </summary>
internal static class Findings
{
    /// <summary>Every rule the analyzer has, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Rules { get; } = typeof(DiagnosticDescriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(static f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(static f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(static d => d.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Findings of a skipped file: its notes only.</summary>
    public static IEnumerable<Finding> Of(ReadFile skipped) => ReportFindings.Notes(skipped.Report);

    /// <summary>Findings of one report of the corpus, in the analyzer's order.</summary>
    public static IEnumerable<Finding> Of(JudgedReport judged) =>
        ReportFindings.Of(new AnalyzedReport(judged.Report, judged.Entry, judged.Judgement));
}
