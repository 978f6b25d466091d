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

        // What decides how data are written: whether the language allows UTF-8 literals (C# 11 with ReadOnlySpan<T>) and
        // whether the project asks for them (<ReportCorpusData>utf8</ReportCorpusData>). Only bools enter the pipeline,
        // never the compilation.
        IncrementalValueProvider<DataSettings> dataSettings = context.CompilationProvider
            .Select(static (compilation, _) => DataModes.HasReadOnlySpan(compilation))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => ((CSharpParseOptions)options).LanguageVersion))
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => ReportFiles.ForceUtf8(options.GlobalOptions)))
            .Select(static (input, _) => new DataSettings(DataModes.Utf8Allowed(input.Left.Right, input.Left.Left), input.Right))
            .WithTrackingName(TrackingNames.DataSettings);

        IncrementalValuesProvider<ReportToEmit> judged = withNext
            .Combine(index)
            .Select(static (input, _) => Prepare(input.Left, input.Right))
            .WithTrackingName(TrackingNames.JudgedReports)
            .Where(static r => r is not null)
            .Select(static (r, _) => r!);

        // The corpus's mode and the reports whose data would pass the user-string heap, from every report's cost in the
        // index's order (EmissionBudget; RC0108): strings while the whole corpus fits, UTF-8 beyond where allowed.
        IncrementalValueProvider<EmissionPlan> plan = judged
            .Select(static (r, _) => EmissionBudget.Cost(r))
            .WithTrackingName(TrackingNames.ReportCosts)
            .Collect()
            .Combine(index)
            .Combine(dataSettings)
            .Select(static (input, _) => EmissionBudget.Plan(InIndexOrder(input.Left.Left, input.Left.Right), input.Right))
            .WithTrackingName(TrackingNames.EmissionPlan);

        IncrementalValuesProvider<ReportToEmit> toEmit = judged
            .Combine(plan)
            .Select(static (input, _) => input.Left with
            {
                Mode = input.Right.Mode,
                WithoutData = EmissionBudget.IsOver(input.Right.OverBudget, input.Left.Entry.Path),
            })
            .WithTrackingName(TrackingNames.ReportsToEmit);

        context.RegisterSourceOutput(toEmit, static (spc, r) => spc.AddSource(ReportEmitter.HintName(r.Entry), ReportEmitter.EmitReport(r)));
    }

    private static System.Collections.Generic.List<ReportCost> InIndexOrder(ImmutableArray<ReportCost> costs, CorpusIndex index)
    {
        var ordered = new System.Collections.Generic.List<ReportCost>(costs.Length);
        var byPath = new System.Collections.Generic.Dictionary<string, ReportCost>(StringComparer.Ordinal);
        foreach (ReportCost cost in costs)
        {
            byPath[cost.Path] = cost;
        }

        foreach (ReportEntry entry in index.Reports)
        {
            if (byPath.TryGetValue(entry.Path, out ReportCost? cost))
            {
                ordered.Add(cost);
            }
        }

        return ordered;
    }

    private static ReportToEmit? Prepare(ReportWithNext input, CorpusIndex index)
    {
        if (index.Find(input.Report.Path) is not { } entry)
        {
            return null;
        }

        Judgement judgement = CrossYear.Judge(input.Report, input.Next, index);
        return new ReportToEmit(index.Namespace, entry, input.Report, judgement.Checks, judgement.NextId);
    }
}
