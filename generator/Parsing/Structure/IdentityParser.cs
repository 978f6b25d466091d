using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>Finds who wrote a report and for which years: title, jurisdiction, city, years, publication date.</summary>
internal static class IdentityParser
{
    /// <summary>Where the report's body starts: after its title line when the text has one.</summary>
    public static ReportIdentity Parse(string path, string text, LineMap lines, out int bodyStart)
    {
        bodyStart = 0;
        string? title = FindTitle(text, lines, ref bodyStart);
        bool fromFileName = title is null;
        title ??= Path.GetFileNameWithoutExtension(path) ?? "";

        var years = Years.All(title);
        int? cited = years.Count > 0 ? years[0].Year : null;
        int? review = null, plan = null;
        foreach ((int year, int end) in years)
        {
            if (review is null && FollowedBy(title, end, TitleWords.Review))
            {
                review = year;
            }
            else if (plan is null && FollowedBy(title, end, TitleWords.Plan))
            {
                plan = year;
            }
        }

        if (title.Contains("政府工作报告") && cited is int delivered && review is null)
        {
            // A government work report delivered in year Y reviews Y-1 and plans Y.
            review = delivered - 1;
            plan = delivered;
        }

        if (review is null || plan is null)
        {
            YearsFromHeadings(text, ref review, ref plan);
        }

        review ??= plan - 1;
        plan ??= review + 1;
        cited ??= review;

        string zone = ZoneFromTitle(title);
        if (zone.Length == 0 && title.IndexOf("政府工作报告", StringComparison.Ordinal) >= 0)
        {
            // 2019年政府工作报告 with no jurisdiction before it: the State Council's report to the NPC.
            zone = "国务院";
        }

        if (zone.Length == 0)
        {
            zone = ZoneFromBody(text);
        }

        string city = zone == "国务院" ? "中国" : CityOf(zone);
        string pinyin = Pinyin.OfPlace(city);
        string id = pinyin + (cited?.ToString(CultureInfo.InvariantCulture) ?? "");
        return new ReportIdentity(id, zone, city, pinyin, cited, review, plan, FindPublished(text), title, fromFileName);
    }

    private static string? FindTitle(string text, LineMap lines, ref int bodyStart)
    {
        int scanned = Math.Min(lines.LineCount, 60);
        for (int line = 0; line < scanned; line++)
        {
            int start = lines.LineStart(line);
            int end = line + 1 < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
            // A report on one line is a line of 100,000 characters: measure before building the cleaned copy.
            if (CleanLength(text, start, end, 60) > 60)
            {
                continue;
            }

            string candidate = CleanTitle(text.Substring(start, end - start));
            if (candidate.Length == 0 || !LooksLikeTitle(candidate))
            {
                continue;
            }

            // A title broken over two lines: 大连高新区2019年度工作情况及2020年 / 重点工作安排
            if (line + 1 < lines.LineCount && (candidate.EndsWith("年", StringComparison.Ordinal) || candidate.EndsWith("及", StringComparison.Ordinal) || candidate.EndsWith("和", StringComparison.Ordinal)))
            {
                int nextEnd = line + 2 < lines.LineCount ? lines.LineStart(line + 2) : text.Length;
                string next = CleanLength(text, end, nextEnd, 20) <= 20 ? CleanTitle(text.Substring(end, nextEnd - end)) : "";
                if (next.Length > 0)
                {
                    candidate += next;
                    end = nextEnd;
                }
            }

            bodyStart = end;
            return candidate;
        }

        return null;
    }

