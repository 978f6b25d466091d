using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus.Tests;

/// <summary>
/// A plan part that recalls the year under review: those figures are results, not targets, or the next report would be
/// judged on them and the year's own results would be missing from the review.
/// </summary>
public class PlanLookBackTests
{
    private static ParsedReport Plan(string plan) => ReportParser.Parse("x.txt",
        "宁波国家高新区2010年工作总结和2011年工作安排\n一、2010年工作回顾\n全年完成固定资产投资20亿元。\n二、2011年工作安排\n" + plan + "\n");

    private static string[] Targets(ParsedReport report) => report.Targets.Select(f => f.Indicator ?? "").ToArray();

    private static string[] Achievements(ParsedReport report) => report.Achievements.Select(f => f.Indicator ?? "").ToArray();

    [Theory]
    [InlineData("去年引进企业30家。")]
    [InlineData("过去一年，引进企业30家。")]
    [InlineData("上年引进企业30家。")]
    [InlineData("2010年引进企业30家。")]
    [InlineData("（一）去年引进企业30家。")]
    public void A_sentence_that_opens_on_the_year_under_review_gives_results(string sentence)
    {
        ParsedReport report = Plan(sentence + "今后引进企业40家。");
        Assert.Equal(2, report.Achievements.Count);
        Assert.Equal("企业", report.Achievements[1].Indicator);
        Assert.Equal(30m, report.Achievements[1].Amount!.Value);
        Assert.Equal(FactRole.Achievement, report.Achievements[1].Role);
        Assert.Equal(40m, Assert.Single(report.Targets).Amount!.Value);
    }

    [Theory]
    [InlineData("去年引进企业30家，今年要引进企业40家。")]
    [InlineData("去年引进企业30家，2011年引进企业40家。")]
    [InlineData("2009年以来引进企业30家。")]
    public void A_sentence_that_also_looks_ahead_or_opens_on_another_year_sets_targets(string sentence)
    {
        ParsedReport report = Plan(sentence);
        Assert.Equal(new[] { "固定资产投资" }, Achievements(report));
        Assert.NotEmpty(report.Targets);
    }

    [Fact]
    public void A_sentence_announcing_results_lends_its_year_to_the_next_one()
    {
        ParsedReport report = Plan("过去一年，我们的各项工作取得了很大成绩。生产总值增长10.3%，引进企业30家。这为做好今年工作打下了基础。生产总值增长8%左右。");
        Assert.Equal(new[] { "固定资产投资", "生产总值", "企业" }, Achievements(report));
        Assert.Equal(10.3m, report.Achievements[1].Growth);
        Assert.Equal(new[] { "生产总值" }, Targets(report));
        Assert.Equal(8m, report.Targets[0].Growth);
    }

    [Theory]
    // Only results announced lend the year: 翘尾影响 is not one (China2013's CPI target follows such a sentence).
    [InlineData("去年价格上涨的翘尾影响约有1个百分点。把居民消费价格涨幅控制在3.5%左右。")]
    // Nor across a paragraph break.
    [InlineData("过去一年，我们的各项工作取得了很大成绩。\n把居民消费价格涨幅控制在3.5%左右。")]
    public void Nothing_else_lends_the_year(string plan)
    {
        ParsedReport report = Plan(plan);
        Assert.Equal(new[] { "固定资产投资" }, Achievements(report));
        Assert.Equal(3.5m, Assert.Single(report.Targets).Amount!.Value);
    }

    [Fact]
    public void A_paragraph_that_opens_on_the_past_years_recalls_them_throughout()
    {
        ParsedReport report = Plan("五年来，人民生活明显改善。城镇新增就业4200万人。\n今年城镇新增就业900万人。");
        FactSpec recalled = report.Achievements.Single(f => f.Amount?.Value == 4200m);
        Assert.True(recalled.IsMultiYear);
        Assert.Equal(900m, Assert.Single(report.Targets).Amount!.Value);
    }

    [Fact]
    public void China2011_recalls_2010_in_its_plan_part()
    {
        ParsedReport report = TestCorpus.Parse("national/2011年政府工作报告.txt");
        FactSpec gdp = report.Achievements.Single(f => f.Canonical == "GrossRegionalProduct" && f.Growth == 10.3m);
        Assert.StartsWith("国内生产总值增长10.3%", gdp.Sentence.TrimStart());
        Assert.Contains(report.Achievements, f => f.Canonical == "NewUrbanJobs" && f.Amount?.Value == 1168m);
        Assert.DoesNotContain(report.Targets, f => f.Growth == 10.3m || f.Amount?.Value == 1168m);
    }
}
