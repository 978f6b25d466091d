namespace ReportCorpus.Parsing.Lexicon;

/// <summary>
/// Traditional characters older reports write in numbers and units (corpus/national/1954年政府工作报告.txt: 三百零三萬噸,
/// 一億六千萬畝), each with the simplified form the parser reads and a unit is exported as (303万吨).
/// </summary>
internal static class TraditionalForms
{
    public static readonly WordTable<string> Characters = new(
        ("萬", "万"),
        ("億", "亿"),
        ("噸", "吨"),
        ("畝", "亩"),
        ("個", "个"),
        ("點", "点"));

    /// <summary>The character at <paramref name="pos"/>, simplified (點 → 点).</summary>
    public static char SimplifiedAt(string text, int pos)
    {
        int match = Characters.MatchAt(text, pos, pos + 1);
        return match < 0 ? text[pos] : Characters.ValueAt(match)[0];
    }

    /// <summary>The simplified form of <paramref name="written"/> (萬噸 → 万吨); the text itself when it holds none of them.</summary>
    public static string Simplify(string written)
    {
        char[]? chars = null;
        for (int i = 0; i < written.Length; i++)
        {
            int match = Characters.MatchAt(written, i, i + 1);
            if (match >= 0)
            {
                chars ??= written.ToCharArray();
                chars[i] = Characters.ValueAt(match)[0];
            }
        }

        return chars is null ? written : new string(chars);
    }
}
