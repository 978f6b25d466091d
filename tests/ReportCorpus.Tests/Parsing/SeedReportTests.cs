using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>The parser on the five seed reports: identity, problems and hand-checked facts.</summary>
public class SeedReportTests
{
    [Theory]
    [InlineData("Ningbo2007", "宁波国家高新区", "宁波", "Ningbo", 2007, 2008, "2008-03-12", "宁波国家高新区2007年工作总结和2008年工作安排报告", false)]
    [InlineData("Ningbo2008", "宁波国家高新区", "宁波", "Ningbo", 2008, 2009, "2009-03-13", "宁波国家高新区2008年工作总结和2009年工作安排报告", false)]
    [InlineData("Ningbo2020", "宁波国家高新区", "宁波", "Ningbo", 2020, 2021, "2021-03-05", "宁波国家高新区(新材料科技城)2020年工作总结和2021年工作安排", false)]
    [InlineData("Dalian2019", "大连高新区", "大连", "Dalian", 2019, 2020, "2020-12-15", "大连高新区2019年度工作情况及2020年重点工作安排", false)]
    [InlineData("Shengzhou2018", "嵊州经济开发区", "嵊州", "Shengzhou", 2018, 2019, "2019-02-21", "嵊州经济开发区2018年工作总结和2019年工作思路", true)]
    public void Identity(string id, string zone, string city, string pinyin, int review, int plan, string published, string title, bool titleFromFileName)
    {
        ReportIdentity identity = TestCorpus.Seed(id).Identity;
        Assert.Equal(id, identity.IdCandidate);
        Assert.Equal(zone, identity.Zone);
        Assert.Equal(city, identity.CityName);
        Assert.Equal(pinyin, identity.City);
        Assert.Equal(review, identity.ReviewYear);
        Assert.Equal(plan, identity.PlanYear);
        Assert.Equal(published, identity.Published);
        Assert.Equal(title, identity.Title);
        Assert.Equal(titleFromFileName, identity.TitleFromFileName);
    }

    [Theory]
    [InlineData("Ningbo2007", 3, "一是要素制约日益明显")]
    [InlineData("Ningbo2008", 3, "产业转型升级、传统产业改造还存在较大压力")]
    [InlineData("Ningbo2020", 4, "一是财政收支矛盾突出")]
    [InlineData("Dalian2019", 4, "一是优质创新主体、创新平台数量不多")]
    [InlineData("Shengzhou2018", 6, "一是经济总量偏小")]
    public void Problems(string id, int count, string firstStartsWith)
    {
        ParsedReport report = TestCorpus.Seed(id);
        Assert.Equal(count, report.Problems.Count);
        Assert.StartsWith(firstStartsWith, report.Problems[0].Text);
        Assert.All(report.Problems, p => Assert.DoesNotContain("这些", p.Text.Substring(Math.Max(0, p.Text.Length - 12))));
    }

    [Fact]
    public void Problem_spans_point_at_the_problem_text()
    {
        ParsedReport report = TestCorpus.Seed("Ningbo2020");
        string text = TestCorpus.Text(TestCorpus.Seeds["Ningbo2020"]);
        foreach (ProblemSpec p in report.Problems)
        {
            Assert.Equal(p.Text, text.Substring(p.Span.Start, p.Span.Length));
        }

        // The fourth item runs over a stray line break inside 艰苦奋斗\n的精神 and stops before 针对这些问题.
        Assert.EndsWith("的精神还有待进一步加强", report.Problems[3].Text);
    }

