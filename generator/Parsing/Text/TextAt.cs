namespace ReportCorpus.Parsing.Text;

/// <summary>Ordinal comparisons at a position, within bounds, without cutting a substring.</summary>
internal static class TextAt
{
    /// <summary>True when <paramref name="value"/> starts at text[pos] and ends by <paramref name="limit"/>.</summary>
    public static bool StartsWith(string text, int pos, int limit, string value) =>
        pos + value.Length <= limit && string.CompareOrdinal(text, pos, value, 0, value.Length) == 0;

    /// <summary>True when <paramref name="value"/> ends right before text[end] and starts at or after <paramref name="start"/>.</summary>
    public static bool EndsWith(string text, int start, int end, string value) =>
        end - start >= value.Length && string.CompareOrdinal(text, end - value.Length, value, 0, value.Length) == 0;
}
