using System.Collections.Generic;
using System.Linq;

namespace ReportCorpus.Model;

/// <summary>
/// The verdict on one target: which target (index in its report), the next report, the matched actual and the next
/// report's statement on it, if any, which may disagree with the figures.
/// </summary>
internal sealed record CheckSpec(int Target, Verdict Verdict, string? NextPath, int Actual, VerdictBasis Basis, StatedOutcomeSpec? Statement = null);

/// <summary>What the cross-year check needs of a report that may be someone's "next report".</summary>
internal sealed record ReportActuals(string Path, string Zone, int? ReviewYear, EquatableArray<FactSpec> Achievements, EquatableArray<StatedOutcomeSpec> Stated = default)
{
    public static ReportActuals Of(ParsedReport report) =>
        new(report.Path, report.Identity.Zone, report.Identity.ReviewYear, report.Achievements, report.Stated);
}
