using System;
using System.Collections.Generic;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>Splits a report into its review part and its plan part, and finds its headings, paragraphs and multi-year sections.</summary>
internal static class SectionFinder
{
    /// <summary>
    /// Where the plan part begins: a heading after the first (二、2009年的工作任务, 2019年工作思路 on its own line,
    /// 二、对今年政府工作的建议), else the first sentence that announces the targets; -1 if neither.
    /// </summary>
    public static int FindPlanStart(string text, int bodyStart, int? planYear)
    {
        bool firstReviews = false;
        for (int i = bodyStart; i < text.Length; i = NextWordStart(text, i))
        {
            if (!IsHeadingStart(text, i, out int headingTextStart, out bool ordinal))
            {
                continue;
            }

            int end = HeadingEnd(text, headingTextStart);
            string heading = PhraseText.AsciiDigits(text.Substring(headingTextStart, end - headingTextStart));
            if (ordinal && text[i] == '一' && text[i + 1] == '、')
            {
                firstReviews = heading.IndexOf("回顾", StringComparison.Ordinal) >= 0;
                continue;
            }

            if (!ordinal && heading.Length > 30)
            {
                continue;
            }

            // 一、1999年国内工作回顾 … 二、坚持实行扩大内需的方针: what follows a review is the year's programme.
            if (ordinal && firstReviews)
            {
                return i;
            }

            bool mentionsPlanYear = NamesPlanYearOrLater(heading, planYear) || heading.IndexOf("今年", StringComparison.Ordinal) >= 0;
            if (mentionsPlanYear && SectionWords.PlanHeadings.OccursIn(heading, 0, heading.Length))
            {
                return i;
            }

            if (ordinal && (mentionsPlanYear || SectionWords.PlanHeadings.OccursIn(heading, 0, heading.Length)) && !heading.Contains("回顾"))
            {
                return i;
            }
        }

        int at = SectionWords.PlanSentences.IndexIn(text, bodyStart, text.Length);
        return at < 0 ? -1 : SentenceStart(text, at, bodyStart);
    }

    // 二、2009年的工作任务, and 二、1981年国民经济计划的任务和主要指标 in a report delivered in 1980 that plans the year after.
    private static bool NamesPlanYearOrLater(string heading, int? planYear)
    {
        for (int at = Years.Next(heading, 0, heading.Length, out int year, out int end); at >= 0 && planYear is int plan;
            at = Years.Next(heading, end, heading.Length, out year, out end))
        {
            if (year >= plan)
            {
                return true;
            }
        }

        return false;
    }

    // A heading begins only after one of these (or at the start of the text): scans jump from one to the next.
    private static readonly CharSet s_wordBoundaries = new(c => CharClass.IsLineBreak(c) || CharClass.IsBlank(c) || c == '|');

    /// <summary>The first position after <paramref name="i"/> that follows a line break, a blank or a |.</summary>
    private static int NextWordStart(string text, int i) => s_wordBoundaries.IndexIn(text, i, text.Length) + 1;

    /// <summary>
    /// A heading: a Chinese ordinal and 、 at the start of a line or after a space (whole reports on one line),
    /// or a short line of its own naming a year (2019年工作思路).
    /// </summary>
    private static bool IsHeadingStart(string text, int i, out int headingTextStart, out bool ordinal)
    {
        headingTextStart = i;
        ordinal = false;
        bool atLineStart = i == 0 || s_wordBoundaries.Contains(text[i - 1]);
        if (!atLineStart)
        {
            return false;
        }

        int p = i;
        while (p < text.Length && CharClass.IsChineseOrdinal(text[p]) && p - i < 3)
        {
            p++;
        }

        if (p > i && p < text.Length && text[p] == '、')
        {
            ordinal = true;
            headingTextStart = Blanks.SkipForward(text, p + 1, text.Length);
            return true;
        }

        // A line of its own: starts right after a line break and ends at the next one without punctuation.
        if (i > 0 && !CharClass.IsLineBreak(text[i - 1]))
        {
            return false;
        }

        if (i < text.Length && CharClass.IsDigit(text[i]))
        {
            int end = HeadingEnd(text, i);
            return end < text.Length && CharClass.IsLineBreak(text[end]) && Years.Next(text, i, end, out _, out _) >= 0;
        }

        return false;
    }

