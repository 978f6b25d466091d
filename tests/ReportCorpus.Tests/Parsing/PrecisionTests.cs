using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>
/// Precision and recall on hand-checked paragraphs: for two paragraphs of each seed, every fact the text states, read
/// by a person, and nothing else. A fact is written "indicator = figure [CanonicalName]", with "(part)" for 其中 parts.
/// A paragraph runs from the first occurrence of its opening words to the end of its closing words.
/// </summary>
public class PrecisionTests
{
    public static TheoryData<string, string, string, string[]> Paragraphs() => new()
    {
        {
            "Ningbo2007", "全年实现技工贸总收入268亿元", "高新技术产品产值97亿元,同比增长50.7%。",
            new[]
            {
                "技工贸总收入 = 268亿元 +58.2% [TechIndustryTradeRevenue]",
                "生产总值 = 67亿元 +49% [GrossRegionalProduct]",
                "财政一般预算收入 = 12亿元 +58.9% [GeneralBudgetRevenue]",
                "工业总产值 = 172亿元 +62.4% [IndustrialOutput]",
                "高新技术产品产值 = 97亿元 +50.7%",
            }
        },
        {
            "Ningbo2007", "2008年的主要发展目标是", "分别下降4.6% 和4.4%;",
            new[]
            {
                "技工贸收入 = 400亿元 +50% [TechIndustryTradeRevenue] {Headline}",
                "地区生产总值 = 95亿元 +40% [GrossRegionalProduct] {Headline}",
                "财政一般预算收入 = 17.5亿元 +46% [GeneralBudgetRevenue] {Headline}",
                "工业总产值 = 250亿元 +47% [IndustrialOutput] {Headline}",
                "高新技术产品产值占工业总产值的比重 = 60% 以上 [HighTechProductShare] {Headline}",
                "固定资产投资 = 42亿元 +10.5% [FixedAssetInvestment] {Headline}",
                "实际利用内外资总额 = 34亿元 +30% [UtilisedCapital] {Headline}",
                "(no indicator) = 10000000美元 以上 {Condition}",
                "投资亿元人民币和千万美元以上的产业项目 = 10家 引进 [MajorIndustrialProjects] {Headline}",
                "(no indicator) = 10亿元 {Condition}",
                "(no indicator) = 1亿美元 以上 {Condition}",
                "投资10亿元人民币和1亿美元以上的产业项目 = 1家 引进 [LargeIndustrialProjects] {Headline}",
                "科研机构 = 35家 引进 [ResearchInstitutions] {Headline}",
                "创业企业 = 150家 [StartupEnterprises] {Headline}",
                "高新技术企业 = 30家 新认定 [HighTechEnterprises] {Headline}",
                "授权专利 = 150项 [PatentsGranted] {Headline}",
                "人才 = 2000名 引进 [Talent] {Headline}",
                "万元工业增加值能耗 = -5% 以上 [EnergyPerUnitIndustrialValueAdded] {Headline}",
                "二氧化硫 = -4.6% [SulphurDioxideEmissions] {Headline}",
                "化学需氧量排放 = -4.4% [ChemicalOxygenDemand] {Headline}",
            }
        },
        {
            "Ningbo2008", "经济继续保持高速增长。", "获得全国驰名商标2件",
            new[]
            {
                "技工贸总收入 = 400亿元 +50% [TechIndustryTradeRevenue]",
                "生产总值 = 95亿元 +40% [GrossRegionalProduct]",
                "财政一般预算收入 = 16.5亿元 +38% [GeneralBudgetRevenue]",
                "固定资产投资 = 42亿元 +10.5% [FixedAssetInvestment]",
                "产值或销售收入超亿元的企业 = 55家",
                "超10亿元的企业 = 5家 (part)",
                "超50亿元的企业 = 2家 (part)",
                "驰名商标 = 2件",
            }
        },
        {
            "Ningbo2008", "——实际利用内外资30亿元", "引进各类人才3000名;",
            new[]
            {
                "实际利用内外资 = 30亿元 +30% [UtilisedCapital] {Headline}",
                "现代服务业企业 = 30家 引进 [ModernServiceEnterprises] {Headline}",
                "总部项目 = 3家 [HeadquartersProjects] {Headline}",
                "科研机构 = 35家 引进 [ResearchInstitutions] {Headline}",
                "创业企业 = 150家 [StartupEnterprises] {Headline}",
                "高新技术企业 = 20家 新认定 [HighTechEnterprises] {Headline}",
                "专利授权 = 300件 [PatentsGranted] {Headline}",
                "发明专利 = 35件 [InventionPatentsGranted] (part) {Headline}",
                "人才 = 3000名 引进 [Talent] {Headline}",
            }
        },
        {
            "Ningbo2020", "一是狠抓大项目招商。", "独角兽企业或其分支机构3个。",
            new[]
            {
                "(no indicator) = 50亿元 确保,以上 {Condition}",
                "50亿元以上的标杆型项目 = 1个 确保,引进",
                "(no indicator) = 20亿元 确保,以上 {Condition}",
                "20亿元以上的产业类项目 = 2个 确保",
                "独角兽企业或其分支机构 = 3个 确保",
            }
        },
        {
            "Ningbo2020", "实施制造业单项冠军三年倍增计划", "市级示范企业4家。",
            new[]
            {
                "国家级单项冠军企业 = 3家 力争,新增",
                "省隐形冠军 = 2家 力争",
                "市级示范企业 = 4家 力争",
            }
        },
        {
            "Dalian2019", "预计地区生产总值增长7.5%", "高于全市21个百分点。",
            new[]
            {
                "地区生产总值 = +7.5% 预计 [GrossRegionalProduct] {Estimate}",
                "地区生产总值 = +1个百分点 vs 全市 预计 [GrossRegionalProduct] {Estimate}",
                "固定资产投资 = 85亿元 +18.3% [FixedAssetInvestment]",
                "固定资产投资 = +20个百分点 vs 全市 以上 [FixedAssetInvestment]",
                "一般公共预算收入 = 32.8亿元 +6% [GeneralBudgetRevenue]",
                "一般公共预算收入 = +7.6个百分点 vs 全市 [GeneralBudgetRevenue]",
                "实际利用外资 = 1亿美元 +44.3% [UtilisedForeignCapital]",
                "进出口总额 = 90.6亿元 +11.98% [ImportExport]",
                "进出口总额 = +21个百分点 vs 全市 [ImportExport]",
            }
        },
        {
            "Dalian2019", "主要计划指标:", "引进高层次人才220人以上。",
            new[]
            {
                "地区生产总值 = +7% [GrossRegionalProduct] {Headline}",
                "固定资产投资 = +7% [FixedAssetInvestment] {Headline}",
                "一般公共预算收入 = +5% [GeneralBudgetRevenue] {Headline}",
                "社会消费品零售总额 = +8% [RetailSales] {Headline}",
                "规上工业增加值 = +12% [IndustrialValueAdded] {Headline}",
                "实际利用外资 = +12% [UtilisedForeignCapital] {Headline}",
                "高企 = 150家 净增,认定,以上 [HighTechEnterprises] {Headline}",
                "万人有效发明专利拥有量 = 260件 以上 [InventionPatentsPerTenThousandPeople] {Headline}",
                "技术合同交易额 = 110亿元 突破 [TechnologyContractTurnover] {Headline}",
                "科技成果转化 = 240项 以上 [TechnologyTransfers] {Headline}",
                "区域金融机构 = 130家 以上 [FinancialInstitutions] {Headline}",
                "高层次人才 = 220人 引进,以上 [HighLevelTalent] {Headline}",
            }
        },
        {
            "Shengzhou2018", "全年实现财政总收入12.8亿元", "基础设施投资15.06亿元,同比增长21.3%。",
            new[]
            {
                "财政总收入 = 12.8亿元 +9.29% [TotalFiscalRevenue]",
                "一般公共预算收入 = 7.46亿元 +13.22% [GeneralBudgetRevenue]",
                "规上工业总产值 = 184.7亿元 +16.2% [IndustrialOutput]",
                "固定资产投资 = 37.59亿元 +23.8% [FixedAssetInvestment]",
                "工业有效投资 = 22.53亿元 +25.6% (part)",
                "基础设施投资 = 15.06亿元 +21.3% (part)",
            }
        },
        {
            "Shengzhou2018", "力争产值20亿元以上企业达到2家", "纳税1亿元以上工业企业达到4家。",
            new[]
            {
                "(no indicator) = 20亿元 力争,以上 {Condition}",
                "产值20亿元以上企业 = 2家 力争",
                "(no indicator) = 10-20亿元 力争 {Condition}",
                "产值10-20亿元企业 = 4家 力争",
                "(no indicator) = 5-10亿元 力争 {Condition}",
                "产值5-10亿元企业 = 2家 力争",
                "(no indicator) = 1亿元 力争,以上 {Condition}",
                "纳税1亿元以上工业企业 = 4家 力争",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Every_fact_of_the_paragraph_and_nothing_else(string seed, string opening, string closing, string[] expected)
    {
        string text = TestCorpus.Text(TestCorpus.Seeds[seed]);
        int start = text.IndexOf(opening, StringComparison.Ordinal);
        Assert.True(start >= 0, "opening words not found: " + opening);
        int end = text.IndexOf(closing, start, StringComparison.Ordinal);
        Assert.True(end >= 0, "closing words not found: " + closing);
        end += closing.Length;

        ParsedReport report = TestCorpus.Seed(seed);
        var facts = report.Achievements.Concat(report.Targets);
        string[] actual = facts
            .Where(f => f.Span.Start >= start && f.Span.Start < end)
            .Select(FactNotation.Of)
            .ToArray();
        Assert.Equal(expected, actual);
    }
}
