using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportCorpus.Corpus;
using ReportCorpus.Emit;
using ReportCorpus.Model;

namespace ReportCorpus;

/// <summary>
/// The pipeline: report text → <see cref="ParsedReport"/> (per file, cached) → ids and index → C#.
/// Diagnostics are the analyzer's job; the generator only emits code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static ctx => ctx.AddSource(SharedTypes.HintName, SharedTypes.Source));

        IncrementalValuesProvider<AdditionalText> reportFiles = context.AdditionalTextsProvider
            .Where(static file => ReportFiles.IsReport(file.Path));

        // Each file is parsed on its own: editing one report re-parses that report only.
        IncrementalValuesProvider<ParsedReport> reports = reportFiles
            .Select(static (file, ct) => ReportFiles.Parse(file, ct))
            .WithTrackingName(TrackingNames.ParsedReports);

        IncrementalValueProvider<EquatableArray<IdOverride>> overrides = reportFiles
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ReportFiles.IdOverride(pair.Left, pair.Right))
            .Where(static o => o is not null)
            .Collect()
            .Select(static (items, _) => items.Select(static o => o!).ToEquatableArray())
            .WithTrackingName(TrackingNames.IdOverrides);

        IncrementalValueProvider<EmitOptions> emitOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ReportFiles.EmitOptions(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Namespace);

        IncrementalValueProvider<CorpusIndex> index = reports
            .Select(static (r, _) => ReportKey.Of(r))
            .WithTrackingName(TrackingNames.ReportKeys)
            .Collect()
            .Combine(overrides)
            .Combine(emitOptions)
            .Select(static (input, _) => new CorpusIndex(input.Right.Namespace, ReportIds.Assign(input.Left.Left, input.Left.Right, input.Right.ProjectDirectory)))
            .WithTrackingName(TrackingNames.CorpusIndex);

        context.RegisterSourceOutput(index, static (spc, idx) => spc.AddSource("Reports.g.cs", ReportEmitter.EmitIndex(idx)));

        // What every report achieved, by jurisdiction, for judging the targets of the report before it.
        IncrementalValueProvider<ActualsByZone> actuals = reports
            .Select(static (r, _) => ReportActuals.Of(r))
            .Collect()
            .Select(static (items, _) => ActualsByZone.Of(items))
            .WithTrackingName(TrackingNames.CorpusActuals);

        // Each report with its next report's actuals: a cheap lookup per report, whose result changes only when the
        // report or its next report does, so an edit re-judges the report before it and no other.
        IncrementalValuesProvider<ReportWithNext> withNext = reports
            .Combine(actuals)
            .Select(static (input, _) => new ReportWithNext(input.Left, input.Right.NextOf(input.Left)))
            .WithTrackingName(TrackingNames.NextReports);

        // How data are written: UTF-8 literals from C# 11 (with ReadOnlySpan<T>), else strings within the heap's budget.
        // Only the bool and the mode enter the pipeline, never the compilation.
        IncrementalValueProvider<DataMode> dataMode = context.CompilationProvider
            .Select(static (compilation, _) => DataModes.HasReadOnlySpan(compilation))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => ((CSharpParseOptions)options).LanguageVersion))
            .Select(static (input, _) => DataModes.Of(input.Right, input.Left))
            .WithTrackingName(TrackingNames.DataMode);

        IncrementalValuesProvider<ReportToEmit> judged = withNext
            .Combine(index)
            .Combine(dataMode)
            .Select(static (input, _) => Prepare(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.JudgedReports)
            .Where(static r => r is not null)
            .Select(static (r, _) => r!);

        // The reports whose data would pass the user-string heap, in the index's order (EmissionBudget; RC0108).
        IncrementalValueProvider<EquatableArray<string>> overBudget = judged
            .Select(static (r, _) => EmissionBudget.Cost(r))
            .WithTrackingName(TrackingNames.ReportCosts)
            .Collect()
            .Combine(index)
            .Select(static (input, _) => EmissionBudget.OverBudget(InIndexOrder(input.Left, input.Right)))
            .WithTrackingName(TrackingNames.OverBudget);

        IncrementalValuesProvider<ReportToEmit> toEmit = judged
            .Combine(overBudget)
            .Select(static (input, _) => EmissionBudget.IsOver(input.Right, input.Left.Entry.Path) ? input.Left with { WithoutData = true } : input.Left)
            .WithTrackingName(TrackingNames.ReportsToEmit);

        context.RegisterSourceOutput(toEmit, static (spc, r) => spc.AddSource(ReportEmitter.HintName(r.Entry), ReportEmitter.EmitReport(r)));
    }

    private static System.Collections.Generic.IEnumerable<ReportCost> InIndexOrder(ImmutableArray<ReportCost> costs, CorpusIndex index)
    {
        var byPath = new System.Collections.Generic.Dictionary<string, ReportCost>(StringComparer.Ordinal);
        foreach (ReportCost cost in costs)
        {
            byPath[cost.Path] = cost;
        }

        foreach (ReportEntry entry in index.Reports)
        {
            if (byPath.TryGetValue(entry.Path, out ReportCost? cost))
            {
                yield return cost;
            }
        }
    }

    private static ReportToEmit? Prepare(ReportWithNext input, CorpusIndex index, DataMode mode)
    {
        if (index.Find(input.Report.Path) is not { } entry)
        {
            return null;
        }

        Judgement judgement = CrossYear.Judge(input.Report, input.Next, index);
        return new ReportToEmit(index.Namespace, entry, input.Report, judgement.Checks, judgement.NextId, mode);
    }
}
