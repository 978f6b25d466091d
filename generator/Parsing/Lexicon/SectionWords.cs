namespace ReportCorpus.Parsing.Lexicon;

/// <summary>Words that mark the parts of a report: where the plan starts, where the problems are, what closes them.</summary>
internal static class SectionWords
{
    /// <summary>A heading that opens the plan part: 二、2009年的工作任务, 2019年工作思路.</summary>
    public static readonly WordTable PlanHeadings = new(
        "工作安排", "工作任务", "工作思路", "工作目标", "工作计划", "工作要点", "重点工作", "主要任务", "总体要求", "工作的建议", "预期目标");

    /// <summary>A sentence that opens the plan part when no heading does: 2008年的主要发展目标是….</summary>
    public static readonly WordTable PlanSentences = new("主要预期目标", "预期目标是", "主要发展目标是", "主要目标是", "工作目标是");

    /// <summary>The words that open the problems paragraph.</summary>
    public static readonly WordTable ProblemMarkers = new("存在问题", "困难和问题", "问题和不足", "问题与不足", "困难与问题", "不足之处", "矛盾和问题");

    /// <summary>A sentence that closes the problems list: 这些,都要求我们…….</summary>
    public static readonly WordTable ProblemsClosers = new("这些", "针对", "对此", "以上", "我们要", "我们必须", "我们一定");
}
