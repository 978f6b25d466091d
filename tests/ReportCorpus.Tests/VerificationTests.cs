using ReportCorpus.Model;
using ReportCorpus.Corpus;
using ReportCorpus.Verification;

namespace ReportCorpus.Tests;

/// <summary>Targets against the next report's actuals, on the Ningbo pair and the national series.</summary>
public class VerificationTests
{
    private static readonly Lazy<List<ParsedReport>> s_corpus = new(() => TestCorpus.AllFiles().Select(TestCorpus.Parse).ToList());

    private static List<(FactSpec Target, CheckSpec Check, FactSpec? Actual)> Checks(ParsedReport report)
    {
        var actuals = s_corpus.Value.Select(ReportActuals.Of).ToList();
        ReportActuals? next = CrossYear.FindNext(report.Identity.Zone, report.Identity.PlanYear, actuals, report.Identity.Parent);
        return Verifier.Check(report.Targets, next)
            .Select(c => (report.Targets[c.Target], c, c.Actual >= 0 ? next!.Achievements[c.Actual] : null))
            .ToList();
    }

    private static (FactSpec Target, CheckSpec Check, FactSpec? Actual) Check(ParsedReport report, string indicator) =>
        Checks(report).First(c => c.Target.Indicator == indicator);

    [Theory]
    [InlineData("工业总产值", "NoActual")]
    [InlineData("高新技术产品产值占工业总产值的比重", "NoActual")]
    [InlineData("二氧化硫", "Met")] // on Ningbo2008's words: 节能减排任务超额完成 (basis stated)
    [InlineData("化学需氧量排放", "Met")]
    [InlineData("技工贸收入", "Met")]
    [InlineData("地区生产总值", "Met")]
    [InlineData("固定资产投资", "Met")]
    [InlineData("财政一般预算收入", "Missed")]
    [InlineData("实际利用内外资总额", "Missed")] // 34亿元 planned, 实际引资26.8亿元 (issue 15's matching failure)
    [InlineData("授权专利", "Met")]
    [InlineData("科研机构", "Met")]
    public void Ningbo2007_against_Ningbo2008(string indicator, string verdict)
    {
        var (_, check, _) = Check(TestCorpus.Seed("Ningbo2007"), indicator);
        Assert.Equal(Enum.Parse<Verdict>(verdict), check.Verdict);
        Assert.EndsWith("宁波国家高新区2008年工作总结和2009年工作安排.txt", check.NextPath);
    }

    [Fact]
    public void Missed_revenue_is_matched_with_the_actual_figure()
    {
        var (target, check, actual) = Check(TestCorpus.Seed("Ningbo2007"), "财政一般预算收入");
        Assert.Equal(17.5m, target.Amount!.Value);
        Assert.Equal(16.5m, actual!.Amount!.Value);
        Assert.Equal(VerdictBasis.Amount, check.Basis);
    }

    [Fact]
    public void Patents_granted_match_across_synonyms_and_counting_units()
    {
        var (_, _, actual) = Check(TestCorpus.Seed("Ningbo2007"), "授权专利");
        Assert.Equal("专利授权", actual!.Indicator);
        Assert.Equal(250m, actual.Amount!.Value);
        Assert.Equal("件", actual.Amount.Unit);
    }

    [Theory]
    [InlineData("Ningbo2008")]
    [InlineData("Ningbo2020")]
    [InlineData("Dalian2019")]
    [InlineData("Shengzhou2018")]
    // Commitments the vocabulary does not know are not judged without an actual (Verifier.IsJudgedWhenUnstated).
    public void Reports_without_a_next_report_are_unverifiable_never_no_actual(string id)
    {
        var checks = Checks(TestCorpus.Seed(id));
        Assert.Contains(checks, c => c.Check.Verdict == Verdict.Unverifiable);
        Assert.All(checks, c => Assert.Equal(Verifier.IsJudgedWhenUnstated(c.Target) ? Verdict.Unverifiable : Verdict.NotJudged, c.Check.Verdict));
    }

