using ReportCorpus.Model;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>Words that bound a figure (see <see cref="Bound"/>, whose documentation lists every one of them).</summary>
internal static class BoundWords
{
    /// <summary>
    /// Before a figure, ending its phrase: 控制在3%以内, 超过100亿元, 近4000万元, 城镇登记失业率低于4.6% (a ceiling, not a
    /// comparison: nothing stands between 低于 and the figure).
    /// </summary>
    public static readonly WordTable<Bound> BeforeFigure = new(
        ("控制在", Bound.AtMost), ("超过", Bound.MoreThan), ("突破", Bound.MoreThan), ("超", Bound.MoreThan), ("近", Bound.JustUnder), ("约", Bound.About),
        ("低于", Bound.AtMost), ("不高于", Bound.AtMost), ("不超过", Bound.AtMost), ("不低于", Bound.AtLeast),
        // A fall to a level sets a ceiling, whatever the indicator: 贫困发生率降到0.5% (corpus/local/yixian, 2018) is met by
        // 0.47%. Longer words first: 下降到 must not leave 下 in the name.
        ("下降到", Bound.AtMost), ("下降至", Bound.AtMost), ("降低到", Bound.AtMost), ("降低至", Bound.AtMost),
        ("减少到", Bound.AtMost), ("减少至", Bound.AtMost), ("压减到", Bound.AtMost), ("压减至", Bound.AtMost), ("压缩到", Bound.AtMost),
        ("压缩至", Bound.AtMost), ("降到", Bound.AtMost), ("降至", Bound.AtMost), ("减至", Bound.AtMost));

    /// <summary>After a figure: 60%以上, 4%左右, 3000多名.</summary>
    public static readonly WordTable<Bound> AfterFigure = new(
        ("以上", Bound.AtLeast), ("以下", Bound.AtMost), ("以内", Bound.AtMost), ("左右", Bound.About), ("上下", Bound.About), ("多", Bound.JustOver));

    /// <summary>Between a number and its unit, or a multiplier and its unit: 3000多名, 16亿余元.</summary>
    public static readonly WordTable<Bound> InsideFigure = new(("多", Bound.JustOver), ("余", Bound.JustOver));
}
