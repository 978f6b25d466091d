using System.Collections.Generic;
using System.Linq;

namespace ReportCorpus.Model;

/// <summary>The verdict on one target: which target (index in its report), the next report and the matched actual.</summary>
internal sealed record CheckSpec(int Target, Verdict Verdict, string? NextPath, int Actual, VerdictBasis Basis);

/// <summary>What the cross-year check needs of a report that may be someone's "next report".</summary>
internal sealed record ReportActuals(string Path, string Zone, int? ReviewYear, EquatableArray<FactSpec> Achievements)
{
    public static ReportActuals Of(ParsedReport report) => new(report.Path, report.Identity.Zone, report.Identity.ReviewYear, report.Achievements);
}