    [Fact]
    public void China2006_energy_intensity_is_missed_on_China2007s_own_words()
    {
        // 没有实现年初确定的单位国内生产总值能耗降低4%左右…的目标 (China2007): no figure settles it, the statement does.
        var check = Checks(TestCorpus.Parse("national/2006年政府工作报告.txt"))
            .Single(c => c.Target.Canonical == "EnergyPerUnitGdp" && c.Target.Kind == FactKind.Headline);
        Assert.Equal(Verdict.Missed, check.Check.Verdict);
        Assert.Equal(VerdictBasis.Stated, check.Check.Basis);
        Assert.Equal(StatedResult.Missed, check.Check.Statement?.Result);
    }

    [Fact]
    public void A_blanket_statement_the_figures_contradict_settles_nothing()
    {
        // Ningbo2008: 圆满完成了各项目标任务, but its 财政一般预算收入 of 16.5亿元 missed the 17.5亿元 planned.
        var checks = Checks(TestCorpus.Seed("Ningbo2007")).Where(c => c.Target.Kind == FactKind.Headline).ToList();
        var revenue = checks.Single(c => c.Target.Canonical == "GeneralBudgetRevenue");
        Assert.Equal(Verdict.Missed, revenue.Check.Verdict);
        Assert.Equal(StatedResult.Met, revenue.Check.Statement?.Result);
        Assert.DoesNotContain(checks, c => c.Check.Basis == VerdictBasis.Stated && c.Check.Statement is { Indicator: null });
        Assert.Contains(checks, c => c.Check.Verdict == Verdict.NoActual && c.Check.Statement is { Indicator: null });
    }

    [Fact]
    public void A_blanket_statement_no_figure_contradicts_settles_the_headline_targets_without_a_figure()
    {
        // China2015 says of 2014 it completed the year's main targets (完成了全年经济社会发展主要目标任务); it gives no
        // registered unemployment rate.
        var checks = Checks(TestCorpus.Parse("national/2014年政府工作报告.txt")).Where(c => c.Target.Kind == FactKind.Headline).ToList();
        Assert.DoesNotContain(checks, c => c.Check.Verdict == Verdict.Missed);
        Assert.Contains(checks, c => c.Check.Basis == VerdictBasis.Stated && c.Check.Verdict == Verdict.Met && c.Check.Statement is { Indicator: null });
        Assert.DoesNotContain(checks, c => c.Check.Verdict == Verdict.NoActual);
    }

    [Fact]
    public void China2019_is_unverifiable_because_2020_is_missing()
    {
        var checks = Checks(TestCorpus.Parse("national/2019年政府工作报告.txt"));
        Assert.Contains(checks, c => c.Check.Verdict == Verdict.Unverifiable);
        Assert.All(checks, c => Assert.Equal(Verifier.IsJudgedWhenUnstated(c.Target) ? Verdict.Unverifiable : Verdict.NotJudged, c.Check.Verdict));
    }

