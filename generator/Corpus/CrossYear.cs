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
    public static Judgement Judge(ParsedReport report, CorpusIndex index, IEnumerable<ReportActuals> actuals)
    {
        ReportActuals? next = Verifier.FindNext(report.Identity.Zone, report.Identity.PlanYear, actuals);
        return new Judgement(Verifier.Check(report.Targets, next), next, next is null ? null : index.Find(next.Path)?.Id);
    }
}
