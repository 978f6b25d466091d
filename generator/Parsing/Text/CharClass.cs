using System.Runtime.CompilerServices;

namespace ReportCorpus.Parsing.Text;

/// <summary>Character tests shared by every scanner; full-width forms count as their ASCII twins.</summary>
internal static class CharClass
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjk(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇';

    /// <summary>White space, including the invisible characters web copies are full of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0'
        || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';

    /// <summary>The characters <see cref="IsLineBreak"/> accepts, for vectorised searches (IndexOfAny).</summary>
    public static readonly char[] LineBreaks = { '\n', '\r', '\u2028', '\u2029', '\u0085' };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';

    /// <summary>Ends a sentence: the unit a fact quotes as its source.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceEnd(char c) => c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?';

    /// <summary>Ends a clause: a number's indicator never reaches back across one of these.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsClauseEnd(char c) => IsSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':'
        || c == '|' || c == '“' || c == '”' || c == '"' || c == '《' || c == '》' || c == '—' || IsLineBreak(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsOpenParen(char c) => c == '(' || c == '（' || c == '[' || c == '【';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCloseParen(char c) => c == ')' || c == '）' || c == ']' || c == '】';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsChineseOrdinal(char c) => s_chineseOrdinals.Contains(c);

    /// <summary>A digit or a place of a number in Chinese numerals: 五百八十六亿, 两千, 〇.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsChineseNumeral(char c) => s_chineseNumerals.Contains(c);

    // Bitmaps, not string.IndexOf: the plan-sentence test asks for every character of a report's review
    // (docs/performance.md, the tool's profile).
    private static readonly CharSet s_chineseOrdinals = new("一二三四五六七八九十");

    private static readonly CharSet s_chineseNumerals = new("〇零一二两三四五六七八九十百千万亿");
}