    [Theory]
    [InlineData(2010, "GrossRegionalProduct", "Met", "10.3")]
    [InlineData(2010, "NewUrbanJobs", "Met", "1168")]
    [InlineData(2010, "ConsumerPrices", "Met", "3.3")]
    [InlineData(2016, "GrossRegionalProduct", "Met", "6.7")]
    [InlineData(2016, "NewUrbanJobs", "Met", "1314")]
    [InlineData(2016, "ConsumerPrices", "Met", "2")]
    [InlineData(2018, "GrossRegionalProduct", "Met", "6.6")]
    [InlineData(2018, "NewUrbanJobs", "Met", "1361")]
    [InlineData(2018, "ConsumerPrices", "Met", "2.1")]
    [InlineData(2021, "GrossRegionalProduct", "Met", "8.1")]
    [InlineData(2021, "NewUrbanJobs", "Met", "1269")]
    [InlineData(2021, "ConsumerPrices", "Met", "0.9")]
    [InlineData(2022, "GrossRegionalProduct", "Missed", "3")]
    [InlineData(2022, "NewUrbanJobs", "Met", "1206")]
    [InlineData(2022, "ConsumerPrices", "Met", "2")]
    [InlineData(2023, "GrossRegionalProduct", "Met", "5.2")]
    [InlineData(2023, "NewUrbanJobs", "Met", "1244")]
    [InlineData(2023, "ConsumerPrices", "Met", "0.2")]
    [InlineData(2024, "GrossRegionalProduct", "Met", "5")]
    [InlineData(2024, "NewUrbanJobs", "Met", "1256")]
    [InlineData(2024, "ConsumerPrices", "Met", "0.2")]
    public void National_series(int year, string canonical, string verdict, string actualFigure)
    {
        var checks = Checks(TestCorpus.Parse($"national/{year}年政府工作报告.txt"));
        var (target, check, actual) = checks.First(c => c.Target.Canonical == canonical && !c.Target.IsMultiYear);
        Assert.Equal(Enum.Parse<Verdict>(verdict), check.Verdict);
        Assert.NotNull(actual);
        decimal figure = actual!.Growth ?? actual.Amount!.Value;
        Assert.Equal(decimal.Parse(actualFigure), figure);
        Assert.EndsWith($"{year + 1}年政府工作报告.txt", check.NextPath);
    }

    [Theory]
    [InlineData("工业增加值增长12%,高于全市2个百分点。", "工业增加值增长15%,高于全市3个百分点。", "Met")]
    [InlineData("工业增加值增长12%,高于全市2个百分点。", "工业增加值增长10%,高于全市1个百分点。", "Missed")]
    [InlineData("工业增加值增长12%,高于全市2个百分点。", "工业增加值增长15%,高于全省3个百分点。", "Unverifiable")]
    [InlineData("工业增加值增长12%,高于全市2个百分点。", "工业增加值增长15%。", "Unverifiable")]
    public void A_relative_target_is_settled_only_by_the_same_comparison(string target, string actual, string verdict)
    {
        ParsedReport planning = ReportCorpus.Parsing.ReportParser.Parse("a.txt",
            "某某高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n地区生产总值100亿元。\n二、2009年工作安排\n" + target + "\n");
        ParsedReport reviewing = ReportCorpus.Parsing.ReportParser.Parse("b.txt",
            "某某高新区2009年工作总结和2010年工作安排\n一、2009年工作回顾\n" + actual + "\n二、2010年工作安排\n地区生产总值120亿元。\n");
        int relative = Enumerable.Range(0, planning.Targets.Count).Single(i => planning.Targets[i].Relative is not null);
        CheckSpec check = TargetChecks.Of(planning, new[] { ReportActuals.Of(planning), ReportActuals.Of(reviewing) })[relative];
        Assert.Equal(Enum.Parse<Verdict>(verdict), check.Verdict);
        Assert.Equal(VerdictBasis.Relative, check.Basis);
    }

