using System;
using System.Globalization;
using System.Text;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>A number with its unit as it stands in the text: 16.5亿元, 3000多名, 6%－6.5%, 百分之五.</summary>
internal readonly record struct QuantityToken(
    int Start,
    int End,
    decimal Value,
    decimal? Max,
    string Unit,
    Dimension Dimension,
    decimal Factor,
    Bound Bound,
    string Qualifier);

/// <summary>
/// Recognises one quantity at a position. Linear in what it reads, no regular expressions, never throws:
/// anything it cannot read as a number with a unit is simply not a quantity.
/// </summary>
internal static class QuantityScanner
{
    private const int MaxDigits = 24;

    /// <summary>True where a number may start: a digit run that is not the tail of a code such as G20 or 3.5.</summary>
    public static bool IsNumberStart(string text, int pos)
    {
        char c = text[pos];
        if (CharClass.IsDigit(c))
        {
            if (pos == 0)
            {
                return true;
            }

            char prev = text[pos - 1];
            return !CharClass.IsDigit(prev) && !CharClass.IsAsciiLetter(prev) && prev != '.' && prev != '．'
                && prev != '/' && prev != '-' && prev != '_' && prev != '+'
                && !(CharClass.IsLineBreak(prev) && BrokenSymbols.StartsSubscriptLine(text, pos));
        }

        if (c == '百' && TextAt.StartsWith(text, pos, text.Length, "百分之"))
        {
            return true;
        }

        return ChineseNumerals.IsNumeral(c) && (pos == 0 || (!ChineseNumerals.IsNumeral(text[pos - 1]) && text[pos - 1] != '第'));
    }

    /// <summary>
    /// Reads a quantity starting at <paramref name="pos"/> (a number start). <paramref name="next"/> is where
    /// scanning goes on, past the number even when it is not a quantity, so a caller never reads a digit twice.
    /// </summary>
    public static bool TryScan(string text, int pos, int limit, out QuantityToken token, out int next)
    {
        token = default;
        if (!TryReadNumber(text, pos, limit, out decimal value, out int numberEnd, out bool isPercentWord, out bool chinese, out int runLength))
        {
            next = SkipNumberRun(text, pos, limit);
            return false;
        }

        next = numberEnd;
        if (isPercentWord)
        {
            if (chinese && IsVague(text, pos, numberEnd))
            {
                return false;
            }

            token = new QuantityToken(pos, numberEnd, value, null, "%", Dimension.Percent, 1m, Bound.Exact, "");
            // 百分之二到百分之三, 百分之二十到三十: the second number is a percentage too, with or without 百分之.
            if (TryReadPercentRangeTail(text, numberEnd, limit, out decimal upperPercent, out int percentEnd) && upperPercent >= value)
            {
                token = token with { End = percentEnd, Max = upperPercent, Bound = Bound.Range };
            }

            ReadSuffix(text, ref token, limit);
            next = token.End;
            return true;
        }

        if (!chinese && TryReadPlaceChain(text, pos, numberEnd, limit, value, out token))
        {
            ReadSuffix(text, ref token, limit);
            next = token.End;
            return true;
        }

        int p = numberEnd;
        if (!TryReadUnit(text, ref p, limit, out string unit, out Dimension dimension, out decimal factor, out bool justOver, out bool hasBase))
        {
            // 6-6.5%, 1至2家: the unit comes after the second number only.
            if (TryReadRangeTail(text, p, limit, chinese, out decimal max, out int rangeEnd, out unit, out dimension, out factor, out decimal scaleOnce))
            {
                // 一百二十到一百五十万元: the place word written once, after the second number, scales both.
                if (value < scaleOnce && value * scaleOnce <= max)
                {
                    value *= scaleOnce;
                }

                token = new QuantityToken(pos, rangeEnd, value, max, unit, dimension, factor, Bound.Range, "");
                ReadSuffix(text, ref token, limit);
                next = token.End;
                return max >= value;
            }

            return false;
        }

        // Chinese numerals need a real unit and more than one character: 三区一城, 十三五, 一是 and 一家企业
        // are words, not quantities; a single numeral counts only where nothing else can be meant. 几百万人, 上百万元 and
        // 数千万元 are vague amounts, not figures.
        if (chinese && (IsVague(text, pos, numberEnd) || !hasBase || (runLength < 2 && !IsSingleNumeralCount(text, pos, p, limit, value, dimension, unit))))
        {
            return false;
        }

        // 三亿三千五百多万吨: 多 cut the numeral run, so 万 multiplies 三千五百 only, not 三亿 (3.35亿吨, not 3亿万吨).
        if (chinese && justOver && unit.StartsWith("万", StringComparison.Ordinal) && value >= 100_000_000m
            && (text.IndexOf('亿', pos, numberEnd - pos) >= 0 || text.IndexOf('億', pos, numberEnd - pos) >= 0))
        {
            decimal high = Math.Floor(value / 100_000_000m);
            value = high * 10_000m + (value - high * 100_000_000m);
        }

        token = new QuantityToken(pos, p, value, null, unit, dimension, factor, justOver ? Bound.JustOver : Bound.Exact, justOver ? "多" : "");
        if (TryReadRangeTail(text, p, limit, chinese, out decimal upper, out int end2, out string unit2, out Dimension dim2, out decimal factor2, out _)
            && dim2 != dimension && !hasBase && unit2.StartsWith(unit, StringComparison.Ordinal) && factor2 == factor && upper >= value)
        {
            // 6000万至8000万元: the first number's place word alone, the unit after the second: one range in that unit.
            token = token with { End = end2, Max = upper, Bound = Bound.Range, Unit = unit2, Dimension = dim2 };
        }
        else if (TryReadRangeTail(text, p, limit, chinese, out upper, out end2, out unit2, out dim2, out factor2, out _)
            && dim2 == dimension && upper * factor2 >= value * factor)
        {
            // In the first number's unit; the same unit twice (四千万亩到五千万亩) needs no conversion, which for 亩 would
            // leave a remainder in the last decimal place.
            token = token with { End = end2, Max = factor2 == factor ? upper : upper * factor2 / factor, Bound = Bound.Range };
        }

        ReadSuffix(text, ref token, limit);
        next = token.End;
        return true;
    }

