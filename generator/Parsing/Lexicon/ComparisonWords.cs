namespace ReportCorpus.Parsing.Lexicon;

/// <summary>The words of a figure relative to something else: 高于全市1个百分点, 比上年提高0.4个百分点.</summary>
internal static class ComparisonWords
{
    /// <summary>高于全市: the figure is a difference from the base named after the word; the value is its sign.</summary>
    public static readonly WordTable<int> Against = new(
        ("高于", 1), ("低于", -1), ("快于", 1), ("慢于", -1), ("领先", 1), ("超出", 1), ("高出", 1));

    /// <summary>比上年提高, 同比回落: the word that closes the phrase gives the direction.</summary>
    public static readonly WordTable<int> Direction = new(
        ("提高", 1), ("提升", 1), ("增长", 1), ("增加", 1), ("上升", 1), ("高出", 1), ("高", 1), ("快", 1), ("多", 1),
        ("下降", -1), ("降低", -1), ("减少", -1), ("回落", -1), ("收窄", -1), ("低", -1), ("慢", -1), ("少", -1));

    /// <summary>同１９５５年国家决算比较: a base of comparison framed by these words (opener, then closer) names no indicator.</summary>
    public static readonly WordTable FrameOpeners = new("同", "与", "跟", "和");

    /// <summary>The words that close a framed base of comparison (see <see cref="FrameOpeners"/>).</summary>
    public static readonly WordTable FrameClosers = new("比较", "相比", "相较");
}
