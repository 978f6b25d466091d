using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportCorpus.Model;

namespace ReportCorpus.Corpus;

/// <summary>
/// The whole corpus of one compilation, built once per compilation from the same parser, id assignment and
/// verifier the generator uses. Parses come from <see cref="ReportFiles.Parse(AdditionalText, CancellationToken)"/>, cached by
/// path and checksum and shared with the generator, so an unchanged report is never parsed again.
/// </summary>
internal sealed class AnalyzedCorpus
{
    private readonly Dictionary<string, AnalyzedReport> _byPath;
    private readonly EquatableArray<ReportEntry> _entries;

    private AnalyzedCorpus(Dictionary<string, AnalyzedReport> byPath, EquatableArray<ReportEntry> entries)
    {
        _byPath = byPath;
        _entries = entries;
    }

    /// <summary>The reports in the index's order (by jurisdiction, then year), the order the generator emits them in.</summary>
    public IEnumerable<AnalyzedReport> InIndexOrder => _entries.Select(e => Find(e.Path)).Where(r => r is not null).Select(r => r!);

    public AnalyzedReport? Find(string path) => _byPath.TryGetValue(path, out AnalyzedReport? report) ? report : null;

    public static AnalyzedCorpus Build(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var reports = new List<ParsedReport>();
        var overrides = new List<IdOverride>();
        foreach (AdditionalText file in files)
        {
            if (!ReportFiles.IsReport(file.Path))
            {
                continue;
            }

            reports.Add(ReportFiles.Parse(file, cancellationToken));
            if (ReportFiles.IdOverride(file, options) is { } idOverride)
            {
                overrides.Add(idOverride);
            }
        }

        EquatableArray<ReportEntry> entries = ReportIds.Assign(reports.Select(ReportKey.Of), overrides);
        var index = new CorpusIndex("", entries);
        ActualsByZone actuals = ActualsByZone.Of(reports.Select(ReportActuals.Of));

        var byPath = new Dictionary<string, AnalyzedReport>(StringComparer.Ordinal);
        foreach (ParsedReport report in reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (index.Find(report.Path) is not { } entry || byPath.ContainsKey(report.Path))
            {
                continue;
            }

            byPath[report.Path] = new AnalyzedReport(report, entry, CrossYear.Judge(report, actuals.NextOf(report), index));
        }

        return new AnalyzedCorpus(byPath, entries);
    }
}
