using System;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>Where a sentence ends: the unit a fact quotes as its source.</summary>
internal static class Sentences
{
    // What ends a sentence, or may: the sentence scanner looks at nothing else.
    private static readonly CharSet s_sentenceStops = new(c => CharClass.IsSentenceEnd(c) || CharClass.IsLineBreak(c));

    /// <summary>After 。；！？ or a hard line break; a line break inside a running sentence (城镇新增\n\u200b\n就业) is soft.</summary>
    public static int End(string text, int start, int to)
    {
        // A very long run without punctuation (a table, a hostile file) still ends somewhere.
        const int MaxSentence = 4001;
        int cap = start + MaxSentence;
        int lineStart = start;
        bool lastBreakSoft = false;
        int p = start;
        while (true)
        {
            p = s_sentenceStops.IndexIn(text, p, Math.Min(to, cap));
            if (p >= to || p >= cap)
            {
                return to <= cap ? to : cap + 1;
            }

            if (CharClass.IsSentenceEnd(text[p]))
            {
                return p + 1;
            }

            // The blank line inside a soft break (74.4\n\u200b\n万亿元) belongs to that break, as the subscript line does
            // inside a symbol broken around it (广义货币M\n2\n增长11.3%).
            bool soft = (lastBreakSoft && Blanks.IsAll(text, lineStart, p, AlsoSkip.CarriageReturns)) || IsSoftBreak(text, lineStart, p, to)
                || BrokenSymbols.SubscriptLineAfter(text, p, to) || (lastBreakSoft && BrokenSymbols.IsSubscriptLine(text, lineStart, p));
            if (!soft)
            {
                return p + 1;
            }

            lastBreakSoft = true;
            lineStart = p + 1;
            p++;
        }
    }

    private static bool IsSoftBreak(string text, int lineStart, int breakAt, int to)
    {
        int before = Blanks.SkipBack(text, breakAt, lineStart, AlsoSkip.CarriageReturns) - 1;
        if (before < lineStart || !(CharClass.IsCjk(text[before]) || CharClass.IsDigit(text[before])))
        {
            return false;
        }

        int after = breakAt + 1, breaks = 0;
        bool zeroWidthLine = false;
        while (after < to && (CharClass.IsBlank(text[after]) || CharClass.IsLineBreak(text[after])))
        {
            breaks += text[after] == '\n' ? 1 : 0;
            zeroWidthLine |= text[after] == '\u200B';
            after++;
        }

        // A line of nothing but U+200B is the mark of a word broken by the web copy (城镇新增\n\u200b\n就业);
        // otherwise only a long line running on is a sentence running on, so short headings stay apart.
        return breaks <= 2 && after < to && (CharClass.IsCjk(text[after]) || CharClass.IsDigit(text[after]))
            && (zeroWidthLine || breakAt - lineStart >= 30);
    }
}
