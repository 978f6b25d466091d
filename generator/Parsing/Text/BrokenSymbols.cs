namespace ReportCorpus.Parsing.Text;

/// <summary>
/// 广义货币M\n2\n增长11.3%, 低于13%左右的预期目标 (../shared/national/2017年政府工作报告.txt, and 2014-2019): the web copy of M₂
/// puts its subscript on a line of its own. Read as it stands, the sentence ended at M, the 2 was a figure, and the growth
/// had no name. A line of one or two digits between a line that ends in a Latin letter and the text that goes on is that
/// symbol's subscript: the sentence runs over both breaks (Sentences), the digits start no figure (QuantityScanner), and
/// the name runs over them (IndicatorPhrase.ClauseStart).
/// </summary>
internal static class BrokenSymbols
{
    // A subscript line is at most two digits and a \r: no scan here looks further than this from where it starts.
    private const int MaxLine = 3;

    /// <summary>True when the line break at <paramref name="breakAt"/> ends a line that ends in a Latin letter, and a subscript line follows.</summary>
    public static bool SubscriptLineAfter(string text, int breakAt, int to) => LineEndFrom(text, breakAt + 1, to) is int end and >= 0 && IsSubscriptLine(text, breakAt + 1, end);

    /// <summary>True when the line break at <paramref name="breakAt"/> opens or closes a subscript line (the name runs over it).</summary>
    public static bool IsAroundSubscript(string text, int breakAt)
    {
        if (SubscriptLineAfter(text, breakAt, text.Length))
        {
            return true;
        }

        // Back to the start of the line the break closes, if it is short enough to be a subscript's.
        int lineStart = breakAt;
        while (lineStart > 0 && breakAt - lineStart <= MaxLine && !CharClass.IsLineBreak(text[lineStart - 1]))
        {
            lineStart--;
        }

        return breakAt - lineStart <= MaxLine && IsSubscriptLine(text, lineStart, breakAt);
    }

    /// <summary>True when the digit at <paramref name="pos"/> opens a subscript line.</summary>
    public static bool StartsSubscriptLine(string text, int pos) => LineEndFrom(text, pos, text.Length) is int end and >= 0 && IsSubscriptLine(text, pos, end);

    // The line break that ends the line starting at lineStart, if it comes within MaxLine characters; else -1.
    private static int LineEndFrom(string text, int lineStart, int to)
    {
        for (int i = lineStart; i < to && i <= lineStart + MaxLine; i++)
        {
            if (CharClass.IsLineBreak(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when text[lineStart..lineEnd) is one or two digits (a \r after them aside), after a line that ends in a Latin letter.</summary>
    public static bool IsSubscriptLine(string text, int lineStart, int lineEnd)
    {
        int end = lineEnd;
        while (end > lineStart && text[end - 1] == '\r')
        {
            end--;
        }

        if (end - lineStart is < 1 or > 2 || lineStart < 2 || !CharClass.IsLineBreak(text[lineStart - 1]))
        {
            return false;
        }

        for (int i = lineStart; i < end; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        int before = lineStart - 2;
        while (before >= 0 && text[before] == '\r')
        {
            before--;
        }

        return before >= 0 && text[before] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
    }
}
