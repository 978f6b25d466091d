using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportCorpus.Testing;

/// <summary>
/// Corpora of any size made from the 57 seed reports (<c>corpus/national</c> and <c>corpus/zones</c>), for the
/// benchmarks and <c>build-scale.sh</c>. Copy 0 is the seeds themselves. Copy k ≥ 1 gives each of the seeds'
/// four jurisdictions a place of its own, a generated name that no other copy uses (阳山田, 阳山泉, …: pinyin of
/// three four-letter syllables, so ids never collide), and shifts every year of its texts by the same few years:
/// <list type="bullet">
/// <item>the national reports become that place's: 国务院 (國務院, 中央人民政府) in the text becomes 〈place〉市人民政府, 全国人民代表大会
/// 〈place〉市人民代表大会, and the file name, from
/// which the parser takes the title, starts with 〈place〉市 (2019年政府工作报告 → 阳山田市2023年政府工作报告);</item>
/// <item>the zones' cities (宁波, 大连, 嵊州) become their places in the text and the file name.</item>
/// </list>
/// The shift is k mod 65, so every year the seeds name (1900 to 2035) stays within 1900–2099 and each
/// jurisdiction's chain of years keeps its length and links. Only the seeds are drawn on, whatever else corpus/ holds,
/// so figures taken at N reports stay comparable as the bundled corpus grows. Deterministic.
/// </summary>
internal static class SynthesisedCorpus
{
    /// <summary>Four-letter syllables, so a name's pinyin has a fixed length and two names never read alike.</summary>
    private const string NameCharacters = "阳山田泉丰陵洪龙松源桐塘康宁春望岗营庆坪";

    /// <summary>The years the seeds name run from 1900 to 2035: a shift of 0 to 64 keeps them all within 1900–2099.</summary>
    public const int Shifts = 65;

    private static readonly string[] s_zoneCities = { "宁波", "大连", "嵊州" };

    /// <summary>(path, text) of the 57 seed reports, in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Seeds { get; } = new[] { "national", "zones" }
        .SelectMany(d => Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot.Path, "corpus", d), "*.txt"))
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => (p, File.ReadAllText(p)))
        .ToList();

    /// <summary><paramref name="count"/> distinct reports, built one at a time (20,000 reports are about 1 GB of text).</summary>
    public static IEnumerable<(string Path, string Text)> Enumerate(int count) => Copies(count).Select(c => (c.Path, c.Text));

    /// <summary>The reports of <see cref="Enumerate"/>, each with its copy number and the path of its seed.</summary>
    public static IEnumerable<Synthesised> Copies(int count)
    {
        int made = 0;
        for (int k = 0; made < count; k++)
        {
            foreach ((string path, string text) in Seeds)
            {
                if (made == count)
                {
                    yield break;
                }

                made++;
                (string copyPath, string copyText) = k == 0 ? (path, text) : Copy(k, path, text);
                yield return new Synthesised(copyPath, copyText, k, path);
            }
        }
    }

    /// <summary>The name of place <paramref name="i"/>: three characters, more from 8,000 on; distinct for every i.</summary>
    public static string PlaceName(int i)
    {
        var sb = new StringBuilder();
        int n = NameCharacters.Length;
        for (int rest = i; sb.Length < 3 || rest > 0; rest /= n)
        {
            sb.Insert(0, NameCharacters[rest % n]);
        }

        return sb.ToString();
    }

    /// <summary>The years copy k is shifted by.</summary>
    public static int ShiftOf(int k) => k % Shifts;

    private static (string Path, string Text) Copy(int k, string path, string text)
    {
        string renamed = ShiftYears(text, ShiftOf(k));
        if (IsNational(path))
        {
            string government = PlaceName(4 * k) + "市人民政府";
            // The session line names the congress too (在第十三届全国人民代表大会第二次会议上), and the parser reads it first.
            renamed = renamed.Replace("国务院", government).Replace("國務院", government).Replace("中央人民政府", government)
                .Replace("全国人民代表大会", PlaceName(4 * k) + "市人民代表大会");
        }
        else
        {
            for (int c = 0; c < s_zoneCities.Length; c++)
            {
                renamed = renamed.Replace(s_zoneCities[c], PlaceName((4 * k) + 1 + c));
            }
        }

        string folder = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "copy" + k.ToString(CultureInfo.InvariantCulture));
        return (System.IO.Path.Combine(folder, Rename(k, path)), renamed);
    }

    private static string Rename(int k, string path)
    {
        string name = ShiftYears(System.IO.Path.GetFileName(path), ShiftOf(k));
        if (IsNational(path))
        {
            return PlaceName(4 * k) + "市" + name;
        }

        for (int c = 0; c < s_zoneCities.Length; c++)
        {
            name = name.Replace(s_zoneCities[c], PlaceName((4 * k) + 1 + c));
        }

        return name;
    }

    private static bool IsNational(string path) =>
        System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path)) == "national";

    /// <summary>1990年 → 2000年 for a shift of 10: four ASCII digits from 1900 to 2099 followed by 年.</summary>
    public static string ShiftYears(string text, int shift)
    {
        if (shift == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (i + 4 < text.Length && text[i + 4] == '年' && (text[i] == '1' || text[i] == '2') && IsAsciiDigit(text[i + 1])
                && IsAsciiDigit(text[i + 2]) && IsAsciiDigit(text[i + 3]) && (i == 0 || !IsAsciiDigit(text[i - 1])))
            {
                int year = int.Parse(text.Substring(i, 4), NumberStyles.None, CultureInfo.InvariantCulture);
                if (year is >= 1900 and <= 2099)
                {
                    sb.Append((year + shift).ToString(CultureInfo.InvariantCulture));
                    i += 4;
                    continue;
                }
            }

            sb.Append(text[i]);
            i++;
        }

        return sb.ToString();
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    internal readonly record struct Synthesised(string Path, string Text, int Copy, string Seed);
}
