using System;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>
/// The line under a government work report's title that says where and when it was delivered:
/// ——2020年1月21日在保定市满城区第二届人民代表大会第四次会议上 (corpus/local/mancheng), 二〇一二年一月六日在河北省第十一届
/// 人民代表大会第五次会议上, 在第十三届全国人民代表大会第二次会议上, or the date on its own line after it
/// (（2000年1月20日）). The congress is the jurisdiction's own, so the line names the government that reports.
/// </summary>
/// <param name="Place">What stands between 在 and the congress, session numbers removed (保定市满城区, 河北省, 全国); may be empty.</param>
/// <param name="Date">The delivery date as yyyy-MM-dd, or null.</param>
internal sealed record SessionLine(string Place, string? Date)
{
    // The session line stands in the opening: further on, 人民代表大会 is a mention (加强人民代表大会制度建设).
    private const int Window = 2500;
    private const int PlaceBefore = 28;
    private const int DateBefore = 18;
    private const int DateAfter = 40;

    public bool IsNational => Place.IndexOf(TitleWords.Nationwide, StringComparison.Ordinal) >= 0;

    /// <summary>The first session line in text[from..from+2500), or null.</summary>
    public static SessionLine? Find(string text, int from)
    {
        int limit = Math.Min(text.Length, from + Window);
        for (int at = text.IndexOf(TitleWords.Congress, from, limit - from, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(TitleWords.Congress, at + 1, limit - at - 1, StringComparison.Ordinal))
        {
            // The congress's session follows: …人民代表大会第四次会议上, …人民代表大会常务委员会.
            int after = at + TitleWords.Congress.Length;
            int zai = text.LastIndexOf('在', at - 1, Math.Min(PlaceBefore, at - from));
            if (zai < 0 || HasBreak(text, zai, at) || !(TextAt.StartsWith(text, after, limit, "第") || TextAt.StartsWith(text, after, limit, "常务委员会")))
            {
                continue;
            }

            string place = WithoutSessionNumbers(text.Substring(zai + 1, at - zai - 1));
            string? date = DateEndingAt(text, zai) ?? DateAfterLine(text, at, limit);
            return new SessionLine(place, date);
        }

        return null;
    }

    // 保定市满城区第二届 → 保定市满城区; 第十届全国 → 全国.
    private static string WithoutSessionNumbers(string phrase)
    {
        int di = phrase.IndexOf('第');
        int jie = di < 0 ? -1 : phrase.IndexOf('届', di);
        return jie < 0 ? phrase : phrase.Substring(0, di) + phrase.Substring(jie + 1);
    }

    // 2020年1月21日在…, 二〇一二年一月六日在…
    private static string? DateEndingAt(string text, int zai)
    {
        int from = Math.Max(0, zai - DateBefore);
        for (int i = from; i < zai; i++)
        {
            if (Dates.TryReadAt(text, i, zai, out string date, out int end) && end == zai)
            {
                return date;
            }
        }

        return null;
    }

    // （2000年1月20日） on the lines after the session line.
    private static string? DateAfterLine(string text, int at, int limit)
    {
        int from = at + TitleWords.Congress.Length;
        int to = Math.Min(limit, from + DateAfter);
        int open = -1;
        for (int i = from; i < to; i++)
        {
            if (CharClass.IsOpenParen(text[i]))
            {
                open = i;
                break;
            }
        }

        // （ 2017年2月26日） (corpus/local/fuping): blanks may stand inside the parenthesis.
        int first = open + 1;
        while (first < to && CharClass.IsBlank(text[first]))
        {
            first++;
        }

        return open < 0 ? null : Dates.First(text, first, Math.Min(to, first + 16), out int start, out _) is string date && start == first ? date : null;
    }

    private static bool HasBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (CharClass.IsLineBreak(text[i]) || CharClass.IsSentenceEnd(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
