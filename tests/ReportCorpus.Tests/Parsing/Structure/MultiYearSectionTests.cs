using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus.Tests;

/// <summary>
/// A section whose ordinal heading names a period of several years sets that period's goals: its figures are MultiYear,
/// never the plan year's targets, up to the next ordinal heading. Round 6 of the hand audit (docs/precision.md) found two
/// such goals judged: the heading broken over lines around its quotation (二、“\n十四五\n”时期…, corpus/local/hebei/
/// 河北省_2021_report.txt) and a heading that says 今后五年 (corpus/local/shunping, 2021).
/// </summary>
public class MultiYearSectionTests
{
    private static ParsedReport Parse(string heading) => ReportParser.Parse(
        "2021年某县政府工作报告.txt",
        "各位代表：\n现在，我代表某县人民政府向大会作工作报告。\n一、2020年工作回顾\n全年生产总值增长5%。\n" + heading
        + "\n（三）以绿色实现永续发展\n到期末，森林覆盖率达到36.5%，城镇登记失业率控制在4.5%以下。\n三、2021年主要工作\n今年生产总值增长6.5%。\n");

    // A period heading makes its section's figures multi-year up to the next ordinal heading; a heading on one year, not.
    [Theory]
    [InlineData("二、“\n十四五\n”时期发展的总体思路和重点任务", true)]
    [InlineData("二、“十四五”时期发展的总体思路和重点任务", true)]
    [InlineData("二、今后五年任务目标", true)]
    [InlineData("二、“十四五”时期（2021—2025年）主要目标", true)]
    [InlineData("二、2021年下半年重点工作", false)]
    [InlineData("二、我们在第二个五年计划的第一年——二〇二一年的任务", false)]
    [InlineData("二、2021年主要任务——决胜“十四五”、跑出加速度", false)]
    public void A_period_heading_makes_its_sections_figures_multi_year(string heading, bool period)
    {
        ParsedReport report = Parse(heading);
        Assert.Equal(period, report.Targets.Single(t => t.Amount?.Value == 36.5m).Kind == FactKind.MultiYear);
        Assert.Equal(period, report.Targets.Single(t => t.Amount?.Value == 4.5m).Kind == FactKind.MultiYear);
        Assert.NotEqual(FactKind.MultiYear, report.Targets.Single(t => t.Growth == 6.5m).Kind);
    }
}
