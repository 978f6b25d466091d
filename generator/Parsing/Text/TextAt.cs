namespace ReportCorpus.Parsing.Text;

/// <summary>
/// Ordinal comparisons at a position, within bounds, without cutting a substring. A loop over the characters, not
/// string.CompareOrdinal: the words compared are a few characters long, and that call's checks and its ordering
/// compare cost more than the comparison itself (about a quarter of WordTable.MatchAt's time in the tool's profile).
/// </summary>
internal static class TextAt
{
    /// <summary>True when <paramref name="value"/> starts at text[pos] and ends by <paramref name="limit"/>.</summary>
    public static bool StartsWith(string text, int pos, int limit, string value) =>
        pos + value.Length <= limit && Holds(text, pos, value);

    /// <summary>True when <paramref name="value"/> ends right before text[end] and starts at or after <paramref name="start"/>.</summary>
    public static bool EndsWith(string text, int start, int end, string value) =>
        end - start >= value.Length && Holds(text, end - value.Length, value);

    // text[at..] begins with value; false where value would run outside the text.
    private static bool Holds(string text, int at, string value)
    {
        if (at < 0 || at + value.Length > text.Length)
        {
            return false;
        }

        for (int k = 0; k < value.Length; k++)
        {
            if (text[at + k] != value[k])
            {
                return false;
            }
        }

        return true;
    }
}
