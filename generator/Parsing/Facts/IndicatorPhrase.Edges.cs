using System;
using System.Collections.Generic;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// The edges of an indicator phrase (issue 15: indicators are clean noun phrases): the verbs, connectors, modal and time
/// words, dates and debris that open or close a phrase and are no part of a name, cut from both ends; the names that hold
/// such a word (城镇新增就业, 在校学生, 经济增长) are protected. Linear: each cut shortens the phrase, each test is a table look.
/// </summary>
internal static partial class IndicatorPhrase
{
    // The words, dates and debris that open or close a phrase and are no part of a name, cut from both ends of
    // s[start..end) until none is left; true when any was cut. A verb of change (新增, 减少) goes to the qualifiers.
    private static bool CutEdges(string s, ref int start, ref int end, ref List<string>? qualifiers)
    {
        bool any = false;
        bool changed = true;
        while (changed && end > start)
        {
            changed = false;

            // 提高到, 增加到 alone: a verb of the level, not of a change (no qualifier), and no name.
            int level = PhraseWords.Trailing.MatchAt(s, start, end);
            if (level >= 0 && PhraseWords.Trailing[level].Length == end - start && PhraseWords.Trailing.ValueAt(level) == 0)
            {
                start = end;
                return true;
            }

            int n = TimeSpanAt(s, start, end);
            if (n == 0)
            {
                n = DebrisAt(s, start, end);
            }

            if (n == 0)
            {
                n = EdgeWordAt(s, start, end, ref qualifiers);
            }

            if (n > 0)
            {
                start += n;
                changed = true;
            }

            if (end <= start)
            {
                break;
            }

            n = TimeSpanEndingAt(s, start, end);
            if (n == 0)
            {
                n = DebrisEndingAt(s, start, end);
            }

            if (n == 0)
            {
                n = EdgeWordEndingAt(s, start, end, ref qualifiers);
            }

            if (n > 0)
            {
                end -= n;
                changed = true;
            }

            any |= changed;
        }

        return any;
    }

