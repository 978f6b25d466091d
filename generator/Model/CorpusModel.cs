namespace ReportCorpus.Model;

/// <summary>What the id assignment needs to know of one report; small, so editing a report's body leaves it equal.</summary>
internal sealed record ReportKey(string Path, string IdCandidate, string Zone, int? ReviewYear, int? PlanYear, string Title)
{
    public static ReportKey Of(ParsedReport r) =>
        new(r.Path, r.Identity.IdCandidate, r.Identity.Zone, r.Identity.ReviewYear, r.Identity.PlanYear, r.Identity.Title);
}

/// <summary>A per-file <c>ReportId</c> item metadata value.</summary>
internal sealed record IdOverride(string Path, string Id);

/// <summary>One report's place in the corpus: its final, unique id and the names generated for it.</summary>
internal sealed record ReportEntry(
    string Path,
    string DisplayPath,
    string Id,
    string ClassName,
    string Zone,
    int? ReviewYear,
    int? PlanYear,
    string Title,
    string? SharesIdWith);

/// <summary>The MSBuild settings emission depends on.</summary>
internal sealed record EmitOptions(string Namespace, string ProjectDirectory);

/// <summary>Every report of the compilation, ordered by jurisdiction then year, and the namespace to emit into.</summary>
internal sealed record CorpusIndex(string Namespace, EquatableArray<ReportEntry> Reports)
{
    // Built on first Find, and no part of the index's value: each report looks itself up, and a linear search made
    // that quadratic in the corpus (10,000 reports: 10^8 path comparisons).
    private System.Collections.Generic.Dictionary<string, ReportEntry>? _byPath;

    public ReportEntry? Find(string path)
    {
        System.Collections.Generic.Dictionary<string, ReportEntry>? byPath = _byPath;
        if (byPath is null)
        {
            byPath = new System.Collections.Generic.Dictionary<string, ReportEntry>(System.StringComparer.Ordinal);
            foreach (ReportEntry entry in Reports)
            {
                if (!byPath.ContainsKey(entry.Path))
                {
                    byPath[entry.Path] = entry; // the first, as the linear search found
                }
            }

            _byPath = byPath; // a race builds it twice, alike
        }

        return byPath.TryGetValue(path, out ReportEntry? found) ? found : null;
    }

    public bool Equals(CorpusIndex? other) =>
        other is not null && (ReferenceEquals(this, other) || (Namespace == other.Namespace && Reports.Equals(other.Reports)));

    public override int GetHashCode() => (Namespace.GetHashCode() * 31) + Reports.GetHashCode();
}

internal static class ReportEntries
{
    /// <summary>The entry of the report at <paramref name="path"/>, if the corpus holds it.</summary>
    public static ReportEntry? Find(this EquatableArray<ReportEntry> entries, string path)
    {
        foreach (ReportEntry entry in entries)
        {
            if (entry.Path == path)
            {
                return entry;
            }
        }

        return null;
    }
}

/// <summary>A report and the actuals of its next report (same jurisdiction, reviewing the year it plans), if any.</summary>
internal sealed record ReportWithNext(ParsedReport Report, ReportActuals? Next);

/// <summary>One report ready for emission, with the verdicts on its targets and the id of the report that judged them;
/// <see cref="Mode"/> says how its data are written; <see cref="WithoutData"/>, that they would pass a compiler limit
/// (<c>Emit/EmissionBudget</c>), so the report is emitted with its identity only and its lists empty.</summary>
internal sealed record ReportToEmit(string Namespace, ReportEntry Entry, ParsedReport Report, EquatableArray<CheckSpec> Checks, string? NextId,
    DataMode Mode = DataMode.Strings, bool WithoutData = false);

/// <summary>
/// How a report's data constants are written: as string literals, which all share the assembly's 16 MB user-string
/// heap, or (C# 11 and later, with <c>System.ReadOnlySpan&lt;T&gt;</c>) as UTF-8 literals in the assembly's data section.
/// </summary>
internal enum DataMode
{
    Strings,
    Utf8,
}

/// <summary>
/// How many bytes of the user-string heap a report's literals take: its identity always, its data unless dropped, which
/// take <see cref="Strings"/> bytes as strings and <see cref="Utf8"/> as UTF-8 literals (nothing, but for a constant with
/// a lone surrogate, which stays a string).
/// </summary>
internal sealed record ReportCost(string Path, long Identity, long Strings, long Utf8);

/// <summary>
/// What decides a compilation's <see cref="DataMode"/>: whether it can hold UTF-8 literals (C# 11 and later, with
/// <c>System.ReadOnlySpan&lt;T&gt;</c>), and whether the project asks for them whatever the corpus's size
/// (<c>&lt;ReportCorpusData&gt;utf8&lt;/ReportCorpusData&gt;</c>).
/// </summary>
internal sealed record DataSettings(bool Utf8Allowed, bool ForceUtf8);

/// <summary>How the corpus's data are written, and the reports emitted without them (sorted, ordinal; RC0108).</summary>
internal sealed record EmissionPlan(DataMode Mode, EquatableArray<string> OverBudget);
