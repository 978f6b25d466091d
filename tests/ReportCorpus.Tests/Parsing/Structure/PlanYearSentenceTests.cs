using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus.Tests;

/// <summary>
/// Old national reports set the coming year's plan among the review's paragraphs, with no plan heading: a sentence
/// that names the coming year and a plan word before its first figure sets targets; near misses stay achievements.
/// Each case is read as the only paragraph of a report delivered in 1981 (review 1980, plan 1981; 今年 is 1981).
/// </summary>
public class PlanYearSentenceTests
{
    private static ParsedReport Delivered1981(string paragraph) => ReportParser.Parse("1981年政府工作报告.txt", "各位代表：\n" + paragraph + "\n");

    [Theory]
    // China1993: 今年…计划增长.
    [InlineData("今年国民生产总值计划增长百分之八，是留有余地的。", 1)]
    // China1981: the year after the one of delivery, a plan word, then the figures.
    [InlineData("１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。", 2)]
    // China1979: the plan word may come before the year.
    [InlineData("我们要求各地区、各部门在各企业今年计划定额的基础上节约煤和电百分之二到三，节约油百分之五到十。", 2)]
    [InlineData("今年计划在全民所有制和集体所有制单位安排七百多万人就业。", 1)]
    [InlineData("明年经济发展的主要任务是巩固稳定经济的成果，争取粮食产量达到三亿四千万吨。", 1)]
    public void A_sentence_that_sets_the_coming_years_plan_gives_targets(string sentence, int targets)
    {
        ParsedReport report = Delivered1981(sentence);
        Assert.Equal(targets, report.Targets.Count);
        Assert.Empty(report.Achievements);
        Assert.All(report.Targets, f => Assert.Equal(FactRole.Target, f.Role));
    }

    [Theory]
    // No plan word: 今年上半年 results (China1980).
    [InlineData("今年上半年，工业总产值比去年同期增长13.6％。")]
    // The figure comes before the plan word (China1981).
    [InlineData("基本建设投资总额，今年２月修订计划时减少为三百亿元，后来又追加了八十亿元。")]
    // No coming year: the review year's own plan and its estimate (China1980).
    [InlineData("全年工业总产值计划比上年增长6％，预计可以超过。")]
    // A plan looked back on (China1957, China1981).
    [InlineData("但是比五年计划原定的1981年投资还多十四亿元。")]
    [InlineData("原来估计今年要动用商品库存几十亿元，结果还可能增加近100亿元。")]
    // Opens on the year under review, or names an earlier year first (China1985).
    [InlineData("去年我们要求粮食产量达到三亿二千万吨，今年还要增加。")]
    [InlineData("列入第六个五年计划的六十五种主要产品的产量，到１９８０年已有四十三种提前达到指标。")]
    // Years past the coming one are multi-year goals (China1993).
    [InlineData("争取１９９７年粮食产量达到４．７５亿吨。")]
    // 计划生育 is no plan word; 重要 holds 要 and is none.
    [InlineData("今年计划生育工作取得进展，人口自然增长率降到百分之一点二。")]
    [InlineData("今年是重要的一年，工业总产值增长百分之四。")]
    public void A_near_miss_stays_an_achievement(string sentence)
    {
        ParsedReport report = Delivered1981(sentence);
        Assert.Empty(report.Targets);
        Assert.NotEmpty(report.Achievements);
    }

    [Fact]
    public void A_plan_paragraph_goes_on_until_it_ends_or_looks_back()
    {
        ParsedReport report = Delivered1981(
            "１９８２年的计划，要求工农业总产值增长４％。国民收入也安排为比今年增长４％左右。去年粮食产量达到三亿二千万吨。\n社会商品零售总额增长８％。");
        Assert.Equal(new decimal?[] { 4m, 4m }, report.Targets.Select(f => f.Growth).ToArray());
        Assert.Equal(2, report.Achievements.Count);
    }

    [Fact]
    public void In_a_report_written_in_the_year_it_reviews_this_year_is_that_year()
    {
        // 宁波…2007年工作总结和2008年工作安排 is written in 2007: 今年计划 is 2007's plan, a result now.
        ParsedReport report = ReportParser.Parse("x.txt", "宁波国家高新区2007年工作总结和2008年工作安排\n一、2007年工作回顾\n今年计划引进企业30家，实际引进32家。\n");
        Assert.Empty(report.Targets);
    }
}
