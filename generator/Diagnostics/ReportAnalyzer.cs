using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportCorpus.Corpus;
using ReportCorpus.Model;
using ReportCorpus.Verification;

namespace ReportCorpus.Diagnostics;

/// <summary>
/// Reports, in the report files themselves, every target the next report missed or dropped, and every input
/// problem. The corpus is built once per compilation; each report file then gets its own diagnostics.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReportAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TargetHasNoActual,
        DiagnosticDescriptors.TargetMissed,
        DiagnosticDescriptors.TargetsUnverifiable,
        DiagnosticDescriptors.TargetUndetermined,
        DiagnosticDescriptors.DuplicateId,
        DiagnosticDescriptors.NoYear,
        DiagnosticDescriptors.NotText,
        DiagnosticDescriptors.EmptyReport,
        DiagnosticDescriptors.Unreadable,
        DiagnosticDescriptors.ParserFailed,
        DiagnosticDescriptors.NoPlanSection);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            AnalyzerOptions options = start.Options;
            var corpus = new Lazy<AnalyzedCorpus>(
                () => AnalyzedCorpus.Build(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider, start.CancellationToken),
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterAdditionalFileAction(file =>
            {
                if (ReportFiles.IsReport(file.AdditionalFile.Path) && corpus.Value.Find(file.AdditionalFile.Path) is { } report)
                {
                    ReportFile(file, report);
                }
            });
        });
    }

    private static void ReportFile(AdditionalFileAnalysisContext context, AnalyzedReport analyzed)
    {
        string path = context.AdditionalFile.Path;
        ParsedReport report = analyzed.Report;
        string name = System.IO.Path.GetFileName(path);

        foreach (ParseNote note in report.Notes)
        {
            DiagnosticDescriptor? descriptor = note.Code switch
            {
                ParseNoteCode.NoYear => DiagnosticDescriptors.NoYear,
                ParseNoteCode.Unreadable => DiagnosticDescriptors.Unreadable,
                ParseNoteCode.ParserFailed => DiagnosticDescriptors.ParserFailed,
                ParseNoteCode.NoPlanSection => DiagnosticDescriptors.NoPlanSection,
                ParseNoteCode.NotText => DiagnosticDescriptors.NotText,
                ParseNoteCode.Empty => DiagnosticDescriptors.EmptyReport,
                _ => null,
            };

            if (descriptor is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, FileStart(path, note.Span), name, note.Message));
            }
        }

        if (analyzed.Entry.SharesIdWith is { } twin)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateId, FileStart(path, null),
                report.Identity.IdCandidate, System.IO.Path.GetFileName(twin), analyzed.Entry.Id));
        }

        if (report.Targets.Count > 0 && analyzed.Judgement.Next is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TargetsUnverifiable, At(path, report.Targets[0].Span),
                report.Identity.Zone, Year(report.Identity.PlanYear), report.Targets.Count, analyzed.Entry.Id));
            return;
        }

        foreach (CheckSpec check in analyzed.Judgement.Checks)
        {
            FactSpec target = report.Targets[check.Target];
            FactSpec? actual = check.Actual >= 0 && analyzed.Judgement.Next is { } next ? next.Achievements[check.Actual] : null;
            Diagnostic? diagnostic = check.Verdict switch
            {
                Verdict.NoActual => Diagnostic.Create(DiagnosticDescriptors.TargetHasNoActual, At(path, target.Span),
                    target.Indicator, FactFormat.Figure(target), analyzed.Judgement.NextId),
                Verdict.Missed => Diagnostic.Create(DiagnosticDescriptors.TargetMissed, At(path, target.Span),
                    target.Indicator, FactFormat.Figure(target), actual is null ? "" : FactFormat.Figure(actual), analyzed.Judgement.NextId),
                Verdict.Undetermined => Diagnostic.Create(DiagnosticDescriptors.TargetUndetermined, At(path, target.Span),
                    target.Indicator, FactFormat.Figure(target), actual is null ? "" : FactFormat.Figure(actual), analyzed.Judgement.NextId),
                _ => null,
            };

            if (diagnostic is not null)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>A Location in the report file, rebuilt from the model's LocationInfo only now.</summary>
    private static Location At(string path, LocationInfo span) => Location.Create(
        path,
        new TextSpan(span.Start, span.Length),
        new LinePositionSpan(new LinePosition(span.Line, span.Column), new LinePosition(span.EndLine, span.EndColumn)));

    private static Location FileStart(string path, LocationInfo? span) =>
        span is null ? Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(default, default)) : At(path, span);

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "its plan year";
}
