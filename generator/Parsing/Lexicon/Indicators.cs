
namespace ReportCorpus.Parsing.Lexicon;

/// <summary>
/// The canonical indicator dictionary: one entry per indicator, with the English name the generated
/// properties use and every way reports write it. An indicator matches the longest synonym it ends with,
/// so 发明专利授权 is not 专利授权 and 高新技术产品产值占工业总产值的比重 is not 工业总产值.
/// </summary>
internal static class Indicators
{
    internal sealed record Entry(string Name, string Chinese, string[] Synonyms, bool IsCeiling = false);

    // IsCeiling: lower is better (prices, unemployment, energy use, emissions), so a target is a ceiling.
    internal static readonly Entry[] All =
    {
        new("GrossRegionalProduct", "地区生产总值", new[] { "地区生产总值", "国内生产总值", "生产总值", "GDP", "经济增长", "经济增速" }),
        new("GeneralBudgetRevenue", "一般公共预算收入", new[] { "一般公共预算收入", "财政一般预算收入", "地方一般预算收入", "公共财政预算收入", "一般预算收入", "地方财政收入" }),
        new("TotalFiscalRevenue", "财政总收入", new[] { "财政总收入" }),
        new("FixedAssetInvestment", "固定资产投资", new[] { "全社会固定资产投资", "固定资产投资", "固投" }),
        new("UtilisedForeignCapital", "实际利用外资", new[] { "实际利用外资", "实际使用外资", "实到外资", "实际利用外资额", "实际使用外资金额" }),
        new("ContractedForeignCapital", "合同外资", new[] { "合同外资", "合同利用外资" }),
        new("PatentsGranted", "专利授权", new[] { "专利授权", "授权专利", "专利授权量", "授权量" }),
        new("InventionPatentsGranted", "发明专利授权", new[] { "发明专利授权", "发明专利授权量", "授权发明专利" }),
        new("PatentApplications", "专利申请", new[] { "专利申请", "专利申请量" }),
        new("ResearchInstitutions", "研发机构", new[] { "研发机构", "科研机构" }),
        new("HighTechEnterprises", "高新技术企业", new[] { "高新技术企业", "高企" }),
        new("HighLevelTalent", "高层次人才", new[] { "高层次人才" }),
        new("Talent", "人才", new[] { "人才" }),
        new("TechIndustryTradeRevenue", "技工贸总收入", new[] { "技工贸总收入", "技工贸收入" }),
        new("IndustrialOutput", "工业总产值", new[] { "规上工业总产值", "规模以上工业总产值", "工业总产值" }),
        new("IndustrialValueAdded", "规模以上工业增加值", new[] { "规模以上工业增加值", "规上工业增加值", "工业增加值" }),
        new("ImportExport", "进出口总额", new[] { "进出口总额", "外贸进出口", "进出口" }),
        new("ConsumerPrices", "居民消费价格", new[] { "居民消费价格涨幅", "居民消费价格总水平涨幅", "居民消费价格总水平", "居民消费价格", "消费价格涨幅", "CPI" }, IsCeiling: true),
        new("NewUrbanJobs", "城镇新增就业", new[] { "城镇新增就业", "城镇新增就业人员", "新增城镇就业" }),
        new("RegisteredUnemploymentRate", "城镇登记失业率", new[] { "城镇登记失业率", "登记失业率" }, IsCeiling: true),
        new("SurveyedUnemploymentRate", "城镇调查失业率", new[] { "城镇调查失业率", "调查失业率" }, IsCeiling: true),
        new("EnergyPerUnitGdp", "单位GDP能耗", new[] { "单位国内生产总值能耗", "单位GDP能耗", "单位生产总值能耗", "万元工业增加值能耗", "万元GDP能耗" }, IsCeiling: true),
        new("GrainOutput", "粮食产量", new[] { "粮食产量", "粮食总产量" }),
        new("LandRequisitioned", "征用土地面积", new[] { "征用土地面积", "征用土地", "征地面积", "征地" }),
        new("DemolitionArea", "拆迁面积", new[] { "拆迁房屋面积", "拆迁面积", "房屋拆迁" }),
        new("SulphurDioxideEmissions", "二氧化硫排放", new[] { "二氧化硫排放", "二氧化硫排放量", "二氧化硫" }, IsCeiling: true),
        new("ChemicalOxygenDemand", "化学需氧量排放", new[] { "化学需氧量排放", "化学需氧量排放量", "化学需氧量" }, IsCeiling: true),
        new("TechnologyContractTurnover", "技术合同成交额", new[] { "技术合同成交额", "技术合同交易额" }),
        new("RetailSales", "社会消费品零售总额", new[] { "社会消费品零售总额" }),
    };

    /// <summary>
    /// Words that make an indicator a growth rate (居民消费价格涨幅, 工业增加值增速): its percentage is a growth, and a
    /// comparison of it is about the indicator before the word.
    /// </summary>
    internal static readonly WordTable RateWords = new("增长速度", "增长率", "增速", "增幅", "涨幅", "增长", "速度");

    /// <summary>The entry with this English name, or null.</summary>
    public static Entry? ByName(string name)
    {
        foreach (Entry entry in All)
        {
            if (entry.Name == name)
            {
                return entry;
            }
        }

        return null;
    }

    // Every synonym with its entry: an indicator ends with at most one of them once the longest is taken.
    private static readonly WordTable<Entry> s_synonyms = new(
        System.Linq.Enumerable.ToArray(System.Linq.Enumerable.SelectMany(All, e => System.Linq.Enumerable.Select(e.Synonyms, synonym => (synonym, e)))));

    /// <summary>The entry an indicator as written belongs to, or null for an indicator the dictionary does not know.</summary>
    public static Entry? Find(string written)
    {
        int match = s_synonyms.MatchEndingAt(written, written.Length, 0);
        return match < 0 ? null : s_synonyms.ValueAt(match);
    }
}
