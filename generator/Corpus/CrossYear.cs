using System.Collections.Generic;
using ReportCorpus.Model;
using ReportCorpus.Verification;

namespace ReportCorpus.Corpus;

/// <summary>A report's targets judged against its next report, and that report's id.</summary>
internal sealed record Judgement(EquatableArray<CheckSpec> Checks, ReportActuals? Next, string? NextId);

/// <summary>
/// Corpus → cross-year check: finds a report's next report among the corpus's actuals and judges every target.
/// The generator (typed outcomes) and the analyzer (RC0001–RC0004) both come through here.
/// </summary>
internal static class CrossYear
{
    /// <summary>
    /// The report of the same jurisdiction that reviews the year this report plans; the first by path if several. The same
    /// name under two parents is two jurisdictions (two 朝阳区: 北京市's and 长春市's); a report whose parent was not found
    /// still chains with its name's reports.
    /// </summary>
    public static ReportActuals? FindNext(string zone, int? planYear, IEnumerable<ReportActuals> corpus, string? parent = null)
    {
        if (planYear is null || zone.Length == 0)
        {
            return null;
        }

        ReportActuals? best = null;
        foreach (ReportActuals candidate in corpus)
        {
            if (candidate.ReviewYear == planYear && candidate.Zone == zone && (parent is null || candidate.Parent is null || candidate.Parent == parent)
                && (best is null || string.CompareOrdinal(candidate.Path, best.Path) < 0))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>The report's targets judged against <paramref name="next"/>, named by its id among <paramref name="entries"/>.</summary>
    /// <summary>The report's targets judged against <paramref name="next"/>, named by its id in <paramref name="index"/> (one dictionary, not a search per report).</summary>
    public static Judgement Judge(ParsedReport report, ReportActuals? next, CorpusIndex index) =>
        new(Verifier.Check(report.Targets, next), next, next is null ? null : index.Find(next.Path)?.Id);
}
