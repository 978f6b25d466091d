using System.Collections.Generic;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>A stretch of the plan part that lists the plan year's main targets; <see cref="MultiYear"/> when it lists a plan period's.</summary>
internal readonly record struct HeadlineList(int Start, int End, bool MultiYear);

/// <summary>
/// Finds the plan year's headline list in the plan part: the text a marker (<see cref="KindWords.HeadlineMarkers"/>)
/// introduces. Three shapes, all from real reports:
/// inline to the end of the sentence and the paragraph's next sentences that open on a figure (今年经济社会发展的主要预期目标是：
/// 国内生产总值增长7.5%左右，…；国际收支状况进一步改善。);
/// the paragraph after a marker that closes its line (主要预期目标是：\n\n国内生产总值增长8％左右；…);
/// a run of list items (2008年的主要发展目标是: ——实现技工贸收入400亿元…; ——完成固定资产投资42亿元…, and under the heading
/// (二)工作目标), which ends at the first paragraph that is no item. A marker whose sentence speaks of several years
/// (今后五年…主要目标是) opens a multi-year list.
/// </summary>
internal static class HeadlineLists
{
    // A heading closes its line within this many characters of the line start: (二)工作目标.
    private const int MaxHeadingLead = 12;

    public static List<HeadlineList> Find(string text, int from, int to)
    {
        var lists = new List<HeadlineList>();
        for (int p = from; p < to;)
        {
            int at = KindWords.HeadlineMarkers.IndexIn(text, p, to);
            if (at < 0)
            {
                break;
            }

            int markerEnd = at + KindWords.HeadlineMarkers[KindWords.HeadlineMarkers.MatchAt(text, at, to)].Length;
            int next = Blanks.SkipForward(text, markerEnd, to);
            int endWord = KindWords.HeadlineMarkerEnds.MatchAt(text, next, to);
            bool closesHeading = endWord < 0 && (next >= to || CharClass.IsLineBreak(text[next])) && OpensLine(text, at, from);
            if (endWord < 0 && !closesHeading)
            {
                p = markerEnd;
                continue;
            }

            int bodyFrom = endWord >= 0 ? next + KindWords.HeadlineMarkerEnds[endWord].Length : next;
            bodyFrom = SkipColon(text, Blanks.SkipForward(text, bodyFrom, to), to);
            int body = Blanks.SkipForward(text, bodyFrom, to, AlsoSkip.LineBreaks);
            bool brokeLine = HasLineBreak(text, bodyFrom, body);
            int end = brokeLine || IsListMark(text, body, to) ? EndOfList(text, body, to) : EndOfSentence(text, body, to);
            bool multiYear = TimeWords.SeveralYearsIn(text, SentenceStart(text, at, from), markerEnd);
            lists.Add(new HeadlineList(at, end, multiYear));
            p = end > markerEnd ? end : markerEnd;
        }

        return lists;
    }

    // The items of a list: each runs to the next paragraph break, and the list goes on while the next paragraph opens
    // with a list mark. In a report copied onto one line, a paragraph break is a sentence end followed by a blank
    // (…优于相邻区域水平。 围绕上述目标); 30%。引进 runs on inside its item.
    private static int EndOfList(string text, int body, int to)
    {
        int p = body;
        while (p < to)
        {
            char c = text[p];
            bool lineBreak = CharClass.IsLineBreak(c);
            bool blankAfterEnd = CharClass.IsSentenceEnd(c) && p + 1 < to && CharClass.IsBlank(text[p + 1]);
            if (!lineBreak && !blankAfterEnd)
            {
                p++;
                continue;
            }

            int after = Blanks.SkipForward(text, p + 1, to, AlsoSkip.LineBreaks);
            if (after >= to || !IsListMark(text, after, to))
            {
                return lineBreak ? p : p + 1;
            }

            p = after;
        }

        return to;
    }

    // An inline list runs to the end of its sentence, and on through the paragraph's next sentences while each opens on
    // a figure clause: 主要预期目标是：全省生产总值增长9%左右。全部财政收入增长13.5%，…。单位生产总值能耗下降3.66%，…。城镇登记
    // 失业率控制在4.5%以内。 (corpus/local/hebei/河北省_2012_report.txt). It stops at a line break, at a paragraph break of a
    // one-line report (a blank after the sentence end), and at a sentence that speaks of the targets (上述指标的设定，…).
    private static int EndOfSentence(string text, int body, int to)
    {
        int p = body;
        while (p < to)
        {
            char c = text[p];
            if (CharClass.IsLineBreak(c))
            {
                return p + 1;
            }

            if (c != '。' && c != '！')
            {
                p++;
                continue;
            }

            int next = p + 1;
            if (!ContinuesList(text, next, to))
            {
                return next;
            }

            p = next;
        }

        return to;
    }

    // True when the sentence at text[from] goes on listing targets: its first clause holds a figure and no word about
    // the targets themselves.
    private static bool ContinuesList(string text, int from, int to)
    {
        if (from >= to || CharClass.IsBlank(text[from]) || CharClass.IsLineBreak(text[from]))
        {
            return false;
        }

        int end = from;
        bool figure = false;
        while (end < to && !CharClass.IsClauseEnd(text[end]) && !CharClass.IsLineBreak(text[end]))
        {
            figure |= CharClass.IsDigit(text[end]);
            end++;
        }

        return figure && KindWords.HeadlineListCommentary.IndexIn(text, from, end) < 0;
    }

    /// <summary>A list item's mark: ——, --, －, •, ·, (1), （一）, 1. or 1、.</summary>
    private static bool IsListMark(string text, int p, int to)
    {
        if (p >= to)
        {
            return false;
        }

        char c = text[p];
        if (c is '—' or '－' or '•' or '·' or '●' or '■' || (c == '-' && p + 1 < to && text[p + 1] == '-'))
        {
            return true;
        }

        if (CharClass.IsOpenParen(c))
        {
            int q = p + 1;
            while (q < to && (CharClass.IsDigit(text[q]) || CharClass.IsChineseOrdinal(text[q])))
            {
                q++;
            }

            return q > p + 1 && q < to && CharClass.IsCloseParen(text[q]);
        }

        int d = p;
        while (d < to && CharClass.IsDigit(text[d]))
        {
            d++;
        }

        return d > p && d - p <= 2 && d < to && (text[d] is '.' or '、' or '．');
    }

    private static int SkipColon(string text, int p, int to) => p < to && (text[p] is '：' or ':') ? p + 1 : p;

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (CharClass.IsLineBreak(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // True when the marker at text[at] stands within a heading's lead of its line start.
    private static bool OpensLine(string text, int at, int floor)
    {
        for (int p = at; p > floor && at - p <= MaxHeadingLead; p--)
        {
            if (CharClass.IsLineBreak(text[p - 1]))
            {
                return true;
            }
        }

        return at - floor <= MaxHeadingLead;
    }

    // How far back the marker's sentence is read for words of several years.
    private const int MaxSentenceLookBack = 200;

    private static int SentenceStart(string text, int at, int floor)
    {
        int p = at;
        while (p > floor && at - p < MaxSentenceLookBack && !CharClass.IsSentenceEnd(text[p - 1]) && !CharClass.IsLineBreak(text[p - 1]))
        {
            p--;
        }

        return p;
    }
}