    // 二、关于1 9 9 8 年政府工作的建议 (China1998): a blank inside a spaced-out number does not end the heading.
    private static bool BetweenDigits(string text, int p) =>
        p > 0 && p + 1 < text.Length && CharClass.IsDigit(text[p - 1]) && CharClass.IsDigit(text[p + 1]);

    // A heading ends at a line break, except inside quotation marks: crawled pages break lines around a quotation
    // (二、“\n十四五\n”时期发展的总体思路和重点任务, corpus/local/hebei/河北省_2021_report.txt).
    private static int HeadingEnd(string text, int start)
    {
        int p = start;
        bool quoted = false;
        while (p < text.Length && p - start < 60)
        {
            char c = text[p];
            quoted = c == '“' || (quoted && c != '”');
            bool ends = CharClass.IsLineBreak(c)
                ? !quoted
                : CharClass.IsSentenceEnd(c) || c == '，' || c == ',' || (CharClass.IsBlank(c) && p > start && !BetweenDigits(text, p));
            if (ends)
            {
                break;
            }

            p++;
        }

        return p;
    }

    /// <summary>Sections whose heading names a period of several years: 二、“十三五”时期主要目标任务, 过去五年工作回顾 is not one.</summary>
    /// <summary>
    /// The review sections of a report on a whole term (一、过去五年工作回顾, China2003, 2008, 2013, 2018): to the next
    /// ordinal heading. Their sentences speak of five years unless they name the reviewed year (2012年，…国内生产总值增长7.8%;
    /// 刚刚过去的2017年, 去年): the part reader decides sentence by sentence. Not 过去一年和五年工作回顾
    /// (China2023), which reviews both.
    /// </summary>
    public static List<(int Start, int End)> FindReviewsOfSeveralYears(string text, int bodyStart, int to)
    {
        var headings = new List<(int Start, bool SeveralYears)>();
        for (int i = bodyStart; i < to; i = NextWordStart(text, i))
        {
            if (IsHeadingStart(text, i, out int headingTextStart, out bool ordinal) && ordinal)
            {
                int headingEnd = HeadingEnd(text, headingTextStart);
                headings.Add((i, SectionWords.ReviewsOfSeveralYears.OccursIn(text, headingTextStart, headingEnd)
                    && !TimeWords.PastOpeners.OccursIn(text, headingTextStart, headingEnd)));
            }
        }

        var reviews = new List<(int, int)>();
        for (int k = 0; k < headings.Count; k++)
        {
            if (headings[k].SeveralYears)
            {
                AddWithoutTheYearsParagraphs(reviews, text, headings[k].Start, k + 1 < headings.Count ? headings[k + 1].Start : to);
            }
        }

        return reviews;
    }

    /// <summary>
    /// A term's review may give the reviewed year paragraphs of its own (corpus/local/hebei/河北省_2023_report.txt:
    /// 一、过去五年工作回顾 … 各位代表，刚刚过去的2022年，是本届政府的收官之年 … 一年来，我们主要做了以下工作：… 粮食总产773亿斤
    /// … 各位代表！过去五年，…): from a paragraph that opens on the year to one that opens on the years again, the
    /// results are the year's, so those paragraphs are left out of the term's review.
    /// </summary>
    private static void AddWithoutTheYearsParagraphs(List<(int, int)> reviews, string text, int start, int end)
    {
        int pieceStart = start;
        bool inYear = false;
        for (int i = start + 1; i < end; i++)
        {
            if (!CharClass.IsLineBreak(text[i - 1]) || CharClass.IsLineBreak(text[i]))
            {
                continue;
            }

            int p = AfterSalutation(text, Blanks.SkipForward(text, i, end), end);
            if (!inYear && TimeWords.ReviewedYearOpeners.MatchAt(text, p, end) >= 0)
            {
                reviews.Add((pieceStart, i));
                inYear = true;
            }
            else if (inYear && TimeWords.SeveralYearOpeners.MatchAt(text, p, end) >= 0)
            {
                pieceStart = i;
                inYear = false;
            }
        }

        if (!inYear)
        {
            reviews.Add((pieceStart, end));
        }
    }

