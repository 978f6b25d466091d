using ReportCorpus.Corpus;
using ReportCorpus.Model;
using ReportCorpus.Verification;

namespace ReportCorpus.Tests;

/// <summary>A report's targets judged against its next report found among a list of actuals, as the pipeline does.</summary>
internal static class TargetChecks
{
    public static EquatableArray<CheckSpec> Of(ParsedReport report, IEnumerable<ReportActuals> corpus) =>
        Verifier.Check(report.Targets, CrossYear.FindNext(report.Identity.Zone, report.Identity.PlanYear, corpus, report.Identity.Parent));
}
