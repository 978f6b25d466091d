using System;
using System.Collections.Generic;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>The problems paragraph of the review part (存在问题, 困难和问题 …) and its items.</summary>
internal static class Problems
{
    /// <summary>The items of the problems paragraph (一是…二是…, or items separated by ；).</summary>
    public static List<(int Start, int End)> Find(string text, int from, int to)
    {
        var items = new List<(int, int)>();
        int marker = SectionWords.ProblemMarkers.IndexIn(text, from, to);
        if (marker < 0)
        {
            return items;
        }

        int paragraphEnd = SectionFinder.ParagraphEnd(text, marker, to);
        int listStart = marker;
        for (int p = marker; p < paragraphEnd; p++)
        {
            if (text[p] == '：' || text[p] == ':')
            {
                listStart = p + 1;
                break;
            }

            if (text[p] == '。')
            {
                listStart = p + 1;
                break;
            }
        }

        // 一是 … 二是 … : the ordinals must come in order, so 还是 and 总是 never split an item.
        var starts = new List<int>();
        int search = listStart;
        for (int n = 0; n < 10; n++)
        {
            string word = "一二三四五六七八九十"[n] + "是";
            int at = text.IndexOf(word, search, paragraphEnd - search, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            starts.Add(at);
            search = at + 2;
        }

        if (starts.Count >= 2)
        {
            for (int k = 0; k < starts.Count; k++)
            {
                int end = k + 1 < starts.Count ? starts[k + 1] : ClosingSentence(text, starts[k], paragraphEnd);
                AddItem(text, items, starts[k], end);
            }

            return items;
        }

        int itemStart = listStart;
        int listEnd = ClosingSentence(text, listStart, paragraphEnd);
        for (int p = listStart; p <= listEnd; p++)
        {
            if (p == listEnd || text[p] == '；' || text[p] == ';')
            {
                AddItem(text, items, itemStart, p);
                itemStart = p + 1;
            }
        }

        return items;
    }

    private static void AddItem(string text, List<(int, int)> items, int start, int end)
    {
        start = Blanks.SkipForward(text, start, end, AlsoSkip.LineBreaks);

        end = Blanks.SkipBack(text, end, start, AlsoSkip.LineBreaks | AlsoSkip.ItemEnds);

        // ……机关效能需要进一步提高,等等
        if (end - start > 2 && text.Substring(end - 2, 2) == "等等")
        {
            end -= 2;
            while (end > start && (text[end - 1] == ',' || text[end - 1] == '，'))
            {
                end--;
            }
        }

        if (end - start >= 4)
        {
            items.Add((start, end));
        }
    }

    /// <summary>The end of the last item: before a closing sentence such as 这些,都要求我们……, else the paragraph end.</summary>
    private static int ClosingSentence(string text, int from, int paragraphEnd)
    {
        for (int p = from; p < paragraphEnd; p++)
        {
            if (text[p] != '。')
            {
                continue;
            }

            int next = Blanks.SkipForward(text, p + 1, text.Length);
            if (SectionWords.ProblemsClosers.MatchAt(text, next, paragraphEnd) >= 0)
            {
                return p + 1;
            }
        }

        return paragraphEnd;
    }
}
