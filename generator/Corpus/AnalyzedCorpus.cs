using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportCorpus.Model;
using ReportCorpus.Verification;

namespace ReportCorpus.Corpus;

/// <summary>One report as the analyzer sees it: parsed, named and judged.</summary>
internal sealed record AnalyzedReport(ParsedReport Report, ReportEntry Entry, EquatableArray<CheckSpec> Checks, ReportActuals? Next, string? NextId);

/// <summary>
/// The whole corpus of one compilation, built once per compilation from the same parser, id assignment and
/// verifier the generator uses. Parses are cached by file checksum, so an unchanged report is never re-parsed.
/// </summary>
internal sealed class AnalyzedCorpus
{
    private static readonly ConcurrentDictionary<string, (string Checksum, ParsedReport Report)> s_parses = new(StringComparer.Ordinal);

    private readonly Dictionary<string, AnalyzedReport> _byPath;

    private AnalyzedCorpus(Dictionary<string, AnalyzedReport> byPath) => _byPath = byPath;

    /// <summary>Forgets every parse, as a fresh compiler process would; for cold-start benchmarks.</summary>
    internal static void ClearParseCache() => s_parses.Clear();

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

            reports.Add(ParseCached(file, cancellationToken));
            if (ReportFiles.IdOverride(file, options) is { } idOverride)
            {
                overrides.Add(idOverride);
            }
        }

        CorpusIndex index = ReportIds.Assign(
            reports.Select(r => new ReportKey(r.Path, r.Identity.IdCandidate, r.Identity.Zone, r.Identity.ReviewYear, r.Identity.PlanYear, r.Identity.Title)),
            overrides,
            new EmitOptions("", ""));
        var actuals = reports.Select(ReportActuals.Of).ToList();

        var byPath = new Dictionary<string, AnalyzedReport>(StringComparer.Ordinal);
        foreach (ParsedReport report in reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (index.Find(report.Path) is not { } entry || byPath.ContainsKey(report.Path))
            {
                continue;
            }

            ReportActuals? next = Verifier.FindNext(report.Identity.Zone, report.Identity.PlanYear, actuals);
            byPath[report.Path] = new AnalyzedReport(report, entry, Verifier.Check(report.Targets, next), next, next is null ? null : index.Find(next.Path)?.Id);
        }

        return new AnalyzedCorpus(byPath);
    }

    private static ParsedReport ParseCached(AdditionalText file, CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        if (text is null)
        {
            return ReportFiles.Parse(file.Path, null, cancellationToken);
        }

        string checksum = Convert.ToBase64String(text.GetChecksum().ToArray());
        if (s_parses.TryGetValue(file.Path, out var cached) && cached.Checksum == checksum)
        {
            return cached.Report;
        }

        ParsedReport report = ReportFiles.Parse(file.Path, text.ToString(), cancellationToken);
        s_parses[file.Path] = (checksum, report);
        return report;
    }

    /// <summary>How many parses the cache holds; for tests and benchmarks.</summary>
    internal static int CachedParses => s_parses.Count;

    internal static bool IsCached(string path, SourceText text) =>
        s_parses.TryGetValue(path, out var cached) && cached.Checksum == Convert.ToBase64String(text.GetChecksum().ToArray());
}
