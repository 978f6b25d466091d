using System;
using System.Collections.Generic;
using System.Linq;
using ReportCorpus.Model;

namespace ReportCorpus.Corpus;

/// <summary>
/// Every report's actuals, grouped by jurisdiction, so that a report finds its next report among its own
/// jurisdiction's reports only. In the pipeline this is what keeps an edit local: editing 宁波's 2008 report changes
/// the next report of 宁波's 2007 report and of no other, so only that report is judged again.
/// Equality is over the groups; the lookup is built on first use and is not part of it.
/// </summary>
internal sealed class ActualsByZone : IEquatable<ActualsByZone>
{
    private readonly EquatableArray<EquatableArray<ReportActuals>> _groups;
    private Dictionary<string, EquatableArray<ReportActuals>>? _byZone;

    private ActualsByZone(EquatableArray<EquatableArray<ReportActuals>> groups) => _groups = groups;

    public static ActualsByZone Of(IEnumerable<ReportActuals> actuals) => new(actuals
        .GroupBy(static a => a.Zone, StringComparer.Ordinal)
        .OrderBy(static g => g.Key, StringComparer.Ordinal)
        .Select(static g => g.OrderBy(static a => a.Path, StringComparer.Ordinal).ToEquatableArray())
        .ToEquatableArray());

    /// <summary>The next report of <paramref name="report"/>: same jurisdiction, reviewing the year it plans.</summary>
    public ReportActuals? NextOf(ParsedReport report)
    {
        Dictionary<string, EquatableArray<ReportActuals>> byZone = _byZone ??= _groups.ToDictionary(static g => g[0].Zone, StringComparer.Ordinal);
        return byZone.TryGetValue(report.Identity.Zone, out EquatableArray<ReportActuals> zone)
            ? CrossYear.FindNext(report.Identity.Zone, report.Identity.PlanYear, zone, report.Identity.Parent)
            : null;
    }

    public bool Equals(ActualsByZone? other) => other is not null && _groups.Equals(other._groups);

    public override bool Equals(object? obj) => Equals(obj as ActualsByZone);

    public override int GetHashCode() => _groups.GetHashCode();
}
