using System.Collections.Generic;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>Reads numbers written in Chinese characters (三千五百万, 十三万五, 百分之五). Values come from Unihan.</summary>
internal static class ChineseNumerals
{
    private static readonly Dictionary<char, long> s_values = BuildValues();

    // Membership is asked of every character a scanner meets, the value only inside a numeral run; whether a numeral is
    // a digit (一, 两, 〇) or a place (十, 万) is asked of every numeral, so it is a bitmap of its own too.
    private static readonly CharSet s_numerals = new(s_values.Keys);

    private static readonly CharSet s_digits = new(System.Linq.Enumerable.Where(s_values.Keys, static c => s_values[c] <= 9));

    private static Dictionary<char, long> BuildValues()
    {
        var values = new Dictionary<char, long>();
        foreach ((char c, long value) in UnihanTables.Numerals)
        {
            // 兆 means "mega" (兆瓦) in today's texts, not 10^12: it is never read as a numeral.
            if (c != '兆')
            {
                values[c] = value;
            }
        }

        // Older texts write zero as the white circle ○ (二百○八), which Unihan does not list.
        values['\u25CB'] = 0;

        // 一億六千萬畝 (corpus/national/1954年政府工作报告.txt): a traditional form Unihan has no value for reads as its
        // simplified one.
        foreach (string traditional in TraditionalForms.Characters)
        {
            string simplified = TraditionalForms.Simplify(traditional);
            if (!values.ContainsKey(traditional[0]) && values.TryGetValue(simplified[0], out long value))
            {
                values[traditional[0]] = value;
            }
        }
        return values;
    }

    /// <summary>The longest numeral run read as a number.</summary>
    public const int MaxLength = 24;

    public static bool IsNumeral(char c) => s_numerals.Contains(c);

    public static bool IsDigitChar(char c) => s_digits.Contains(c);

    /// <summary>The value of a numeral digit (一 … 九, 两, 〇 and their traditional forms), or -1 for anything else.</summary>
    public static int DigitOf(char c) => IsDigitChar(c) ? (int)s_values[c] : -1;

    /// <summary>
    /// Parses the numeral run text[start..end). A run of bare digits (二〇〇二) is a digit string such as a
    /// year and is returned with <paramref name="isDigitString"/> set.
    /// </summary>
    public static bool TryParse(string text, int start, int end, out decimal value, out bool isDigitString)
    {
        value = 0;
        isDigitString = false;
        if (end <= start)
        {
            return false;
        }

        // As with Arabic digits, no real figure runs longer; 亿亿亿亿 or a thousand 三 would overflow decimal.
        if (end - start > MaxLength)
        {
            return false;
        }

        bool anyMultiplier = false;
        for (int i = start; i < end; i++)
        {
            if (!IsNumeral(text[i]))
            {
                return false;
            }

            if (!IsDigitChar(text[i]))
            {
                anyMultiplier = true;
            }
        }

        if (!anyMultiplier && end - start > 1)
        {
            isDigitString = true;
            decimal digits = 0;
            for (int i = start; i < end; i++)
            {
                digits = (digits * 10) + s_values[text[i]];
            }

            value = digits;
            return true;
        }

        // 亿亿亿: multipliers with nothing to multiply are no number.
        return TryReadPlaces(text, start, end, out value) && value > 0;
    }

    private static bool TryReadPlaces(string text, int start, int end, out decimal value)
    {
        value = 0;
        // total: the 亿 level; wan: the 万 level; section: below 万; number: the pending digit.
        decimal total = 0, wan = 0, section = 0, number = 0;
        long lastUnit = 1;
        bool lastWasMultiplier = false, afterZero = false;
        for (int i = start; i < end; i++)
        {
            long v = s_values[text[i]];
            if (v <= 9)
            {
                number = v;
                afterZero |= v == 0;
                lastWasMultiplier = false;
                continue;
            }

            if (v < 10_000)
            {
                section += (number == 0 ? 1 : number) * v;
            }
            else if (v == 10_000)
            {
                wan = (section + number) * v;
                section = 0;
            }
            else
            {
                // 九亿亿亿亿 stays within the length cap but not within decimal.
                decimal sum = total + wan + section + number;
                if (sum > decimal.MaxValue / v)
                {
                    return false;
                }

                total = sum * v;
                wan = 0;
                section = 0;
            }

            number = 0;
            lastUnit = v;
            lastWasMultiplier = true;
            afterZero = false;
        }

        // 两千六 = 2600, 十三万五 = 135000: a lone digit after a multiplier counts in the next lower place.
        if (number != 0 && !lastWasMultiplier && !afterZero && lastUnit >= 100 && !IsDigitChar(text[end - 2]))
        {
            number *= lastUnit / 10;
        }

        value = total + wan + section + number;
        return true;
    }
}