    // 各位代表，刚刚过去的2022年 / 各位代表！过去五年: what follows the salutation.
    private static int AfterSalutation(string text, int p, int end)
    {
        if (!TextAt.StartsWith(text, p, end, TitleWords.Salutation))
        {
            return p;
        }

        int after = p + TitleWords.Salutation.Length;
        return after < end && (CharClass.IsClauseEnd(text[after]) || text[after] is '！' or '!') ? after + 1 : after;
    }

    public static List<(int Start, int End)> FindMultiYearSections(string text, int bodyStart)
    {
        var headings = new List<(int Start, string Text)>();
        var sections = new List<(int, int)>();
        for (int i = bodyStart; i < text.Length; i = NextWordStart(text, i))
        {
            if (IsHeadingStart(text, i, out int headingTextStart, out bool ordinal) && ordinal)
            {
                headings.Add((i, PhraseText.Compact(text, headingTextStart, HeadingEnd(text, headingTextStart))));
            }

            // 这五年，…城镇新增就业5771万人: a paragraph that opens on five years speaks of five years throughout.
            if ((i == bodyStart || CharClass.IsLineBreak(text[i - 1])) && OpensOnSeveralYears(text, i))
            {
                sections.Add((i, ParagraphEnd(text, i, text.Length)));
            }
        }

        for (int k = 0; k < headings.Count; k++)
        {
            string h = headings[k].Text;
            // 二、“十三五”时期主要目标任务; 二、今后五年任务目标 (corpus/local/shunping, 2021); never 一、过去五年工作回顾.
            bool periodPlan = (h.Contains("五”") || h.Contains("五\"") || h.Contains("时期") || SectionWords.PeriodsAhead.IndexIn(h, 0, h.Length) >= 0)
                && !h.Contains("回顾") && !NamesOneYear(h);
            if (periodPlan)
            {
                sections.Add((headings[k].Start, k + 1 < headings.Count ? headings[k + 1].Start : text.Length));
            }
        }

        return sections;
    }

    // 二、2025年主要任务——决胜“十四五”、跑出加速度 (corpus/local/laiyuan, 2025) plans its year, whatever period it names;
    // （2021—2025年） names a span's end, not one year.
    private static bool NamesOneYear(string heading)
    {
        int at = Years.Next(heading, 0, heading.Length, out _, out _);
        return at >= 0 && (at == 0 || heading[at - 1] is not ('—' or '－' or '-' or '~' or '～' or '至' or '到'));
    }

    // ——这五年，是涞水综合实力迈上新台阶的五年 (../shared/local/laishui/2021年涞水县政府工作报告.txt): a dash may lead in.
    internal static bool OpensOnSeveralYears(string text, int lineStart)
    {
        int p = Blanks.SkipForward(text, lineStart, text.Length, AlsoSkip.Dashes);
        return TimeWords.SeveralYearOpeners.MatchAt(text, p, text.Length) >= 0;
    }

    /// <summary>A paragraph goes on over a line break that does not follow a sentence end (城镇新增\n\u200b\n就业).</summary>
    internal static int ParagraphEnd(string text, int from, int to)
    {
        int p = from;
        while (p < to)
        {
            // Only a line break, or what follows a boundary, can end the paragraph: jump to the next of either.
            if (p > from && !s_wordBoundaries.Contains(text[p - 1]) && !CharClass.IsLineBreak(text[p]))
            {
                int boundary = s_wordBoundaries.IndexIn(text, p, to);
                p = boundary < to && !CharClass.IsLineBreak(text[boundary]) ? boundary + 1 : boundary;
                continue;
            }

            if (IsHeadingStart(text, p, out _, out bool ordinal) && ordinal && p > from)
            {
                return p;
            }

            if (CharClass.IsLineBreak(text[p]))
            {
                int before = Blanks.SkipBack(text, p, from + 1) - 1;

                if (CharClass.IsSentenceEnd(text[before]) || text[before] == '”' || text[before] == '：' || text[before] == ':')
                {
                    return p;
                }
            }

            p++;
        }

        return to;
    }

    private static int SentenceStart(string text, int at, int floor)
    {
        int p = at;
        while (p > floor && !CharClass.IsSentenceEnd(text[p - 1]) && !CharClass.IsLineBreak(text[p - 1]))
        {
            p--;
        }

        return p;
    }

}