    /// <summary>
    /// 1万6千多户, 1亿3千多万 (corpus/national/2018年政府工作报告.txt: 从8300万增加到1亿3千多万): Arabic digits
    /// chained with place words, D1 P1 D2 P2 [多] [P3], read as one number in base units (16000户 多, 130000000 多). Only
    /// where the lower part is below one P1 (1万6千, 1亿3千万, 1亿3000万); 1.5万 and 1万 6 are no chain.
    /// </summary>
    private static bool TryReadPlaceChain(string text, int pos, int numberEnd, int limit, decimal first, out QuantityToken token)
    {
        token = default;
        int q = numberEnd;
        int highLength = Units.MatchMultiplier(text, q, limit, out decimal high);
        if (highLength != 1 || first != decimal.Truncate(first) || !AllDigits(text, pos, numberEnd))
        {
            return false;
        }

        q += highLength;
        int lowStart = q;
        while (q < limit && q - lowStart < 4 && CharClass.IsDigit(text[q]))
        {
            q++;
        }

        if (q == lowStart || !decimal.TryParse(DigitsOf(text, lowStart, q), NumberStyles.None, CultureInfo.InvariantCulture, out decimal low))
        {
            return false;
        }

        // 2亿3千万元: the low place may be 千万 under 亿.
        int lowPlaceLength = Units.MatchMultiplier(text, q, limit, out decimal lowPlace);
        if (lowPlaceLength == 0 || lowPlace >= high)
        {
            return false;
        }

        q += lowPlaceLength;
        bool justOver = ReadJustOver(text, ref q, limit);
        int outerLength = Units.MatchMultiplier(text, q, limit, out decimal outer);
        if (outerLength == 1 && outer > lowPlace && outer < high)
        {
            q += outerLength;
            justOver |= ReadJustOver(text, ref q, limit);
            lowPlace *= outer;
        }

        if (low * lowPlace >= high)
        {
            return false;
        }

        int baseLength = Units.MatchBase(text, q, limit, out Units.UnitInfo baseUnit);
        decimal value = first * high + low * lowPlace;
        token = baseLength > 0
            ? new QuantityToken(pos, q + baseLength, value, null, baseUnit.Symbol, baseUnit.Dimension, baseUnit.Factor, justOver ? Bound.JustOver : Bound.Exact, justOver ? "多" : "")
            : new QuantityToken(pos, q, value, null, "", Dimension.Count, 1m, justOver ? Bound.JustOver : Bound.Exact, justOver ? "多" : "");
        return true;
    }

