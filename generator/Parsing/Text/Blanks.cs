using System;

namespace ReportCorpus.Parsing.Text;

/// <summary>
/// What a blank skip steps over besides blanks (<see cref="CharClass.IsBlank"/>, which includes the zero-width
/// characters of web copies). The scanners differ on purpose: a figure's span may start after ——, a sentence opener
/// after - as well, while a number and its unit are only ever split by blanks.
/// </summary>
[Flags]
internal enum AlsoSkip
{
    Nothing = 0,

    /// <summary>\n, \r and the other line breaks.</summary>
    LineBreaks = 1,

    /// <summary>\r alone: the tail of a CRLF line, not the break itself.</summary>
    CarriageReturns = 2,

    /// <summary>| of a table copied as text.</summary>
    TableBars = 4,

    /// <summary>— that opens a list item (——实际利用内外资30亿元).</summary>
    Dashes = 8,

    /// <summary>- and －, typed for a dash.</summary>
    Hyphens = 16,

    /// <summary>。；;，, that close a list item (存在问题：一是…；二是…。).</summary>
    ItemEnds = 32,
}

/// <summary>The one blank-skipping helper: forward, backward and both ends, with <see cref="AlsoSkip"/> saying what else counts.</summary>
internal static class Blanks
{
    public static bool Is(char c, AlsoSkip also) => CharClass.IsBlank(c) || (also != AlsoSkip.Nothing && IsAlso(c, also));

    private static bool IsAlso(char c, AlsoSkip also) =>
        ((also & AlsoSkip.LineBreaks) != 0 && CharClass.IsLineBreak(c))
        || ((also & AlsoSkip.CarriageReturns) != 0 && c == '\r')
        || ((also & AlsoSkip.TableBars) != 0 && c == '|')
        || ((also & AlsoSkip.Dashes) != 0 && c == '—')
        || ((also & AlsoSkip.Hyphens) != 0 && (c == '-' || c == '－'))
        || ((also & AlsoSkip.ItemEnds) != 0 && "。；;，,".IndexOf(c) >= 0);

    /// <summary>The first position in text[from..to) that is not blank, or <paramref name="to"/>.</summary>
    public static int SkipForward(string text, int from, int to, AlsoSkip also = AlsoSkip.Nothing)
    {
        int p = from;
        while (p < to && Is(text[p], also))
        {
            p++;
        }

        return p;
    }

    /// <summary>
    /// Forward over blanks and at most <paramref name="maxLineBreaks"/> line-break characters (\r\n counts two): a number
    /// and its unit may be split by a stray break (74.4\n\u200b\n万亿元), not by paragraphs.
    /// </summary>
    public static int SkipForwardOverBreaks(string text, int from, int to, int maxLineBreaks)
    {
        int p = from, breaks = 0;
        while (p < to && (CharClass.IsBlank(text[p]) || (CharClass.IsLineBreak(text[p]) && ++breaks <= maxLineBreaks)))
        {
            p++;
        }

        return p;
    }

    /// <summary>Back from <paramref name="to"/> over blanks, not below <paramref name="floor"/>: text[result..to) is blank.</summary>
    public static int SkipBack(string text, int to, int floor, AlsoSkip also = AlsoSkip.Nothing)
    {
        int p = to;
        while (p > floor && Is(text[p - 1], also))
        {
            p--;
        }

        return p;
    }

    /// <summary>text[start..end) without blanks at either end.</summary>
    public static (int Start, int End) Trim(string text, int start, int end, AlsoSkip also)
    {
        start = SkipForward(text, start, end, also);
        return (start, SkipBack(text, end, start, also));
    }

    /// <summary>True when text[start..end) is blank throughout (or empty).</summary>
    public static bool IsAll(string text, int start, int end, AlsoSkip also) => SkipForward(text, start, end, also) >= end;
}
