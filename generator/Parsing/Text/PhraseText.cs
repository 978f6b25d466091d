using System.Text;

namespace ReportCorpus.Parsing.Text;

/// <summary>Clean-up of a phrase cut from a report: blanks, asides, quotes and list marks, full-width digits.</summary>
internal static class PhraseText
{
    private static readonly CharSet s_blanksAndBreaks = new(c => CharClass.IsBlank(c) || CharClass.IsLineBreak(c));
    private static readonly CharSet s_parentheses = new(c => CharClass.IsOpenParen(c) || CharClass.IsCloseParen(c));

    /// <summary>text[from..to) without white space, zero-width characters and line breaks.</summary>
    internal static string Compact(string text, int from, int to)
    {
        int first = s_blanksAndBreaks.IndexIn(text, from, to);
        if (first == to)
        {
            return text.Substring(from, to - from);
        }

        var sb = new StringBuilder(to - from);
        sb.Append(text, from, first - from);
        for (int i = first; i < to; i++)
        {
            if (!s_blanksAndBreaks.Contains(text[i]))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>Drops (…) and （…） asides, nested or not.</summary>
    internal static string RemoveParenthesised(string s)
    {
        if (s_parentheses.IndexIn(s, 0, s.Length) == s.Length)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        int depth = 0;
        foreach (char c in s)
        {
            if (CharClass.IsOpenParen(c))
            {
                depth++;
            }
            else if (CharClass.IsCloseParen(c) && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Trims quotes and list marks from both ends of s[start..end), but keeps a quote that pairs with one inside (“跑零次”比例).</summary>
    internal static void TrimQuotesAndMarks(string s, ref int start, ref int end)
    {
        const string marks = "“”\"‘’《》—-、.．|•";
        while (start < end && marks.IndexOf(s[start]) >= 0 && !(s[start] == '“' && s.IndexOf('”', start + 1, end - start - 1) > 0)
            && !(s[start] == '《' && s.IndexOf('》', start + 1, end - start - 1) > 0))
        {
            start++;
        }

        while (end > start && marks.IndexOf(s[end - 1]) >= 0 && !(s[end - 1] == '”' && s.LastIndexOf('“', end - 2, end - 1 - start) >= 0)
            && !(s[end - 1] == '》' && s.LastIndexOf('《', end - 2, end - 1 - start) >= 0))
        {
            end--;
        }
    }

    /// <summary>s with full-width digits (２０１９) as ASCII ones.</summary>
    internal static string AsciiDigits(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (CharClass.IsDigit(chars[i]))
            {
                chars[i] = (char)('0' + CharClass.DigitValue(chars[i]));
            }
        }

        return new string(chars);
    }
}