    private static bool AllDigits(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!CharClass.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// 新增上市企业两家。, 提高两个百分点 and 增长两倍 are figures; 一家企业 (an article), 两个大局 and 四个全面 (slogans) are not:
    /// two or more, percentage points or a counting unit other than 个, closing its clause.
    /// </summary>
    private static bool IsSingleNumeralCount(string text, int start, int unitEnd, int limit, decimal value, Dimension dimension, string unit)
    {
        // 几十座, 上千种, 这两项: an approximation or a demonstrative, not a stated count.
        if (start > 0 && "几上数成好这那每前后头".IndexOf(text[start - 1]) >= 0)
        {
            return false;
        }

        // 增长两倍, 提高一倍 (corpus/national/1955年政府工作报告.txt): a multiple is a figure.
        if (dimension == Dimension.Multiple)
        {
            return true;
        }

        if (value < 2)
        {
            return false;
        }

        if (dimension == Dimension.PercentagePoints)
        {
            return true;
        }

        if (TextAt.StartsWith(text, unitEnd, limit, "以上") || TextAt.StartsWith(text, unitEnd, limit, "左右"))
        {
            unitEnd += 2;
        }

        return dimension == Dimension.Count && unit != "个"
            && (unitEnd >= limit || CharClass.IsClauseEnd(text[unitEnd]) || CharClass.IsSentenceEnd(text[unitEnd]) || CharClass.IsLineBreak(text[unitEnd]));
    }

    // 几百万 (corpus/national/1955年政府工作报告.txt: 几百万人), 几十万; 上百万, 数千万 where a place word opens the run,
    // 数十万 where no digit follows 十 (人数十五万 is a figure after 人数); two neighbouring digits, an estimate: 两三百万元,
    // 百分之二三十 (not 九五, 十三五: the second digit is the first's successor).
    private static bool IsVague(string text, int pos, int numberEnd)
    {
        for (int i = pos; i + 1 < numberEnd && text[i] != '点' && text[i] != '點'; i++)
        {
            int first = ChineseNumerals.DigitOf(text[i]), second = ChineseNumerals.DigitOf(text[i + 1]);
            if (first > 0 && second == first + 1)
            {
                return true;
            }
        }

        if (pos == 0)
        {
            return false;
        }

        char before = text[pos - 1];
        char at = TraditionalForms.SimplifiedAt(text, pos);
        return before == '几' || ((before == '上' || before == '数') && "百千万亿".IndexOf(at) >= 0)
            || (before == '数' && at == '十' && (pos + 1 >= text.Length || ChineseNumerals.DigitOf(text[pos + 1]) <= 0));
    }

    private static int SkipNumberRun(string text, int pos, int limit)
    {
        int p = pos;
        while (p < limit && (CharClass.IsDigit(text[p]) || ChineseNumerals.IsNumeral(text[p]) || text[p] == '.' || text[p] == ','))
        {
            p++;
        }

        return p > pos ? p : pos + 1;
    }

    private static bool TryReadNumber(string text, int pos, int limit, out decimal value, out int end, out bool isPercentWord, out bool chinese, out int runLength)
    {
        runLength = 0;
        value = 0;
        end = pos;
        isPercentWord = false;
        chinese = false;
        if (CharClass.IsDigit(text[pos]))
        {
            return TryReadArabic(text, pos, limit, out value, out end);
        }

        chinese = true;
        int start = pos;
        if (TextAt.StartsWith(text, pos, limit, "百分之"))
        {
            isPercentWord = true;
            start = pos + 3;
            if (start < limit && CharClass.IsDigit(text[start]))
            {
                return TryReadArabic(text, start, limit, out value, out end);
            }
        }

        int p = start;
        while (p < limit && ChineseNumerals.IsNumeral(text[p]))
        {
            p++;
        }

        // 三百万千瓦, 八十万千克: a unit that opens with a numeral (千瓦, 千克, 千米) takes it back from the run.
        if (p - start >= 2 && Units.MatchBase(text, p - 1, limit, out _) > 0)
        {
            p--;
        }

        runLength = p - start;

        // 十五点七, 零点五, 一点二倍, 百分之零点九 (corpus/national/1955年政府工作报告.txt: 增长三点二倍; 增長三點二倍): a point and digits
        // after the run; the run alone may then be 零.
        int runEnd = p;
        bool fraction = runEnd + 1 < limit && TraditionalForms.SimplifiedAt(text, runEnd) == '点' && ChineseNumerals.IsDigitChar(text[runEnd + 1]);
        decimal whole = 0;
        bool digitString = false;
        if (!(fraction && runLength == 1 && ChineseNumerals.IsDigitChar(text[start])
                ? ChineseNumerals.TryParse(text, start, runEnd, out whole, out _) || text[start] == '零' || text[start] == '〇'
                : ChineseNumerals.TryParse(text, start, runEnd, out whole, out digitString) && !digitString))
        {
            return false;
        }

        // The whole run is the number (五万元 = 50000 元, 六百五十亿零二千万元 = 65020000000 元).
        value = whole;
        end = runEnd;
        if (fraction)
        {
            decimal scale = 0.1m, part = 0;
            int q = end + 1;
            while (q < limit && ChineseNumerals.IsDigitChar(text[q]))
            {
                ChineseNumerals.TryParse(text, q, q + 1, out decimal d, out _);
                part += d * scale;
                scale /= 10;
                q++;
            }

            value += part;
            runLength += q - end;
            end = q;
        }

        return true;
    }

    private static bool TryReadArabic(string text, int pos, int limit, out decimal value, out int end)
    {
        // 8 ．8 ％, 3 5 0 万 (corpus/national/1998年政府工作报告.txt, ../shared/local/fuping/阜平县2017年政府工作报告.txt):
        // blanks inside one number are joined only where a unit follows the joined number at once; otherwise (2020 3,
        // 第1 2条, two pieces with no unit) the number is read without them.
        bool spaced = pos == 0 || text[pos - 1] != '第';
        if (TryReadArabic(text, pos, limit, spaced, out value, out end, out bool joined) && !joined)
        {
            return true;
        }

        return (joined && IsUnitAt(text, Blanks.SkipForward(text, end, limit), limit, percentOrMultiplierOnly: false))
            || TryReadArabic(text, pos, limit, false, out value, out end, out _);
    }

    private static bool TryReadArabic(string text, int pos, int limit, bool joinSpaced, out decimal value, out int end, out bool joined)
    {
        value = 0;
        joined = false;

        // The digits as one integer (the mantissa) and how many of them follow the point (the scale): 1.50 is 150
        // and 2, the decimal decimal.Parse("1.50") gives, trailing zero kept.
        ulong mantissa = 0;
        int significant = 0, scale = 0;
        bool overflow = false;
        char separator = '\0';
        int p = pos;
        while (p < limit)
        {
            char c = text[p];
            if (CharClass.IsDigit(c))
            {
                Accumulate(c);
                p++;
            }
            else if (IsThousandsSeparator(c) && (separator == '\0' ? significant <= 3 : c == separator) && IsThousandsGroup(text, p + 1, limit))
            {
                // 1,234.5亿元, 33，212万吨, １３，９８０，０００，０００元 (corpus/national/1956年政府工作报告.txt): one to three digits,
                // then groups of exactly three, one separator throughout; 3，5，7 is a list.
                separator = c;
                p++;
            }
            else if (joinSpaced && separator == '\0' && SpacedDigit(text, p, limit) is int digit and > 0)
            {
                joined = true;
                p = digit;
            }
            else
            {
                break;
            }
        }

        int point = joinSpaced && separator == '\0' ? Blanks.SkipForward(text, p, limit) : p;
        int fraction = point + 1 < limit && IsDecimalPoint(text[point]) ? (joinSpaced ? Blanks.SkipForward(text, point + 1, limit) : point + 1) : -1;
        if (fraction > 0 && fraction < limit && CharClass.IsDigit(text[fraction])
            && (!IsMiddleDot(text[point]) || MiddleDotDecimalEnds(text, fraction, limit)))
        {
            joined |= fraction - p > 1;
            p = fraction;
            while (p < limit)
            {
                if (CharClass.IsDigit(text[p]))
                {
                    Accumulate(text[p]);
                    scale++;
                    p++;
                }
                else if (joinSpaced && SpacedDigit(text, p, limit) is int digit and > 0)
                {
                    joined = true;
                    p = digit;
                }
                else
                {
                    break;
                }
            }
        }

        end = p;
        if (significant > MaxDigits)
        {
            return false;
        }

        value = overflow
            ? decimal.Parse(DigitsOf(text, pos, p), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);
        return true;

        void Accumulate(char c)
        {
            significant++;
            // 19 digits always fit a ulong; a longer number (rare, at most MaxDigits) is parsed from its digits.
            overflow |= significant > 19;
            mantissa = overflow ? 0 : (mantissa * 10) + (ulong)CharClass.DigitValue(c);
        }
    }

    private static bool IsThousandsSeparator(char c) => c == ',' || c == '，';

    private static bool IsMiddleDot(char c) => c == '·' || c == '・' || c == '‧';

    // 5·8％ (corpus/national/1999年政府工作报告.txt); the middle dot also joins names (11·28, “30·60”), so it is a
    // decimal point only before a percent sign or a multiplier.
    private static bool IsDecimalPoint(char c) => c == '.' || c == '．' || IsMiddleDot(c);

    private static bool MiddleDotDecimalEnds(string text, int fraction, int limit)
    {
        int q = fraction;
        while (q < limit && CharClass.IsDigit(text[q]))
        {
            q++;
        }

        return IsUnitAt(text, Blanks.SkipForward(text, q, limit), limit, percentOrMultiplierOnly: true);
    }

    private static bool IsUnitAt(string text, int q, int limit, bool percentOrMultiplierOnly)
    {
        if (q >= limit)
        {
            return false;
        }

        if (Units.MatchMultiplier(text, q, limit, out _) > 0)
        {
            return true;
        }

        return Units.MatchBase(text, q, limit, out Units.UnitInfo unit) > 0 && (!percentOrMultiplierOnly || unit.Dimension == Dimension.Percent);
    }

    // Where the digit after blanks at p stands (3 5 0, 36.5 9), or -1: one or two blanks, then a digit.
    private static int SpacedDigit(string text, int p, int limit)
    {
        if (!CharClass.IsBlank(text[p]))
        {
            return -1;
        }

        int q = p + 1;
        if (q < limit && CharClass.IsBlank(text[q]))
        {
            q++;
        }

        return q < limit && CharClass.IsDigit(text[q]) ? q : -1;
    }

    /// <summary>The ASCII digits and point of text[from..to), without thousands separators.</summary>
    private static string DigitsOf(string text, int from, int to)
    {
        var digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (CharClass.IsDigit(c))
            {
                digits.Append((char)('0' + CharClass.DigitValue(c)));
            }
            else if (IsDecimalPoint(c))
            {
                digits.Append('.');
            }
        }

        return digits.ToString();
    }