    // The words that never open or close a name, all but the verbs of change (read apart: they are kept), in one table:
    // only the longest edge word at either end counts, and one look finds it where a look into each of eight tables did
    // (both ends of a phrase are looked at in every round of Clean, for nearly every figure of a report).
    // A word in two of the tables (明年, 平均每年) is in it once.
    private static readonly WordTable s_edgeWords = new(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Distinct(System.Linq.Enumerable.SelectMany(
        new WordTable[]
        {
            Coordinators.AroundNames, VerbWords.Modals, VerbWords.Acts, TimeWords.InPhrase, TimeWords.MultiYear, TimeWords.PastOpeners,
            TimeWords.Ahead, TimeWords.SeveralYearOpeners,
        },
        static table => table))));

    // The length of the longest edge word at s[start..], 0 when none or when it opens a name; a verb of change there
    // is added to the qualifiers.
    private static int EdgeWordAt(string s, int start, int end, ref List<string>? qualifiers)
    {
        int edge = s_edgeWords.MatchAt(s, start, end);
        int best = edge < 0 ? 0 : s_edgeWords[edge].Length;
        bool change = false;
        int c = LongestChangeAt(s, start, end, out string? changeWord);
        if (c > best)
        {
            best = c;
            change = true;

            // 增加到2002年的: the verb of a level (PhraseWords.Trailing), not of a change: cut with no qualifier.
            int level = PhraseWords.Trailing.MatchAt(s, start, end);
            if (level >= 0 && PhraseWords.Trailing.ValueAt(level) == 0 && PhraseWords.Trailing[level].Length > c)
            {
                best = PhraseWords.Trailing[level].Length;
                change = false;
            }
        }

        if (best == 0 || IsProtectedStart(s, start, end, best))
        {
            return 0;
        }

        if (change)
        {
            (qualifiers ??= new List<string>(1)).Add(changeWord!);
        }

        return best;
    }

    private static int EdgeWordEndingAt(string s, int start, int end, ref List<string>? qualifiers)
    {
        int edge = s_edgeWords.MatchEndingAt(s, end, start);
        int best = edge < 0 ? 0 : s_edgeWords[edge].Length;
        bool change = false;
        string? changeWord = null;
        int growth = GrowthWords.Verbs.MatchEndingAt(s, end, start);
        if (growth >= 0 && GrowthWords.Verbs[growth].Length > best)
        {
            best = GrowthWords.Verbs[growth].Length;
            change = true;
            changeWord = GrowthWords.Verbs[growth];
        }

        int other = VerbWords.Changes.MatchEndingAt(s, end, start);
        if (other >= 0 && VerbWords.Changes[other].Length > best)
        {
            best = VerbWords.Changes[other].Length;
            change = true;
            changeWord = VerbWords.Changes[other];
        }

        // 各 right before the figure (创业孵化基地各1家): the figure is each name's, said in the qualifiers.
        int each = PhraseWords.Each.MatchEndingAt(s, end, start);
        if (each >= 0 && PhraseWords.Each[each].Length > best)
        {
            best = PhraseWords.Each[each].Length;
            change = true;
            changeWord = PhraseWords.Each[each];
        }

        int trailingWord = PhraseWords.Trailing.MatchEndingAt(s, end, start);
        if (trailingWord >= 0 && PhraseWords.Trailing.ValueAt(trailingWord) == 0 && PhraseWords.Trailing[trailingWord].Length > best)
        {
            best = PhraseWords.Trailing[trailingWord].Length;
            change = false;
        }

        if (best == 0 || IsProtectedEnd(s, start, end, best))
        {
            return 0;
        }

        if (change)
        {
            (qualifiers ??= new List<string>(1)).Add(changeWord!);
        }

        return best;
    }

    private static int LongestChangeAt(string s, int start, int end, out string? word)
    {
        word = null;
        // A one-character growth verb opens other verbs (减轻, 增强, 降费): at the start only the longer ones count.
        int growth = GrowthWords.Verbs.MatchAt(s, start, end);
        int other = VerbWords.Changes.MatchAt(s, start, end);
        int g = growth < 0 || GrowthWords.Verbs[growth].Length < 2 ? 0 : GrowthWords.Verbs[growth].Length;
        int o = other < 0 ? 0 : VerbWords.Changes[other].Length;
        if (g == 0 && o == 0)
        {
            return 0;
        }

        word = g >= o ? GrowthWords.Verbs[growth] : VerbWords.Changes[other];
        return Math.Max(g, o);
    }

    /// <summary>
    /// True when cutting <paramref name="length"/> characters from the start of s[start..end) would cut into a name: a
    /// word of <see cref="PhraseWords.NotLeading"/> (在校学生, 增值税) or a known indicator (实际利用外资, 新增城镇就业).
    /// </summary>
    internal static bool IsProtectedStart(string s, int start, int end, int length)
    {
        int name = PhraseWords.NotLeading.MatchAt(s, start, end);
        if (name >= 0 && PhraseWords.NotLeading[name].Length > length)
        {
            return true;
        }

        Indicators.Entry? entry = Indicators.Find(s.Substring(start, end - start));
        if (entry is not null)
        {
            foreach (string synonym in entry.Synonyms)
            {
                if (end - synonym.Length >= start && end - synonym.Length < start + length && TextAt.EndsWith(s, start, end, synonym))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when cutting <paramref name="length"/> characters from the end of s[start..end) would cut into a name: a word
    /// of <see cref="PhraseWords.NotTrailing"/> (占比, 国有) or a known indicator (经济增长).
    /// </summary>
    internal static bool IsProtectedEnd(string s, int start, int end, int length)
    {
        int name = PhraseWords.NotTrailing.MatchEndingAt(s, end, start);
        return (name >= 0 && PhraseWords.NotTrailing[name].Length > length) || Indicators.Find(s.Substring(start, end - start)) is not null;
    }

    // The characters a name may hold besides Chinese, Latin letters and digits: quotes, 、, and those of a threshold
    // (5-10亿元, 16%) or an acronym (R&D).
    private const string NameMarks = "“”《》‘’、-.%&";

    /// <summary>True for a character that is no part of any name: ＠, ①, a stray ·, |, ） (○ is a zero: 一九八○年).</summary>
    internal static bool IsDebris(char c) =>
        !(CharClass.IsCjk(c) || CharClass.IsAsciiLetter(c) || CharClass.IsDigit(c) || c == '○' || NameMarks.IndexOf(c) >= 0);

    // Debris, or a figure no unit follows, at the start of s[start..end): its length.
    private static int DebrisAt(string s, int start, int end)
    {
        int p = start;
        while (p < end && (IsDebris(s[p]) || s[p] is '-' or '.' or '%' or '、'))
        {
            p++;
        }

        if (p > start)
        {
            return p - start;
        }

        int digits = FigureEnd(s, start, end) - start;
        return digits > 0 && !IsKeptFigure(s, start, start + digits, end) ? digits : 0;
    }

    private static int DebrisEndingAt(string s, int start, int end)
    {
        int p = end;
        while (p > start && (IsDebris(s[p - 1]) || s[p - 1] is '-' or '.' or '、'))
        {
            p--;
        }

        if (p < end)
        {
            return end - p;
        }

        while (p > start && (CharClass.IsDigit(s[p - 1]) || s[p - 1] == '.'))
        {
            p--;
        }

        return p < end && !IsKeptFigure(s, p, end, end) ? end - p : 0;
    }

    // The end of the figure (digits, a decimal point, a range dash) at s[from..].
    private static int FigureEnd(string s, int from, int end)
    {
        int p = from;
        while (p < end && (CharClass.IsDigit(s[p]) || (p > from && s[p] is '.' or '-')))
        {
            p++;
        }

        return p;
    }

    /// <summary>
    /// True for a figure that belongs to its name: one joined to Latin letters (广义货币M2, PM2.5, 5G用户普及率), a number
    /// (5号地块) or a threshold, a figure with its unit (销售5亿元以上企业, 超10亿元的企业, 16%的税率).
    /// </summary>
    private static bool IsKeptFigure(string s, int from, int to, int end)
    {
        if ((from > 0 && CharClass.IsAsciiLetter(s[from - 1])) || (to < end && CharClass.IsAsciiLetter(s[to])))
        {
            return true;
        }

        int p = to;
        while (p < end && s[p] is '多' or '余')
        {
            p++;
        }

        if (p < end && (s[p] == '%' || PhraseWords.NumberedNames.MatchAt(s, p, end) >= 0))
        {
            return true;
        }

        p += Units.MatchMultiplier(s, p, end, out _);
        return p < end && Units.MatchBase(s, p, end, out _) > 0 && s[p] is not ('年' or '月' or '日');
    }

    /// <summary>True when s[start..end) holds no debris and no figure but those that belong to a name.</summary>
    internal static bool IsNameText(string s, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (IsDebris(s[i]))
            {
                return false;
            }

            if (CharClass.IsDigit(s[i]))
            {
                int figureEnd = FigureEnd(s, i, end);
                if (!IsKeptFigure(s, i, figureEnd, end))
                {
                    return false;
                }

                i = figureEnd - 1;
            }
        }

        return true;
    }

    // The characters of a date: Arabic and full-width digits, Chinese numerals, ○.
    private static bool IsDateDigit(char c) => CharClass.IsDigit(c) || ChineseNumerals.IsDigitChar(c) || c is '十' or '两' or '○' or '〇';

    /// <summary>
    /// The length of a date or span of years at s[start..]: 2019年, 一九八五年底, ５月份, 1-12月, 五年内, 两年, “六五”; 0 when none.
    /// </summary>
    private static int TimeSpanAt(string s, int start, int end)
    {
        // “六五”期间, “十一五”: a five-year plan, quoted.
        if (s[start] == '“')
        {
            int q = start + 1;
            while (q < end && IsDateDigit(s[q]))
            {
                q++;
            }

            return q - start >= 3 && q < end && s[q] == '”' && s[q - 1] == '五' ? q + 1 - start : 0;
        }

        int p = start;
        while (p < end && (IsDateDigit(s[p]) || (p > start && s[p] is '-' or '至' or '到' or '、' or '和' && p + 1 < end && IsDateDigit(s[p + 1]))))
        {
            p++;
        }

        if (p == start || p >= end)
        {
            return 0;
        }

        int suffix = TimeSuffixAt(s, p, end);
        return suffix == 0 ? 0 : p + suffix - start;
    }

    private static int TimeSuffixAt(string s, int p, int end)
    {
        if (s[p] == '年')
        {
            int q = p + 1;
            if (q < end && s[q] is '度' or '底' or '末' or '初' or '内' or '间')
            {
                q++;
            }
            else if (q + 1 < end && s[q] == '以' && s[q + 1] is '前' or '来' or '后')
            {
                q += 2;
            }

            return q - p;
        }

        if (s[p] == '月')
        {
            return p + 1 < end && s[p + 1] is '份' or '底' or '末' ? 2 : 1;
        }

        return s[p] == '日' ? 1 : 0;
    }

    /// <summary>The length of a date or span of years that ends s[start..end) (see <see cref="TimeSpanAt"/>), or 0.</summary>
    internal static int TimeSpanEndingAt(string s, int start, int end)
    {
        // Back over the suffix to the 年, 月 or 日, then over the digits.
        for (int unitAt = end - 1; unitAt >= start && unitAt >= end - 3; unitAt--)
        {
            if (s[unitAt] is '年' or '月' or '日' && TimeSuffixAt(s, unitAt, end) == end - unitAt)
            {
                int p = unitAt;
                while (p > start && (IsDateDigit(s[p - 1]) || (p - 1 > start && s[p - 1] is '-' or '至' or '到' or '、' or '和' && IsDateDigit(s[p - 2]) && p < unitAt)))
                {
                    p--;
                }

                return p < unitAt ? end - p : 0;
            }
        }

        return 0;
    }

    private static bool IsComparisonFrame(string s, int start, int end) =>
        ComparisonWords.FrameOpeners.MatchAt(s, start, end) >= 0 && ComparisonWords.FrameClosers.MatchEndingAt(s, end, start) >= 0;

    // 上年, a year, or a plan's period (生产总值年均增速比“十三五”期间翻一番, ../shared/local/boye, 2021).
    private static bool IsComparisonBase(string s) =>
        s is "上年" or "去年" or "上年同期" || (Years.LengthAt(s, 0, s.Length) > 0 && Years.LengthAt(s, 0, s.Length) == s.Length)
        || TimeWords.MultiYear.Contains(s) || TimeWords.MultiYear.Contains(s.Trim('“', '”', '"'));
}