    private static bool LooksLikeTitle(string line)
    {
        if (line.Length > 1 && CharClass.IsChineseOrdinal(line[0]) && line[1] == '、')
        {
            return false; // a section heading such as 一、2018年工作总结
        }

        if (Years.All(line).Count == 0 || line.IndexOf('。') >= 0 || line.IndexOf('，') >= 0)
        {
            return false;
        }

        // A line that starts with its year is a section heading (2019年工作思路), unless it names the report itself.
        if (CharClass.IsDigit(line[0]) && line.IndexOf("政府工作报告", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        return TitleWords.Title.OccursIn(line, 0, line.Length);
    }

    private static bool IsTitleDebris(char c) => CharClass.IsBlank(c) || CharClass.IsLineBreak(c) || c == '|' || c == '•';

    private static bool IsTitleDash(char c) => c == '—' || c == '-';

    /// <summary>A line without blanks, breaks, table bars, bullets and leading dashes.</summary>
    private static string CleanTitle(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (char c in raw)
        {
            if (!IsTitleDebris(c) && (sb.Length > 0 || !IsTitleDash(c)))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The length <see cref="CleanTitle"/> gives text[start..end), counted up to <paramref name="cap"/> + 1.</summary>
    private static int CleanLength(string text, int start, int end, int cap)
    {
        int length = 0;
        for (int i = start; i < end && length <= cap; i++)
        {
            char c = text[i];
            if (!IsTitleDebris(c) && (length > 0 || !IsTitleDash(c)))
            {
                length++;
            }
        }

        return length;
    }

    private static bool FollowedBy(string s, int pos, WordTable words)
    {
        // Allow a few characters between the year and the word: 2019年度工作情况, 2009年的工作任务, 2020年重点工作安排.
        int limit = Math.Min(s.Length, pos + 8);
        for (int i = pos; i < limit; i++)
        {
            if (CharClass.IsDigit(s[i]))
            {
                return false;
            }

            if (words.MatchAt(s, i, s.Length) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A report without a title: its headings say the years (一、2018年工作总结 … 2019年工作思路).</summary>
    private static void YearsFromHeadings(string text, ref int? review, ref int? plan)
    {
        for (int at = Years.Next(text, 0, text.Length, out int year, out int end); at >= 0; at = Years.Next(text, end, text.Length, out year, out end))
        {
            if (review is null && FollowedBy(text, end, TitleWords.Review))
            {
                review = year;
            }
            else if (plan is null && review is not null && year > review && FollowedBy(text, end, TitleWords.Plan))
            {
                plan = year;
            }

            if (review is not null && plan is not null)
            {
                return;
            }
        }
    }

    private static string ZoneFromTitle(string title)
    {
        int firstDigit = 0;
        while (firstDigit < title.Length && !CharClass.IsDigit(title[firstDigit]))
        {
            firstDigit++;
        }

        string prefix = PhraseText.RemoveParenthesised(title.Substring(0, firstDigit)).Trim();
        return prefix.Length >= 2 && CharClass.IsCjk(prefix[0]) ? prefix : "";
    }

    private static string ZoneFromBody(string text)
    {
        if (text.IndexOf("代表国务院", StringComparison.Ordinal) >= 0 || text.IndexOf("代表中央人民政府", StringComparison.Ordinal) >= 0
            || text.IndexOf("代表國務院", StringComparison.Ordinal) >= 0)
        {
            return "国务院";
        }

        // The city the text names as the seat of its government (嵊州市委市政府, 嵊州市人民政府), most often first;
        // any other XX市 counts only a little, so 延伸段市政道路 does not outvote it.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        for (int i = 2; i < text.Length; i++)
        {
            if (text[i] != '市' || !CharClass.IsCjk(text[i - 1]) || !CharClass.IsCjk(text[i - 2]))
            {
                continue;
            }

            string name = text.Substring(i - 2, 2);
            if ("全我本城该各省市上下一两县区镇乡段街".IndexOf(name[0]) >= 0 || "省市区县镇乡城段".IndexOf(name[1]) >= 0)
            {
                continue;
            }

            bool seat = TextAt.StartsWith(text, i + 1, text.Length, "委") || TextAt.StartsWith(text, i + 1, text.Length, "政府")
                || TextAt.StartsWith(text, i + 1, text.Length, "人民政府");
            counts.TryGetValue(name, out int n);
            n += seat ? 10 : 1;
            counts[name] = n;
            if (best is null || n > counts[best])
            {
                best = name;
            }
        }

        if (best is null)
        {
            return "";
        }

        foreach (string suffix in TitleWords.ZoneSuffixesByPreference)
        {
            if (text.IndexOf(suffix, StringComparison.Ordinal) >= 0)
            {
                return best + suffix;
            }
        }

        return best + "市";
    }

    internal static string CityOf(string zone)
    {
        for (int i = 2; i < zone.Length; i++)
        {
            if (TitleWords.CityEnds.MatchAt(zone, i, zone.Length) >= 0)
            {
                return zone.Substring(0, i);
            }
        }

        return zone;
    }

    /// <summary>The first date after 成文日期, else 发布日期, else 公开日期, as yyyy-MM-dd.</summary>
    private static string? FindPublished(string text)
    {
        foreach (string key in TitleWords.DateKeys)
        {
            int from = 0;
            while (true)
            {
                int at = text.IndexOf(key, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if (TryReadDate(text, at + key.Length, out string? date))
                {
                    return date;
                }

                from = at + key.Length;
            }
        }

        return null;
    }

    private static bool TryReadDate(string text, int pos, out string? date)
    {
        date = null;
        int p = pos, skipped = 0;
        while (p < text.Length && skipped < 30 && !CharClass.IsDigit(text[p]))
        {
            char c = text[p];
            if (!(CharClass.IsBlank(c) || CharClass.IsLineBreak(c) || c == ':' || c == '：' || c == '|' || c == '•' || c == '·'))
            {
                return false;
            }

            p++;
            skipped++;
        }

        int[] parts = new int[3];
        for (int k = 0; k < 3; k++)
        {
            int digits = 0, value = 0;
            while (p < text.Length && CharClass.IsDigit(text[p]) && digits < 4)
            {
                value = (value * 10) + CharClass.DigitValue(text[p]);
                digits++;
                p++;
            }

            if (digits == 0 || (k == 0 && digits != 4))
            {
                return false;
            }

            parts[k] = value;
            if (k < 2)
            {
                while (p < text.Length && (CharClass.IsBlank(text[p]) || text[p] == '-' || text[p] == '/' || text[p] == '.' || text[p] == '年' || text[p] == '月'))
                {
                    p++;
                }
            }
        }

        if (parts[0] < 1900 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > DateTime.DaysInMonth(parts[0], parts[1]))
        {
            return false;
        }

        date = string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", parts[0], parts[1], parts[2]);
        return true;
    }
}
