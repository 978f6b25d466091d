using System;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>
/// A government as a report names it, read against the gazetteer: 保定市满城区 is the district 满城区 of 保定市; 河北省 a
/// province; 安国市 a county-level city; 宁波国家高新区 a zone of 宁波; 全国 the State Council.
/// </summary>
/// <param name="Name">The government's own name (满城区, 河北省, 宁波国家高新区, 国务院).</param>
/// <param name="Parent">The prefecture or province above it when known (保定市), else null.</param>
/// <param name="Stem">The place the report's id is named after (满城, 河北, 宁波, 中国; 易县 keeps its 县).</param>
internal sealed record Jurisdiction(string Name, GovernmentLevel Level, string? Parent, string Stem)
{
    public static readonly Jurisdiction StateCouncil = new("国务院", GovernmentLevel.National, null, "中国");

    private const int LongestName = 16;

    /// <summary>The government a phrase names, or null when it names none (a label, a sentence, a bare 省).</summary>
    public static Jurisdiction? Read(string phrase)
    {
        string name = phrase.Trim();
        int country = TitleWords.CountryNames.MatchAt(name, 0, name.Length);
        if (country >= 0 && TitleWords.CountryNames[country].Length < name.Length)
        {
            name = name.Substring(TitleWords.CountryNames[country].Length);
        }

        if (name.Length == 0 || name.Length > LongestName)
        {
            return null;
        }

        if (name == TitleWords.Nationwide || name == "国务院" || name == "中华人民共和国")
        {
            return StateCouncil;
        }

        foreach (char c in name)
        {
            if (!CharClass.IsCjk(c) && c != '(' && c != ')' && c != '（' && c != '）')
            {
                return null;
            }
        }

        if (TitleWords.ZoneWords.OccursIn(name, 0, name.Length))
        {
            // A zone belongs to its city: 宁波国家高新区 → 宁波市, 嵊州经济开发区 → 嵊州市 (a county-level city).
            string city = IdentityParser.CityOf(name);
            string? parent = Gazetteer.Named(city + "市").Length > 0 ? city + "市" : null;
            return new Jurisdiction(name, GovernmentLevel.Zone, parent, city);
        }

        // 保定市满城区: a known division, then another under it; or one known division alone.
        int first = Gazetteer.LongestAt(name, 0, name.Length, out Gazetteer.Division[] outer);
        if (first == name.Length)
        {
            return Of(name, outer, parent: null);
        }

        if (first > 0)
        {
            string rest = name.Substring(first);
            string parent = name.Substring(0, first);
            Gazetteer.Division[] inner = Gazetteer.Named(rest);
            if (inner.Length > 0)
            {
                return Of(rest, inner, parent);
            }

            // 保定市满城县: a known prefecture, then a name the 2023 table no longer has.
            return BySuffix(rest, parent);
        }

        return BySuffix(name, parent: null);
    }

    /// <summary>The level a bare word gives (我代表区人民政府: 区), without a name; Unknown for 市 and anything else.</summary>
    public static GovernmentLevel LevelOfBareSuffix(string word)
    {
        int at = TitleWords.LevelSuffixes.MatchAt(word, 0, word.Length);
        return at >= 0 && TitleWords.LevelSuffixes[at].Length == word.Length ? TitleWords.LevelSuffixes.ValueAt(at) : GovernmentLevel.Unknown;
    }

    private static Jurisdiction Of(string name, Gazetteer.Division[] divisions, string? parent)
    {
        Gazetteer.Division chosen = divisions[0];
        foreach (Gazetteer.Division d in divisions)
        {
            if (parent is not null && d.Parent == parent)
            {
                chosen = d;
                break;
            }
        }

        // 朝阳区 is Beijing's and Changchun's: without a parent in the text, which one is not known.
        string? knownParent = parent ?? (divisions.Length == 1 ? chosen.Parent : null);
        return new Jurisdiction(name, chosen.Level, chosen.Level == GovernmentLevel.Province ? null : knownParent, StemOf(name));
    }

    private static Jurisdiction? BySuffix(string name, string? parent)
    {
        int at = TitleWords.LevelSuffixes.MatchEndingAt(name, name.Length, 0);
        if (at < 0 || name.Length - TitleWords.LevelSuffixes[at].Length < 1)
        {
            return null;
        }

        foreach (char c in name)
        {
            if (TitleWords.NotInPlaceNames.Contains(c))
            {
                return null;
            }
        }

        GovernmentLevel level = TitleWords.LevelSuffixes.ValueAt(at);
        // A 市 under a prefecture is a county-level city (保定市定州市 before it was made a direct city).
        if (level == GovernmentLevel.Unknown && parent is not null)
        {
            level = GovernmentLevel.County;
        }

        return new Jurisdiction(name, level, parent, StemOf(name));
    }

    /// <summary>满城区 → 满城, 河北省 → 河北, 广西壮族自治区 → 广西; a one-character name keeps its suffix (易县, 唐县).</summary>
    private static string StemOf(string name)
    {
        int at = TitleWords.LevelSuffixes.MatchEndingAt(name, name.Length, 0);
        if (at < 0)
        {
            return name;
        }

        string stem = name.Substring(0, name.Length - TitleWords.LevelSuffixes[at].Length);
        if (TitleWords.LevelSuffixes[at].StartsWith("自治", StringComparison.Ordinal) && stem.Length > 2)
        {
            return stem.Substring(0, 2); // 广西壮族 → 广西, 延边朝鲜族 → 延边
        }

        return stem.Length >= 2 ? stem : name;
    }
}
