namespace ReportCorpus.Parsing.Lexicon;

/// <summary>
/// The words of an indicator phrase that are no part of a name: verbs, modal words. What the phrase keeps once they are
/// gone from both of its ends is the indicator (IndicatorPhrase.Clean); a name that holds one of them inside
/// (城镇新增就业, 实际利用外资, 增值税) is protected by <see cref="PhraseWords.NotLeading"/>, <see cref="PhraseWords.NotTrailing"/>
/// and the synonyms of <see cref="Indicators"/>.
/// </summary>
internal static class VerbWords
{
    /// <summary>
    /// Verbs of change that never open or close a name. Cut from a name, they stay with the figure as a qualifier, for
    /// the figure is a change, not a level: 新增58家研发机构 is 研发机构 = 58家 新增, 农村贫困人口减少1000万 is
    /// 农村贫困人口 = 1000万 减少. The growth verbs (<see cref="GrowthWords.Verbs"/>: 增加, 减少, 提高 …) are verbs of change
    /// too; these are the others.
    /// </summary>
    public static readonly WordTable Changes = new("新增", "净增", "增产", "减产", "扩大", "缩小", "节约", "超收", "增收", "引进", "新引进", "新认定", "认定", "新建",
        // 改建农村公路20万公里 (China2016) against 新建改建农村公路29万公里 (China2017): both are 农村公路.
        "改建", "新建改建", "新建和改建");

    /// <summary>
    /// Other verbs that never open or close a name: the figure counts what was done (又解决, 先发行, 五年内增加的年产能力,
    /// 我国有). Cut from a name, they are gone. Verbs that name a thing once nominalised (改造, 建设, 投资, 投入, 就业, 出口,
    /// 授权) are not here: 农村危房改造, 研发投入 are names.
    /// </summary>
    public static readonly WordTable Acts = new(
        "完成", "实现", "解决", "发行", "安排", "拟安排", "建成", "基本建成", "开工", "新开工", "再开工", "培训", "淘汰",
        "获得", "取得", "惠及", "支持", "引导", "启动", "培育", "建立", "设立", "新设", "废止", "颁布", "制定", "修订", "用好", "严守",
        "资助", "提出", "带动", "吸引", "吸纳", "帮助", "举办", "落实", "实施", "推动", "推进", "加快", "加强", "保持", "控制", "拥有",
        "奋斗", "努力", "抓好", "达到", "达", "有", "占", "计", "使",
        // 开始建设22个, 新开工建设保障性住房, 组织实施了1000多项, 培养…人才 (audit round 4).
        "开始建设", "开工建设", "新开工建设", "组织", "组织实施", "培养");

    /// <summary>
    /// Modal and aspect words that say how firm or how far along a figure is, never what it measures: 要, 将, 拟, 可以,
    /// 已经有 (在今年内可以建设完工的有, 赤字率拟按, 居民人均可支配收入实际).
    /// </summary>
    public static readonly WordTable Modals = new(
        "要", "将", "拟", "拟按", "拟定", "可以", "应该", "应当", "能够", "必须", "需要", "已", "已经", "曾", "仍", "仍然",
        "只", "仅", "只有", "不过", "不到", "还不到", "至少", "实际", "平均", "每人平均", "总共", "合计", "基本", "初步", "进一步", "继续", "首次",
        "大约", "按可比价格计算", "扣除物价因素", "预期", "目标", "预期目标", "增长目标", "预期增长目标", "计划");
}
