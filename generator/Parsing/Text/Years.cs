using System;
using System.Collections.Generic;

namespace ReportCorpus.Parsing.Text;

/// <summary>The one year reader: 2019年 in ASCII or full-width digits, or 一九六五年 / 二〇〇二年 in Chinese numerals.</summary>
internal static class Years
{
    /// <summary>
    /// Where the first year of s[from..to) starts (1900年 … 2200年, not the tail of a longer number), or -1;
    /// <paramref name="end"/> is the offset after its 年.
    /// </summary>
    internal static int Next(string s, int from, int to, out int year, out int end)
    {
        for (int i = s.IndexOf('年', Math.Min(from + 4, to), to - Math.Min(from + 4, to)); i >= 0; i = s.IndexOf('年', i + 1, to - i - 1))
        {
            int start = i - 4;
            if (FourDigits(s, start) && (start == from || Digit(s[start - 1]) < 0))
            {
                year = (Digit(s[start]) * 1000) + (Digit(s[start + 1]) * 100) + (Digit(s[start + 2]) * 10) + Digit(s[start + 3]);
                if (year >= 1900 && year <= 2200)
                {
                    end = i + 1;
                    return start;
                }
            }

            if (i + 1 >= to)
            {
                break;
            }
        }

        year = 0;
        end = to;
        return -1;
    }

    /// <summary>True when s[from..to) names <paramref name="year"/> (never for null).</summary>
    internal static bool Names(string s, int from, int to, int? year)
    {
        for (int at = Next(s, from, to, out int found, out int end); at >= 0 && year is not null; at = Next(s, end, to, out found, out end))
        {
            if (found == year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every year of s (see <see cref="Next"/>), with the offset after its 年.</summary>
    internal static List<(int Year, int End)> All(string s)
    {
        var result = new List<(int, int)>();
        for (int at = Next(s, 0, s.Length, out int year, out int end); at >= 0; at = Next(s, end, s.Length, out year, out end))
        {
            result.Add((year, end));
        }

        return result;
    }

    /// <summary>
    /// The length of 2019年 or 2019年度 right at s[start..end), or 0. Unlike <see cref="Next"/> any four digits count:
    /// an indicator phrase loses the year it opens with whatever the year.
    /// </summary>
    internal static int LengthAt(string s, int start, int end)
    {
        if (end - start >= 5 && FourDigits(s, start) && s[start + 4] == '年')
        {
            return end - start > 5 && s[start + 5] == '度' ? 6 : 5;
        }

        return 0;
    }

    // Four digits of one script: 2019, ２０１９ or 一九六五 (〇, ○ and 零 for nought).
    private static bool FourDigits(string s, int start)
    {
        bool chinese = ChineseDigit(s[start]) >= 0;
        for (int i = start; i < start + 4; i++)
        {
            if (chinese ? ChineseDigit(s[i]) < 0 : !CharClass.IsDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Digit(char c) => CharClass.IsDigit(c) ? CharClass.DigitValue(c) : ChineseDigit(c);

    private static int ChineseDigit(char c)
    {
        if (c is '〇' or '○' or '零')
        {
            return 0;
        }

        int i = "一二三四五六七八九".IndexOf(c);
        return i < 0 ? -1 : i + 1;
    }
}
