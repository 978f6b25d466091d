using System;
using System.Collections.Generic;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>
/// China's administrative divisions down to county level (GazetteerTable.g.cs, from 国家统计局's 2023 codes): which
/// names are governments, at which level, under which prefecture. 满城区 is a district of 保定市; 安国市 is a county-level
/// city, so a County, though it ends in 市. Names retired before 2023 (满城县, renamed 满城区 in 2015) are not here;
/// the identity parser falls back on their suffix.
/// </summary>
internal static class Gazetteer
{
    /// <summary>One division: its name, level and the prefecture or province above it (null for a province).</summary>
    internal readonly record struct Division(string Name, GovernmentLevel Level, string? Parent);

    private static readonly Dictionary<string, Division[]> s_byName = Load(out s_longest);
    private static readonly int s_longest;

    /// <summary>The divisions of that exact name (朝阳区: Beijing's and Changchun's …), or an empty array.</summary>
    public static Division[] Named(string name) => s_byName.TryGetValue(name, out Division[]? found) ? found : Array.Empty<Division>();

    /// <summary>The length of the longest division name at s[pos..limit), or 0; <paramref name="found"/> its divisions.</summary>
    public static int LongestAt(string s, int pos, int limit, out Division[] found)
    {
        for (int length = Math.Min(s_longest, limit - pos); length >= 2; length--)
        {
            if (s_byName.TryGetValue(s.Substring(pos, length), out Division[]? divisions))
            {
                found = divisions;
                return length;
            }
        }

        found = Array.Empty<Division>();
        return 0;
    }

    private static Dictionary<string, Division[]> Load(out int longest)
    {
        var lists = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        longest = 0;
        foreach (string line in GazetteerTable.Divisions.Split('\n'))
        {
            string[] fields = line.Split('|');
            var division = new Division(fields[0], LevelOf(fields[1][0]), fields[2].Length == 0 ? null : fields[2]);
            if (!lists.TryGetValue(division.Name, out List<Division>? list))
            {
                lists[division.Name] = list = new List<Division>(1);
            }

            list.Add(division);
            longest = Math.Max(longest, division.Name.Length);
        }

        var result = new Dictionary<string, Division[]>(lists.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<Division>> pair in lists)
        {
            result[pair.Key] = pair.Value.ToArray();
        }

        return result;
    }

    private static GovernmentLevel LevelOf(char code) => code switch
    {
        'P' => GovernmentLevel.Province,
        'R' => GovernmentLevel.Prefecture,
        'C' => GovernmentLevel.County,
        'D' => GovernmentLevel.District,
        _ => GovernmentLevel.Zone,
    };
}