    private static bool IsThousandsGroup(string text, int pos, int limit)
    {
        if (pos + 3 > limit)
        {
            return false;
        }

        for (int i = pos; i < pos + 3; i++)
        {
            if (!CharClass.IsDigit(text[i]))
            {
                return false;
            }
        }

        return pos + 3 == limit || !CharClass.IsDigit(text[pos + 3]);
    }

    private static bool TryReadUnit(string text, ref int p, int limit, out string unit, out Dimension dimension, out decimal factor, out bool justOver, out bool hasBase)
    {
        int start = p;
        hasBase = false;
        justOver = false;
        unit = "";
        dimension = Dimension.Other;
        factor = 1m;

        // A number and its unit may be split by a stray line break (74.4\n\u200b\n万亿元).
        int q = Blanks.SkipForwardOverBreaks(text, p, limit, 4);
        if (q < limit && (CharClass.IsAsciiLetter(text[q]) || (text[q] == '/' && q + 1 < limit && CharClass.IsDigit(text[q + 1]))))
        {
            return false; // 3C地块, 5G, 1/6: codes and fractions
        }

        justOver |= ReadJustOver(text, ref q, limit);
        int unitStart = q;
        int multiplierLength = Units.MatchMultiplier(text, q, limit, out decimal multiplier);
        int baseLength = Units.MatchBase(text, q, limit, out Units.UnitInfo baseUnit);

        // 千瓦 is a unit of its own, not 千 × 瓦.
        if (baseLength >= multiplierLength && baseLength > 0)
        {
            multiplierLength = 0;
            multiplier = 1m;
        }
        else if (multiplierLength > 0)
        {
            q += multiplierLength;
            justOver |= ReadJustOver(text, ref q, limit);
            baseLength = Units.MatchBase(text, q, limit, out baseUnit);
        }

        if (multiplierLength == 0 && baseLength == 0)
        {
            p = start;
            return false;
        }

        string written = TraditionalForms.Simplify(text.Substring(unitStart, q - unitStart));
        if (justOver && multiplierLength > 0)
        {
            written = written.Replace("多", "").Replace("余", "");
        }

        q += baseLength;
        hasBase = baseLength > 0;
        unit = written + (baseLength > 0 ? baseUnit.Symbol : "");
        dimension = baseLength > 0 ? baseUnit.Dimension : Dimension.Count;
        factor = multiplier * (baseLength > 0 ? baseUnit.Factor : 1m);
        p = q;
        return true;
    }

