using System.Collections.Generic;
using System.Linq;

namespace ReportCorpus.Model;

/// <summary>
/// The verdict on one target: which target (index in its report), the next report, the matched actual and the next
/// report's statement on it, if any, which may disagree with the figures.
/// </summary>
internal sealed record CheckSpec(int Target, Verdict Verdict, string? NextPath, int Actual, VerdictBasis Basis, StatedOutcomeSpec? Statement = null);

/// <summary>
/// What the cross-year check needs of a report that may be someone's "next report": the jurisdiction with its parent
/// (朝阳区 of 北京市 is not 朝阳区 of 长春市), the year it reviews, its figures and statements.
/// </summary>
internal sealed record ReportActuals(string Path, string Zone, int? ReviewYear, EquatableArray<FactSpec> Achievements, EquatableArray<StatedOutcomeSpec> Stated = default, string? Parent = null)
{
    public static ReportActuals Of(ParsedReport report) =>
        new(report.Path, report.Identity.Zone, report.Identity.ReviewYear, report.Achievements, report.Stated, report.Identity.Parent);
}
