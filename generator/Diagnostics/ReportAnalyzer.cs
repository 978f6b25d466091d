using System;
using System.Collections.Immutable;
using System.Linq;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportCorpus.Corpus;
using ReportCorpus.Emit;
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
        DiagnosticDescriptors.NoPlanSection,
        DiagnosticDescriptors.OverCompilerLimit);

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
            DataSettings settings = DataModes.Settings((CSharpCompilation)start.Compilation, options.AnalyzerConfigOptionsProvider.GlobalOptions);
            // The reports the generator emits without their data, by the same plan (EmissionBudget).
            var plan = new Lazy<EmissionPlan>(
                () => EmissionBudget.Plan(corpus.Value.InIndexOrder.Select(r => new ReportToEmit("", r.Entry, r.Report, r.Judgement.Checks, r.Judgement.NextId)).ToList(), settings),
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterAdditionalFileAction(file =>
            {
                if (ReportFiles.IsReport(file.AdditionalFile.Path) && corpus.Value.Find(file.AdditionalFile.Path) is { } report)
                {
                    ReportFile(file, report);
                    if (EmissionBudget.IsOver(plan.Value.OverBudget, report.Entry.Path))
                    {
                        file.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OverCompilerLimit, LocationOf(file.AdditionalFile.Path, null),
                            report.Entry.Id, EmissionBudget.UserStringHeap.ToString("N0", CultureInfo.InvariantCulture)));
                    }
                }
            });
        });
    }

    private static void ReportFile(AdditionalFileAnalysisContext context, AnalyzedReport analyzed)
    {
        string path = context.AdditionalFile.Path;
        foreach (Finding finding in ReportFindings.Of(analyzed))
        {
            context.ReportDiagnostic(Diagnostic.Create(finding.Rule, LocationOf(path, finding.Span), finding.Arguments));
        }
    }

    /// <summary>A Location in the report file, rebuilt from the model's LocationInfo only now.</summary>
    private static Location At(string path, LocationInfo span) => Location.Create(
        path,
        new TextSpan(span.Start, span.Length),
        new LinePositionSpan(new LinePosition(span.Line, span.Column), new LinePosition(span.EndLine, span.EndColumn)));

    /// <summary>The finding's place in the report file, or the file's start for a finding about the whole file.</summary>
    private static Location LocationOf(string path, LocationInfo? span) =>
        span is null ? Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(default, default)) : At(path, span);
}