    private static bool ReadJustOver(string text, ref int q, int limit)
    {
        int match = BoundWords.InsideFigure.MatchAt(text, q, limit);
        q += match < 0 ? 0 : BoundWords.InsideFigure[match].Length;
        return match >= 0;
    }

    // The second half of a range: a separator (-, 至, 到 …), a number and its unit. After a Chinese numeral the second
    // number may be Chinese too (四千万亩到五千万亩, 十五亿元到二十亿元), with a unit that is a real one.
    private static bool TryReadRangeTail(string text, int p, int limit, bool chinese, out decimal max, out int end, out string unit,
        out Dimension dimension, out decimal factor, out decimal scaleOnce)
    {
        scaleOnce = 1m;
        max = 0;
        end = p;
        unit = "";
        dimension = Dimension.Other;
        factor = 1m;
        int q = AfterRangeSeparator(text, p, limit);
        if (q < 0)
        {
            return false;
        }

        int numberEnd;
        bool chineseMax = false;
        if (CharClass.IsDigit(text[q]))
        {
            if (!TryReadArabic(text, q, limit, out max, out numberEnd))
            {
                return false;
            }
        }
        else if (chinese && ChineseNumerals.IsNumeral(text[q]) && !TextAt.StartsWith(text, q, limit, "百分之")
            && TryReadNumber(text, q, limit, out max, out numberEnd, out _, out _, out _))
        {
            chineseMax = true;

            // 一百五十万 ends on 万: a first number written without it (一百二十到) may take it (see TryScan).
            if (Units.MatchMultiplier(text, numberEnd - 1, limit, out decimal place) == 1 && place >= 10_000m)
            {
                scaleOnce = place;
            }
        }
        else
        {
            return false;
        }

        int u = numberEnd;
        if (!TryReadUnit(text, ref u, limit, out unit, out dimension, out factor, out _, out bool hasBase) || (chineseMax && !hasBase))
        {
            return false;
        }

        end = u;
        return true;
    }

