using System.Collections.Generic;
using System.Linq;

namespace ReportCorpus.Model;

/// <summary>What a verdict compared: a target's amount, its growth, a relative figure, or nothing.</summary>
internal enum CheckBasis
{
    /// <summary>Nothing was compared: no next report, no actual, or an actual that cannot be compared.</summary>
    None,

    /// <summary>Amounts in base units (95亿元 against 91.3亿元).</summary>
    Amount,

    /// <summary>Growth rates in percent (增长40% against 增长33%).</summary>
    Growth,

    /// <summary>A relative figure against the same base (高于全市1个百分点).</summary>
    Relative,

    /// <summary>A multi-year target: the next year's report cannot settle it.</summary>
    MultiYear,
}

/// <summary>The verdict on one target: which target (index in its report), the next report and the matched actual.</summary>
internal sealed record CheckSpec(int Target, Verdict Verdict, string? NextPath, int Actual, CheckBasis Basis);

/// <summary>What the cross-year check needs of a report that may be someone's "next report".</summary>
internal sealed record ReportActuals(string Path, string Zone, int? ReviewYear, EquatableArray<FactSpec> Achievements)
{
    public static ReportActuals Of(ParsedReport report) => new(report.Path, report.Identity.Zone, report.Identity.ReviewYear, report.Achievements);
}