    [Theory]
    // Ningbo2007's targets for 2008 and its results for 2007.
    [InlineData("Ningbo2007", "Target", "技工贸收入", "TechIndustryTradeRevenue", "400", "亿元", "50", "")]
    [InlineData("Ningbo2007", "Target", "地区生产总值", "GrossRegionalProduct", "95", "亿元", "40", "")]
    [InlineData("Ningbo2007", "Target", "财政一般预算收入", "GeneralBudgetRevenue", "17.5", "亿元", "46", "")]
    [InlineData("Ningbo2007", "Target", "授权专利", "PatentsGranted", "150", "项", null, "")]
    [InlineData("Ningbo2007", "Target", "高新技术产品产值占工业总产值的比重", "HighTechProductShare", "60", "%", null, "以上")]
    [InlineData("Ningbo2007", "Target", "万元工业增加值能耗", "EnergyPerUnitIndustrialValueAdded", null, null, "-5", "以上")]
    [InlineData("Ningbo2007", "Target", "二氧化硫", "SulphurDioxideEmissions", null, null, "-4.6", "")]
    [InlineData("Ningbo2007", "Target", "化学需氧量排放", "ChemicalOxygenDemand", null, null, "-4.4", "")]
    [InlineData("Ningbo2007", "Achievement", "技工贸总收入", "TechIndustryTradeRevenue", "268", "亿元", "58.2", "")]
    [InlineData("Ningbo2007", "Achievement", "生产总值", "GrossRegionalProduct", "67", "亿元", "49", "")]
    [InlineData("Ningbo2007", "Achievement", "人才", "Talent", "3000", "名", null, "近,引进")]
    // Ningbo2008
    [InlineData("Ningbo2008", "Achievement", "生产总值", "GrossRegionalProduct", "95", "亿元", "40", "")]
    [InlineData("Ningbo2008", "Achievement", "财政一般预算收入", "GeneralBudgetRevenue", "16.5", "亿元", "38", "")]
    [InlineData("Ningbo2008", "Achievement", "专利授权", "PatentsGranted", "250", "件", null, "")]
    [InlineData("Ningbo2008", "Achievement", "发明专利授权", "InventionPatentsGranted", "25", "件", "100", "多")]
    [InlineData("Ningbo2008", "Achievement", "人才", "Talent", "3000", "名", null, "新引进,多")]
    [InlineData("Ningbo2008", "Target", "地区生产总值", "GrossRegionalProduct", "123", "亿元", "30", "")]
    [InlineData("Ningbo2008", "Target", "全社会固定资产投资", "FixedAssetInvestment", "41", "亿元", "14", "")]
    [InlineData("Ningbo2008", "Target", "征用土地面积", "LandRequisitioned", "43", "万平方米", null, "")]
    // Dalian2019: 预计 marks an estimate; 高于全市1个百分点 is not the indicator's growth.
    [InlineData("Dalian2019", "Achievement", "地区生产总值", "GrossRegionalProduct", null, null, "7.5", "预计")]
    [InlineData("Dalian2019", "Achievement", "固定资产投资", "FixedAssetInvestment", "85", "亿元", "18.3", "")]
    [InlineData("Dalian2019", "Achievement", "一般公共预算收入", "GeneralBudgetRevenue", "32.8", "亿元", "6", "")]
    [InlineData("Dalian2019", "Achievement", "实际利用外资", "UtilisedForeignCapital", "1", "亿美元", "44.3", "")]
    [InlineData("Dalian2019", "Achievement", "进出口总额", "ImportExport", "90.6", "亿元", "11.98", "")]
    [InlineData("Dalian2019", "Achievement", "授权量", "PatentsGranted", "2124", "件", null, "")]
    // Shengzhou2018
    [InlineData("Shengzhou2018", "Achievement", "财政总收入", "TotalFiscalRevenue", "12.8", "亿元", "9.29", "")]
    [InlineData("Shengzhou2018", "Achievement", "一般公共预算收入", "GeneralBudgetRevenue", "7.46", "亿元", "13.22", "")]
    [InlineData("Shengzhou2018", "Achievement", "规上工业总产值", "IndustrialOutput", "184.7", "亿元", "16.2", "")]
    [InlineData("Shengzhou2018", "Achievement", "固定资产投资", "FixedAssetInvestment", "37.59", "亿元", "23.8", "")]
    [InlineData("Shengzhou2018", "Achievement", "工业有效投资", "工业有效投资", "22.53", "亿元", "25.6", "")]
    public void Facts(string id, string kindName, string indicator, string canonical, string? value, string? unit, string? growth, string qualifier)
    {
        var kind = Enum.Parse<FactRole>(kindName);
        ParsedReport report = TestCorpus.Seed(id);
        var facts = kind == FactRole.Target ? report.Targets : report.Achievements;
        FactSpec fact = Assert.Single(facts, f => f.Indicator == indicator && f.Relative is null && (value is null ? f.Amount is null : f.Amount?.Value == decimal.Parse(value)));
        Assert.Equal(kind, fact.Role);
        Assert.Equal(canonical, fact.Canonical);
        Assert.Equal(unit, fact.Amount?.Unit);
        Assert.Equal(growth is null ? null : decimal.Parse(growth), fact.Growth);
        Assert.Equal(qualifier, fact.Qualifiers);
        Assert.Contains(AmountText(fact), fact.Sentence);
    }

    [Fact]
    public void Fact_spans_cover_the_statement_in_the_file()
    {
        foreach (string id in TestCorpus.Seeds.Keys)
        {
            ParsedReport report = TestCorpus.Seed(id);
            string text = TestCorpus.Text(TestCorpus.Seeds[id]);
            foreach (FactSpec f in report.Targets.Concat(report.Achievements))
            {
                string spanned = text.Substring(f.Span.Start, f.Span.Length);
                Assert.Contains(spanned, text.Substring(0, f.Span.Start + f.Span.Length));
                Assert.True(f.Sentence.Contains(spanned) || spanned.Length > f.Sentence.Length, $"{id}: '{spanned}' not in '{f.Sentence}'");
            }
        }
    }

    [Fact]
    public void Every_seed_has_targets_and_achievements()
    {
        foreach (string id in TestCorpus.Seeds.Keys)
        {
            ParsedReport report = TestCorpus.Seed(id);
            Assert.True(report.Targets.Count >= 5, id + " targets");
            Assert.True(report.Achievements.Count >= 5, id + " achievements");
            Assert.Empty(report.Notes);
        }
    }

    [Fact]
    public void Part_of_links_其中_to_the_whole()
    {
        ParsedReport report = TestCorpus.Seed("Ningbo2008");
        FactSpec invention = Assert.Single(report.Achievements, f => f.Indicator == "发明专利授权");
        Assert.Equal("专利授权", report.Achievements[invention.PartOf].Indicator);
    }

    // The part of a fact's sentence that must appear in it: the figure as the parser read it.
    private static string AmountText(FactSpec f) => f.Amount is null ? "" : f.Amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
