namespace ReportCorpus.Parsing.Lexicon;

/// <summary>Words that mark the parts of a report: where the plan starts, where the problems are, what closes them.</summary>
internal static class SectionWords
{
    /// <summary>A heading that opens the plan part: 二、2009年的工作任务, 2019年工作思路.</summary>
    public static readonly WordTable PlanHeadings = new(
        "工作安排", "工作任务", "工作思路", "工作目标", "工作计划", "工作要点", "重点工作", "主要任务", "总体要求", "工作的建议", "预期目标");

    /// <summary>A review heading on a whole term: 一、过去五年工作回顾 (China2018), 一、过去五年政府工作的回顾 (China2003).</summary>
    public static readonly WordTable ReviewsOfSeveralYears = new("过去五年", "五年来", "本届政府");

    /// <summary>
    /// A heading on the years ahead, which sets a period's goals: 二、今后五年任务目标 (corpus/local/shunping, 2021), as
    /// 二、“十四五”时期… does.
    /// </summary>
    public static readonly WordTable PeriodsAhead = new("今后五年", "未来五年", "今后几年", "今后三年");

    /// <summary>A sentence that opens the plan part when no heading does: 2008年的主要发展目标是….</summary>
    public static readonly WordTable PlanSentences = new("主要预期目标", "预期目标是", "主要发展目标是", "主要目标是", "工作目标是");

    /// <summary>
    /// A word that makes a sentence about the coming year a plan when it comes before the sentence's first figure:
    /// 今年国民生产总值计划增长百分之八 (China1993), １９８２年的计划，要求工农业总产值的增长速度…提高到４％ (China1981),
    /// 今年我们要力争使全国人口增长率降到千分之十左右 (China1979). A word marked false holds one and sets nothing
    /// (今年计划生育工作…, 今年是…的重要一年).
    /// </summary>
    public static readonly WordTable<bool> PlanWords = new(
        ("计划", true), ("要求", true), ("争取", true), ("力争", true), ("目标", true), ("预期", true), ("要", true),
        ("计划生育", false), ("主要", false), ("重要", false), ("需要", false), ("必要", false), ("只要", false), ("要素", false),
        ("纪要", false), ("摘要", false), ("要点", false));

    /// <summary>
    /// Words that look back on a plan rather than set one, before a sentence's first figure: 但是比五年计划原定的1957年投资还多
    /// 十四亿元 (China1957), 以1957年的计划数字同1952年的实际数字作比较.
    /// </summary>
    public static readonly WordTable PlanLookedBack = new("原定", "原计划", "原来", "执行情况", "执行结果", "实际", "实绩");

    /// <summary>The words that open the problems paragraph.</summary>
    public static readonly WordTable ProblemMarkers = new("存在问题", "困难和问题", "问题和不足", "问题与不足", "困难与问题", "不足之处", "矛盾和问题");

    /// <summary>A sentence that closes the problems list: 这些,都要求我们…….</summary>
    public static readonly WordTable ProblemsClosers = new("这些", "针对", "对此", "以上", "我们要", "我们必须", "我们一定");
}
