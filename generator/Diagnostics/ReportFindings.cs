using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportCorpus.Corpus;
using ReportCorpus.Model;
using ReportCorpus.Verification;

namespace ReportCorpus.Diagnostics;

/// <summary>One RC finding in a report file: the rule, the span (null: the file's start) and the message's arguments.</summary>
internal sealed record Finding(DiagnosticDescriptor Rule, string Path, LocationInfo? Span, object?[] Arguments)
{
    /// <summary>The message as the compiler formats it, for a reader without one (the command-line tool's SARIF).</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Rule.MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments);
}

/// <summary>
/// What the RC rules say of one report: its parse notes, a shared id, then its targets' verdicts. The analyzer turns
/// each finding into a diagnostic; the command-line tool writes them as SARIF; so both say the same, in the same order.
/// </summary>
internal static class ReportFindings
{
    public static DiagnosticDescriptor RuleOf(ParseNoteCode code) => code switch
    {
        ParseNoteCode.NoYear => DiagnosticDescriptors.NoYear,
        ParseNoteCode.Unreadable => DiagnosticDescriptors.Unreadable,
        ParseNoteCode.ParserFailed => DiagnosticDescriptors.ParserFailed,
        ParseNoteCode.NoPlanSection => DiagnosticDescriptors.NoPlanSection,
        ParseNoteCode.NotText => DiagnosticDescriptors.NotText,
        _ => DiagnosticDescriptors.EmptyReport,
    };

    /// <summary>The findings of a report's parse notes alone (a file left out of the corpus has nothing else).</summary>
    public static IEnumerable<Finding> Notes(ParsedReport report)
    {
        string name = System.IO.Path.GetFileName(report.Path);
        foreach (ParseNote note in report.Notes)
        {
            yield return new Finding(RuleOf(note.Code), report.Path, note.Span, new object?[] { name, note.Message });
        }
    }

    /// <summary>Every finding of one report of the corpus.</summary>
    public static IEnumerable<Finding> Of(AnalyzedReport analyzed)
    {
        ParsedReport report = analyzed.Report;
        string path = report.Path;
        foreach (Finding note in Notes(report))
        {
            yield return note;
        }

        if (analyzed.Entry.SharesIdWith is { } twin)
        {
            yield return new Finding(DiagnosticDescriptors.DuplicateId, path, null,
                new object?[] { report.Identity.IdCandidate, System.IO.Path.GetFileName(twin), analyzed.Entry.Id });
        }

        Judgement judgement = analyzed.Judgement;
        if (judgement.Next is null)
        {
            // Only the targets a verdict is due on count: budget lines, shares, multi-year goals … are never judged, and a
            // commitment the vocabulary does not know is judged only on an actual the next report states.
            FactSpec? first = null;
            int judged = 0;
            foreach (FactSpec target in report.Targets)
            {
                if (Verifier.IsJudgedWhenUnstated(target))
                {
                    first ??= target;
                    judged++;
                }
            }

            if (first is not null)
            {
                yield return new Finding(DiagnosticDescriptors.TargetsUnverifiable, path, first.Span,
                    new object?[] { report.Identity.Zone, report.Identity.PlanYear?.ToString(CultureInfo.InvariantCulture) ?? "its plan year", judged, analyzed.Entry.Id });
            }

            yield break;
        }

        foreach (CheckSpec check in judgement.Checks)
        {
            FactSpec target = report.Targets[check.Target];
            FactSpec? actual = check.Actual >= 0 && judgement.Next is { } next ? next.Achievements[check.Actual] : null;
            string actualFigure = actual is null ? "" : FactFormat.Figure(actual);
            DiagnosticDescriptor? rule = check.Verdict switch
            {
                Verdict.NoActual => DiagnosticDescriptors.TargetHasNoActual,
                Verdict.Missed => DiagnosticDescriptors.TargetMissed,
                Verdict.Undetermined => DiagnosticDescriptors.TargetUndetermined,
                _ => null,
            };

            if (rule is null)
            {
                continue;
            }

            object?[] arguments = check.Verdict == Verdict.NoActual
                ? new object?[] { target.Indicator, FactFormat.Figure(target), judgement.NextId }
                : new object?[] { target.Indicator, FactFormat.Figure(target), actualFigure, judgement.NextId };
            yield return new Finding(rule, path, target.Span, arguments);
        }
    }
}
