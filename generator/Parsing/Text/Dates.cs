using System;
using System.Globalization;

namespace ReportCorpus.Parsing.Text;

/// <summary>
/// The one date reader: 2000-01-20 (a collector's 发文时间), 2020年1月21日 (a session line), 二〇一二年一月六日 and
/// 二〇〇五年一月十一日 (the same in Chinese numerals), 2021.7.28. Dates come out as yyyy-MM-dd.
/// </summary>
internal static class Dates
{
    /// <summary>A date starting right at s[pos..limit); <paramref name="end"/> is the offset after it (after 日 when written).</summary>
    public static bool TryReadAt(string s, int pos, int limit, out string date, out int end)
    {
        date = "";
        end = pos;
        int p = pos;
        if (!TryYear(s, ref p, limit, out int year) || !TryPart(s, ref p, limit, '月', out int month) || !TryDay(s, ref p, limit, out int day))
        {
            return false;
        }

        if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day);
        end = p;
        return true;
    }

    /// <summary>The first date in s[from..to), or null; <paramref name="start"/> where it begins.</summary>
    public static string? First(string s, int from, int to, out int start, out int end)
    {
        for (int i = from; i < to; i++)
        {
            if ((CharClass.IsDigit(s[i]) || ChineseDigit(s[i]) >= 0) && (i == from || !(CharClass.IsDigit(s[i - 1]) || ChineseDigit(s[i - 1]) >= 0))
                && TryReadAt(s, i, to, out string date, out end))
            {
                start = i;
                return date;
            }
        }

        start = end = -1;
        return null;
    }

    // 2020年, 二〇一二年, 2000-, 2008 年, 2021. : four digits of one script, then 年 or a separator.
    private static bool TryYear(string s, ref int p, int limit, out int year)
    {
        year = 0;
        if (p + 5 > limit)
        {
            return false;
        }

        bool chinese = !CharClass.IsDigit(s[p]);
        for (int i = 0; i < 4; i++)
        {
            int d = Digit(s[p + i]);
            if (d < 0 || chinese == CharClass.IsDigit(s[p + i]))
            {
                return false;
            }

            year = (year * 10) + d;
        }

        p += 4;
        return Separator(s, ref p, limit, '年');
    }

    private static bool TryPart(string s, ref int p, int limit, char word, out int value) =>
        TryNumber(s, ref p, limit, out value) && Separator(s, ref p, limit, word);

    private static bool TryDay(string s, ref int p, int limit, out int value)
    {
        if (!TryNumber(s, ref p, limit, out value))
        {
            return false;
        }

        if (p < limit && (s[p] == '日' || s[p] == '号'))
        {
            p++;
        }

        return true;
    }

    // After the year or month: 年 / 月, or - . / (with blanks around, as 2020 - 01 - 20 is written).
    private static bool Separator(string s, ref int p, int limit, char word)
    {
        while (p < limit && CharClass.IsBlank(s[p]))
        {
            p++;
        }

        if (p < limit && (s[p] == word || s[p] == '-' || s[p] == '.' || s[p] == '/'))
        {
            p++;
            while (p < limit && CharClass.IsBlank(s[p]))
            {
                p++;
            }

            return true;
        }

        return false;
    }

    // 1 to 31 in digits (1, 01, ２１) or Chinese numerals (六, 十一, 二十, 三十一).
    private static bool TryNumber(string s, ref int p, int limit, out int value)
    {
        value = 0;
        int start = p;
        while (p < limit && p - start < 2 && CharClass.IsDigit(s[p]))
        {
            value = (value * 10) + CharClass.DigitValue(s[p]);
            p++;
        }

        if (p > start)
        {
            return true;
        }

        int tens = 0, units = 0;
        bool ten = false;
        while (p < limit && p - start < 3)
        {
            char c = s[p];
            if (c == '十' && !ten)
            {
                tens = units == 0 ? 1 : units;
                units = 0;
                ten = true;
            }
            else if (ChineseDigit(c) > 0 && units == 0)
            {
                units = ChineseDigit(c);
            }
            else
            {
                break;
            }

            p++;
        }

        value = (tens * 10) + units;
        return p > start && value > 0;
    }

    private static int Digit(char c) => CharClass.IsDigit(c) ? CharClass.DigitValue(c) : ChineseDigit(c);

    private static int ChineseDigit(char c) => c is '〇' or '○' or '零' ? 0 : "一二三四五六七八九".IndexOf(c) is int i && i >= 0 ? i + 1 : -1;
}