    // After 百分之二: 到百分之三 or 到三 (a percentage either way).
    private static bool TryReadPercentRangeTail(string text, int p, int limit, out decimal max, out int end)
    {
        max = 0;
        end = p;
        int q = AfterRangeSeparator(text, p, limit);
        if (q < 0 || !(CharClass.IsDigit(text[q]) || ChineseNumerals.IsNumeral(text[q]))
            || !TryReadNumber(text, q, limit, out max, out int numberEnd, out _, out _, out _))
        {
            return false;
        }

        // 百分之二十到三十个 would be a count, not a percentage.
        int after = Blanks.SkipForward(text, numberEnd, limit);
        if (after < limit && TryReadUnit(text, ref after, limit, out _, out _, out _, out _, out _))
        {
            return false;
        }

        end = numberEnd;
        return true;
    }

    // Where the second number of a range starts (after -, 至, 到 … and any blanks around it), or -1.
    private static int AfterRangeSeparator(string text, int p, int limit)
    {
        int q = Blanks.SkipForward(text, p, limit);
        if (q >= limit || !IsRangeSeparator(text[q]))
        {
            return -1;
        }

        q = Blanks.SkipForward(text, q + 1, limit);
        return q < limit ? q : -1;
    }

    private static bool IsRangeSeparator(char c) => c == '-' || c == '－' || c == '—' || c == '–' || c == '~' || c == '～' || c == '至' || c == '到';

    private static void ReadSuffix(string text, ref QuantityToken token, int limit)
    {
        int q = Blanks.SkipForward(text, token.End, limit);
        int match = BoundWords.AfterFigure.MatchAt(text, q, limit);
        if (match >= 0)
        {
            string word = BoundWords.AfterFigure[match];
            token = token with
            {
                End = q + word.Length,
                Bound = token.Bound == Bound.Range ? Bound.Range : BoundWords.AfterFigure.ValueAt(match),
                Qualifier = token.Qualifier.Length == 0 ? word : token.Qualifier + "," + word,
            };
        }
    }
}
