using System;
using System.Collections.Generic;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// The indicator phrase before a figure: where its clause starts, the indicator it names once its leading and trailing
/// words are gone, and what a figure counts when the noun follows it.
/// </summary>
internal static partial class IndicatorPhrase
{
    /// <summary>
    /// The indicator a phrase names: without blanks, asides, list marks, leading words (全年, 实现, 一是, 2019年) and
    /// trailing ones (达到, 为); a trailing bound word (超过, 控制在) comes back in <paramref name="bound"/> and
    /// <paramref name="prefixQualifiers"/> (null when there is none).
    /// </summary>
    internal static string Clean(string raw, out List<string>? prefixQualifiers, out Bound bound)
    {
        prefixQualifiers = null;
        bound = Bound.Exact;
        string s = PhraseText.RemoveParenthesised(PhraseText.Compact(raw, 0, raw.Length));

        // The words are cut by moving the ends of s[start..end); one substring at the end.
        int start = 0, end = s.Length;
        PhraseText.TrimQuotesAndMarks(s, ref start, ref end);

        // 一般公共预算收入比2019年调整预算收入增长7% (corpus/local/laishui 2020): what follows 比 and a year is the basis of
        // the growth, not its indicator.
        int basis = s.IndexOf('比', start, end - start);
        if (basis > start && Years.LengthAt(s, basis + 1, end) > 0)
        {
            end = basis;
        }
        bool changed = true;
        while (changed && end > start)
        {
            changed = false;

            // 解决750万户城市低收入住房困难家庭和260万户…: a phrase that closes on 和 (or 及, 与, 、) names what the figure
            // before it counts; this figure's name, if any, follows it. 对红凌路等10条: what closes on 等 gives examples
            // of what the figure counts, never its name.
            if (Array.IndexOf(Coordinators.BetweenNames, s[end - 1]) >= 0
                || (PhraseWords.ExampleMarkers.MatchEndingAt(s, end, start) is int example and >= 0
                    && !IsProtectedEnd(s, start, end, PhraseWords.ExampleMarkers[example].Length)))
            {
                return "";
            }

            if (end - start >= 2 && CharClass.IsChineseOrdinal(s[start]) && s[start + 1] == '是')
            {
                start += 2;
                changed = true;
            }

            int yearEnd = Years.LengthAt(s, start, end);
            if (yearEnd > 0)
            {
                start += yearEnd;
                changed = true;
            }

            // Each table's words are tried once a round, in table order, while one can still match; a word always
            // leaves a character of the indicator behind, but a bound word may take the whole phrase. Only the words
            // that start (end) with the phrase's first (last) character as it now stands are tried: no other can match.
            WordTable leading = PhraseWords.Leading;
            for (int w = end > start ? leading.NextStartingWith(s[start], -1) : leading.Count; w < leading.Count;
                 w = end > start ? leading.NextStartingWith(s[start], w) : leading.Count)
            {
                if (end - start > leading[w].Length && TextAt.StartsWith(s, start, end, leading[w]) && PhraseWords.NotLeading.MatchAt(s, start, s.Length) < 0)
                {
                    start += leading[w].Length;
                    changed = true;
                }
            }

            WordTable<Bound> bounds = BoundWords.BeforeFigure;
            for (int w = end > start ? bounds.NextEndingWith(s[end - 1], -1) : bounds.Count; w < bounds.Count;
                 w = end > start ? bounds.NextEndingWith(s[end - 1], w) : bounds.Count)
            {
                if (TextAt.EndsWith(s, start, end, bounds[w]))
                {
                    end -= bounds[w].Length;
                    (prefixQualifiers ??= new List<string>(1)).Add(bounds[w]);
                    bound = bounds.ValueAt(w);
                    changed = true;
                }
            }

            WordTable<int> trailing = PhraseWords.Trailing;
            for (int w = end > start ? trailing.NextEndingWith(s[end - 1], -1) : trailing.Count; w < trailing.Count;
                 w = end > start ? trailing.NextEndingWith(s[end - 1], w) : trailing.Count)
            {
                // 人均达到4.6万元: 均 (each, as in 均增长) does not end 人均 (PhraseWords.NotTrailing).
                if (end - start > trailing[w].Length && TextAt.EndsWith(s, start, end, trailing[w])
                    && !(PhraseWords.NotTrailing.MatchEndingAt(s, end, start) is int name and >= 0 && PhraseWords.NotTrailing[name].Length > trailing[w].Length))
                {
                    end -= trailing[w].Length - trailing.ValueAt(w);
                    changed = true;
                }
            }

            if (end > start && PhraseWords.ShareOpeners.MatchAt(s, start, end) is int share and >= 0
                && !IsProtectedStart(s, start, end, PhraseWords.ShareOpeners[share].Length))
            {
                // 占本年收入33.53%: what follows 占 is the base of the share, not its name.
                return "";
            }

            // 比１９５５年决算数, 同１９５５年国家决算比较: what follows 比 or stands between 同 and 比较 is the base of a
            // comparison, never the indicator (its name is in the clause before, if anywhere).
            if (end > start && (RelativeFigures.ComparisonMarker(s.Substring(start, end - start)) == 0 || IsComparisonFrame(s, start, end)))
            {
                return "";
            }

            changed |= CutEdges(s, ref start, ref end, ref prefixQualifiers);
        }

        s = s.Substring(start, end - start);

        // 居民人均收入比2010年 (翻一番): the base of comparison is not part of the indicator; 比“五五”时期 or 比1980年
        // alone names no indicator at all.
        int than = RelativeFigures.ComparisonMarker(s);
        if (than == 0)
        {
            return "";
        }

        if (than > 0 && IsComparisonBase(s.Substring(than + 1)))
        {
            s = s.Substring(0, than);
        }

        s = s.Trim('、', ',', '，', '的');
        start = 0;
        end = s.Length;
        PhraseText.TrimQuotesAndMarks(s, ref start, ref end);
        CutEdges(s, ref start, ref end, ref prefixQualifiers);

        // What is left is a name only when no date, stray figure or debris is inside it, it is more than one character
        // and more than a leading word: 硫＠① (硫 alone), 高新区获得国家财政部2007年基本建设项目贷款…, 力争, 其他 name nothing
        // certain.
        s = s.Substring(start, end - start);
        return s.Length >= 2 && IsNameText(s, 0, s.Length) && !PhraseWords.Leading.Contains(s) && !PhraseWords.NoNames.Contains(s) ? s : "";
    }

