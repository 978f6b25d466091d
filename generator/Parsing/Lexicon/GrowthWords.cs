using ReportCorpus.Model;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>The words of growth: verbs before a percentage, phrases that are their own figure, words that may stand between.</summary>
internal static class GrowthWords
{
    /// <summary>A growth verb right before its figure, with the growth's sign: 增长40%, 同比下降4.6%, 实现增速6.3% (fuping 2021).</summary>
    public static readonly WordTable<int> Verbs = new(
        ("同比增长", 1), ("实现增速", 1), ("增长", 1), ("增加", 1), ("提高", 1), ("提升", 1), ("上升", 1), ("上涨", 1), ("增", 1),
        ("同比下降", -1), ("削减", -1), ("下降", -1), ("降低", -1), ("减少", -1), ("下滑", -1), ("回落", -1), ("减", -1), ("降", -1));

    /// <summary>
    /// The size of a change named by a noun, a growth only right before its figure (a bound word between): 地区生产总值
    /// 完成81.16亿元，增速7.9% (../shared/local/laiyuan, 2021), 单位国内生产总值能耗降幅超过3% (China2025 on 2024), 贷款增幅
    /// 超过40% (China2022). Apart from its figure it is a noun of the name, never cut from it: 主要经济指标增速均保持在50%左右
    /// (Ningbo2007), 生产总值年均增速…翻一番 (../shared/local/boye, 2021).
    /// </summary>
    public static readonly WordTable<int> RateNouns = new(("增速", 1), ("增幅", 1), ("降幅", -1));

    /// <summary>Growth written in words: the phrase is its own verb and figure (翻一番 is +100%).</summary>
    public static readonly WordTable<(decimal Percent, Bound Bound)> Phrases = new(
        ("翻了两番", (300m, Bound.Exact)), ("翻两番", (300m, Bound.Exact)), ("翻了一番", (100m, Bound.Exact)), ("翻一番", (100m, Bound.Exact)),
        ("两位数增长", (10m, Bound.AtLeast)));

    /// <summary>
    /// What may stand between an amount and its growth: 实现生产总值95亿元，同比增长40%; 国内生产总值达到４３８００亿元，按可比价格
    /// 计算，比上年增长百分之十一点八 (China1995); the 大关 a figure breaks through: 国内生产总值突破３万亿元大关，比上年增长
    /// 百分之十三点四 (China1994); 可比 after 、: 一般公共预算收入2446.6亿元、可比增长9.2% (hebei 2015).
    /// </summary>
    public static readonly WordTable Gap = new("同比", "比上年", "比去年", "较上年", "较去年", "年均", "分别", "全年", "了", "按可比价格计算", "按可比价格", "扣除价格因素", "扣除物价因素", "按可比口径计算", "按可比口径",
        "大关", "可比");

    /// <summary>
    /// After a growth and a comma, the verb of the level it brings the indicator to: 国内生产总值比上年增长9.1%，达到11.67万亿元
    /// (China2003) is one fact, the amount with its growth.
    /// </summary>
    public static readonly WordTable LevelAfterGrowth = new("达到", "达", "为", "突破", "超过", "总量达到", "总量达", "总额达到", "规模达到");

    /// <summary>Verbs that, alone before a figure, leave the counted noun to follow it: 新建1亿亩高标准农田.</summary>
    public static readonly WordTable CountingVerbs = new(
        "增加", "新增", "完成", "新建", "建成", "改造", "解决", "提高", "培训", "安排", "开工", "淘汰", "减少", "引进", "新开工", "建设");
}
