using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportCorpus.Diagnostics;
using ReportCorpus.Model;
using ReportCorpus.Verification;

namespace ReportCorpus.Tool.Checking;

/// <summary>One RC finding: the analyzer's rule, the file, the span (none: the file's start) and the message.</summary>
internal sealed record Finding(DiagnosticDescriptor Rule, string Path, LocationInfo? Span, string Message);

/// <summary>
/// The analyzer's diagnostics, without a compiler: the same rules (<see cref="DiagnosticDescriptors"/>, compiled in),
/// the same messages and the same places as <c>ReportAnalyzer.ReportFile</c>.
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

    public static DiagnosticDescriptor RuleOf(ParseNoteCode code) => code switch
    {
        ParseNoteCode.NoYear => DiagnosticDescriptors.NoYear,
        ParseNoteCode.Unreadable => DiagnosticDescriptors.Unreadable,
        ParseNoteCode.ParserFailed => DiagnosticDescriptors.ParserFailed,
        ParseNoteCode.NoPlanSection => DiagnosticDescriptors.NoPlanSection,
        ParseNoteCode.NotText => DiagnosticDescriptors.NotText,
        ParseNoteCode.Empty => DiagnosticDescriptors.EmptyReport,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    /// <summary>Findings of a skipped file: its notes only.</summary>
    public static IEnumerable<Finding> Of(ReadFile skipped) => Notes(skipped.Report);

    /// <summary>Findings of one report of the corpus, in the analyzer's order.</summary>
    public static IEnumerable<Finding> Of(JudgedReport judged)
    {
        ParsedReport report = judged.Report;
        string path = report.Path;
        foreach (Finding note in Notes(report))
        {
            yield return note;
        }

        if (judged.Entry.SharesIdWith is { } twin)
        {
            yield return Create(DiagnosticDescriptors.DuplicateId, path, null, report.Identity.IdCandidate, Path.GetFileName(twin), judged.Entry.Id);
        }

        if (report.Targets.Count > 0 && judged.Judgement.Next is null)
        {
            yield return Create(DiagnosticDescriptors.TargetsUnverifiable, path, report.Targets[0].Span,
                report.Identity.Zone, report.Identity.PlanYear?.ToString(CultureInfo.InvariantCulture) ?? "its plan year", report.Targets.Count, judged.Entry.Id);
            yield break;
        }

        foreach (CheckSpec check in judged.Judgement.Checks)
        {
            FactSpec target = report.Targets[check.Target];
            FactSpec? actual = check.Actual >= 0 && judged.Judgement.Next is { } next ? next.Achievements[check.Actual] : null;
            string actualFigure = actual is null ? "" : FactFormat.Figure(actual);
            Finding? finding = check.Verdict switch
            {
                Verdict.NoActual => Create(DiagnosticDescriptors.TargetHasNoActual, path, target.Span, target.Indicator, FactFormat.Figure(target), judged.Judgement.NextId),
                Verdict.Missed => Create(DiagnosticDescriptors.TargetMissed, path, target.Span, target.Indicator, FactFormat.Figure(target), actualFigure, judged.Judgement.NextId),
                Verdict.Undetermined => Create(DiagnosticDescriptors.TargetUndetermined, path, target.Span, target.Indicator, FactFormat.Figure(target), actualFigure, judged.Judgement.NextId),
                _ => null,
            };

            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<Finding> Notes(ParsedReport report) =>
        report.Notes.Select(n => Create(RuleOf(n.Code), report.Path, n.Span, Path.GetFileName(report.Path), n.Message));

    private static Finding Create(DiagnosticDescriptor rule, string path, LocationInfo? span, params object?[] args) =>
        new(rule, path, span, string.Format(CultureInfo.InvariantCulture, rule.MessageFormat.ToString(CultureInfo.InvariantCulture), args));
}
