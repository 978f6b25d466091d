namespace ReportCorpus.Parsing.Text;

/// <summary>
/// Is this text a report the parser can read at all? The compiler decodes additional files as UTF-8: a file saved as
/// GB18030/GBK (common on Chinese government sites) arrives full of U+FFFD, a binary file full of U+FFFD and NULs.
/// Parsing either would fill the corpus with nonsense, so such files are named instead.
/// </summary>
internal static class TextCheck
{
    internal enum Verdict
    {
        Text,
        Empty,
        NotUtf8,
        Binary,
    }

    public static Verdict Classify(string text, out int undecodable)
    {
        undecodable = 0;

        // Nearly every report: no replacement character, no NUL (two vectorised searches), so only emptiness is left.
        if (text.IndexOf('\uFFFD') < 0 && text.IndexOf('\0') < 0)
        {
            return HasVisible(text) ? Verdict.Text : Verdict.Empty;
        }

        int visible = 0, nul = 0;
        foreach (char c in text)
        {
            if (c == '\uFFFD')
            {
                undecodable++;
            }
            else if (c == '\0')
            {
                nul++;
            }

            if (IsVisible(c))
            {
                visible++;
            }
        }

        if (visible == 0)
        {
            return Verdict.Empty;
        }

        // A stray replacement character or two is a damaged copy, not a wrong encoding: one in fifty is the line.
        if (nul > 0 && nul * 100 >= visible)
        {
            return Verdict.Binary;
        }

        return undecodable >= 4 && undecodable * 50 >= visible ? Verdict.NotUtf8 : Verdict.Text;
    }

    private static bool HasVisible(string text)
    {
        foreach (char c in text)
        {
            if (IsVisible(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVisible(char c) => !CharClass.IsBlank(c) && !CharClass.IsLineBreak(c) && c != '\uFEFF';
}