    // A figure that speaks of the indicator but cannot judge the target: another cut of it, or the indicator over several
    // years. Undetermined, pointing at that figure, never dropped; the start of a span (由X增长到) is no such figure.
    [Theory]
    [InlineData("居民人均可支配收入增长10%左右。", "城镇居民人均可支配收入29682元，同比增长10%；农村居民人均可支配收入17597元，同比增长12%。", "Undetermined", "城镇居民人均可支配收入")]
    [InlineData("外贸进出口增长5%左右。", "外贸出口增长8%以上。", "Undetermined", "外贸出口")]
    [InlineData("城镇居民人均可支配收入增长8%。", "居民人均可支配收入增长5.7%。", "Undetermined", "居民人均可支配收入")]
    [InlineData("城镇居民人均可支配收入增长8%。", "农村居民人均可支配收入增长9%。", "NoActual", null)]
    [InlineData("社会消费品零售总额增长7.5%。", "五年来，社会消费品零售总额年均增长8.15%。", "Undetermined", "社会消费品零售总额")]
    [InlineData("一般公共预算收入增长10%。", "全县生产总值增长6%。", "NoActual", null)]
    // An actual stated as a bound open towards the target shows no miss (hebei 2020 on 2019: 6%以上 against 7%左右).
    [InlineData("固定资产投资增长7%左右。", "固定资产投资增长6%以上。", "Undetermined", "固定资产投资")]
    [InlineData("固定资产投资增长7%左右。", "固定资产投资增长8%以上。", "Met", "固定资产投资")]
    [InlineData("固定资产投资增长7%左右。", "固定资产投资增长6%。", "Missed", "固定资产投资")]
    [InlineData("城镇登记失业率控制在4.5%以内。", "城镇登记失业率5%以内。", "Undetermined", "城镇登记失业率")]
    public void A_figure_that_cannot_judge_the_target_makes_it_undetermined(string target, string actual, string verdict, string? actualName)
    {
        ParsedReport planning = ReportCorpus.Parsing.ReportParser.Parse("a.txt",
            "某某高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n地区生产总值100亿元。\n二、2009年工作安排\n" + target + "\n");
        ParsedReport reviewing = ReportCorpus.Parsing.ReportParser.Parse("b.txt",
            "某某高新区2009年工作总结和2010年工作安排\n一、2009年工作回顾\n" + actual + "\n二、2010年工作安排\n地区生产总值120亿元。\n");
        CheckSpec check = TargetChecks.Of(planning, new[] { ReportActuals.Of(planning), ReportActuals.Of(reviewing) })[0];
        Assert.Equal(Enum.Parse<Verdict>(verdict), check.Verdict);
        Assert.Equal(actualName, check.Actual >= 0 ? reviewing.Achievements[check.Actual].Indicator : null);
    }

    // A statement on the whole that the figures contradict settles nothing, unless the next report names that miss itself
    // (hebei 2013 on 2012: 除社会消费品零售总额…等4项指标…没有完成外，其他32项指标顺利完成).
    [Theory]
    [InlineData("年初确定的各项目标，除社会消费品零售总额1项指标没有完成外，其他指标顺利完成。", "Met")]
    [InlineData("年初确定的各项目标顺利完成。", "NoActual")]
    public void A_miss_the_next_report_names_leaves_its_statement_on_the_whole_trusted(string statement, string revenueVerdict)
    {
        ParsedReport planning = ReportCorpus.Parsing.ReportParser.Parse("a.txt",
            "某某高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n地区生产总值100亿元。\n二、2009年工作安排\n主要预期目标是：社会消费品零售总额增长17%，全部财政收入增长13.5%。\n");
        ParsedReport reviewing = ReportCorpus.Parsing.ReportParser.Parse("b.txt",
            "某某高新区2009年工作总结和2010年工作安排\n一、2009年工作回顾\n" + statement + "社会消费品零售总额增长12%。\n二、2010年工作安排\n地区生产总值120亿元。\n");
        EquatableArray<CheckSpec> checks = TargetChecks.Of(planning, new[] { ReportActuals.Of(planning), ReportActuals.Of(reviewing) });
        int retail = Enumerable.Range(0, planning.Targets.Count).Single(i => planning.Targets[i].Canonical == "RetailSales");
        int revenue = Enumerable.Range(0, planning.Targets.Count).Single(i => planning.Targets[i].Canonical == "TotalFiscalRevenue");
        Assert.Equal(FactKind.Headline, planning.Targets[revenue].Kind);
        Assert.Equal(Verdict.Missed, checks[retail].Verdict);
        Assert.Equal(Enum.Parse<Verdict>(revenueVerdict), checks[revenue].Verdict);
    }
}