    /// <summary>Back from <paramref name="pos"/> to the start of its clause, stepping over parenthesised asides.</summary>
    internal static int ClauseStart(string text, int pos, int floor)
    {
        int p = pos;
        int depth = 0;
        while (p > floor)
        {
            char c = text[p - 1];
            if (CharClass.IsCloseParen(c))
            {
                depth++;
            }
            else if (CharClass.IsOpenParen(c))
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (depth == 0 && c == '”' && QuoteOpening(text, p - 1, floor) is int open and >= 0)
            {
                // A quoted name belongs to its phrase (政务服务事项“最多跑一次”比例): step over it like an aside.
                p = open;
                continue;
            }
            else if (depth == 0 && CharClass.IsLineBreak(c) && BrokenSymbols.IsAroundSubscript(text, p - 1))
            {
                // 广义货币M\n2\n增长11.3%: the subscript's line is part of the name.
                p--;
                continue;
            }
            else if (depth == 0 && CharClass.IsClauseEnd(c))
            {
                break;
            }

            p--;
        }

        return p;
    }

    /// <summary>The “ that opens the quotation closed at <paramref name="close"/>, within the clause, or -1.</summary>
    private static int QuoteOpening(string text, int close, int floor)
    {
        for (int i = close - 1; i >= floor; i--)
        {
            char c = text[i];
            if (c == '“')
            {
                return i;
            }

            if (c == '”' || CharClass.IsSentenceEnd(c) || CharClass.IsLineBreak(c))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A part named by its modifier only takes the rest of its whole's name: 专利授权300件,其中发明专利35件 →
    /// 发明专利 is 发明专利授权.
    /// </summary>
    internal static Indicators.Entry? PartEntry(string part, string whole)
    {
        for (int head = Math.Min(part.Length, whole.Length - 1); head >= 2; head--)
        {
            if (string.CompareOrdinal(part, part.Length - head, whole, 0, head) == 0)
            {
                return Indicators.Find(part + whole.Substring(head));
            }
        }

        return null;
    }

    /// <summary>
    /// True when the phrase before a figure closes on a counting verb (新增, 新建, 完成 …: 新增58家研发机构), or on one and
    /// a trailing word (引进了32家研发机构).
    /// </summary>
    internal static bool EndsWithCountingVerb(string rawPhrase)
    {
        string s = PhraseText.Compact(rawPhrase, 0, rawPhrase.Length);
        if (GrowthWords.CountingVerbs.MatchEndingAt(s, s.Length, 0) >= 0)
        {
            return true;
        }

        int trailing = PhraseWords.Trailing.MatchEndingAt(s, s.Length, 0);
        return trailing >= 0 && PhraseWords.Trailing.ValueAt(trailing) == 0
            && GrowthWords.CountingVerbs.MatchEndingAt(s, s.Length - PhraseWords.Trailing[trailing].Length, 0) >= 0;
    }

    // What a figure counts when it follows the figure: Chinese words up to the clause's end, a coordination or a figure.
    internal static string CountedNounAfter(string text, int from, int to)
    {
        const int MaxNoun = 12;
        int p = from;
        while (p < to && p - from < MaxNoun && CharClass.IsCjk(text[p]) && text[p] != '的' && !Coordinators.BetweenCountedNouns.Contains(text[p]) && !ChineseNumerals.IsNumeral(text[p]))
        {
            p++;
        }

        // A noun cut by the length cap, by 的 (1亿人居住的城镇棚户区: the figure counts something else) or by a
        // coordination of nouns (大中型和重点小型水库) is not read; one followed by another figure is (…家庭和260万户…).
        bool stopsClean = p == to || (!CharClass.IsCjk(text[p]) && !CharClass.IsOpenParen(text[p]))
            || (Coordinators.BetweenCountedNouns.Contains(text[p]) && p + 1 < to && (CharClass.IsDigit(text[p + 1]) || ChineseNumerals.IsNumeral(text[p + 1])));
        return stopsClean ? text.Substring(from, p - from) : "";
    }
}
