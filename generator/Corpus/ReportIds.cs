using System;
using System.Collections.Generic;
using System.Linq;
using ReportCorpus.Model;

namespace ReportCorpus.Corpus;

/// <summary>
/// Gives every report a unique id: the parser's candidate (Ningbo2008), or the file's ReportId metadata;
/// when two reports would share one, both are kept and the later one (by path) gets _2, _3 ….
/// </summary>
internal static class ReportIds
{
    // Members of the generated Reports class that an id must not take.
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal) { "All", "ById", "ByZone", "Find", "Reports", "BuildAll", "s_all", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString" };

    /// <summary>ById0, ById1 …: the methods of ById's buckets past 64 reports (ReportEmitter.IdsPerBucket), reserved whatever the corpus's size.</summary>
    private static bool IsByIdBucket(string name)
    {
        if (name.Length <= 4 || !name.StartsWith("ById", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = 4; i < name.Length; i++)
        {
            if (name[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The names the emitter declares for a report: its property and its three classes (in the types namespace).</summary>
    private static string[] GeneratedNames(string id) => new[] { id, id + "Report", id + "Targets", id + "Achievements" };

    /// <summary>The entries of every report, ordered by jurisdiction then year; paths shown relative to <paramref name="projectDirectory"/>.</summary>
    public static EquatableArray<ReportEntry> Assign(IEnumerable<ReportKey> keys, IEnumerable<IdOverride> overrides, string projectDirectory = "")
    {
        var overrideByPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IdOverride o in overrides)
        {
            overrideByPath[o.Path] = o.Id;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var firstHolder = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<ReportEntry>();
        foreach (ReportKey key in keys.OrderBy(k => k.Path, StringComparer.Ordinal))
        {
            string wanted = overrideByPath.TryGetValue(key.Path, out string? given) && given.Trim().Length > 0 ? given.Trim() : key.IdCandidate;
            // An id is a member name in plain sight (Reports.Ningbo2008) and the stem of class names: a C# keyword
            // (ReportId="class") or a name the Reports class already uses gets a suffix rather than an @.
            string identifier = CSharpNames.Identifier(wanted);
            string baseId = identifier.TrimStart('@');
            if (identifier[0] == '@' || s_reserved.Contains(baseId) || IsByIdBucket(baseId))
            {
                baseId += "Report";
            }

            string id = baseId;
            for (int n = 2; GeneratedNames(id).Any(used.Contains); n++)
            {
                id = baseId + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            used.UnionWith(GeneratedNames(id));
            firstHolder.TryGetValue(baseId, out string? sharedWith);
            if (sharedWith is null)
            {
                firstHolder[baseId] = key.Path;
            }

            entries.Add(new ReportEntry(key.Path, ReportPaths.Display(key.Path, projectDirectory), id, id + "Report", key.Zone, key.ReviewYear, key.PlanYear, key.Title, sharedWith));
        }

        // The first holder of a contested id learns of its twin too (the first, by path), so both files get a
        // diagnostic. One pass to find each holder's first twin: a search per entry was quadratic in the corpus.
        var firstTwin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ReportEntry e in entries)
        {
            if (e.SharesIdWith is { } holder && !firstTwin.ContainsKey(holder))
            {
                firstTwin[holder] = e.Path;
            }
        }

        for (int i = 0; i < entries.Count; i++)
        {
            ReportEntry e = entries[i];
            if (e.SharesIdWith is null && firstTwin.TryGetValue(e.Path, out string? twin))
            {
                entries[i] = e with { SharesIdWith = twin };
            }
        }

        entries.Sort(static (a, b) =>
        {
            int byZone = string.CompareOrdinal(a.Zone, b.Zone);
            if (byZone != 0)
            {
                return byZone;
            }

            int byYear = (a.ReviewYear ?? int.MaxValue).CompareTo(b.ReviewYear ?? int.MaxValue);
            return byYear != 0 ? byYear : string.CompareOrdinal(a.Id, b.Id);
        });

        return entries.ToEquatableArray();
    }
}
