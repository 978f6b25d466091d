using System;
using System.Collections.Generic;
using static ReportCorpus.Parsing.Lexicon.Direction;
using static ReportCorpus.Parsing.Lexicon.Measure;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>
/// The canonical indicator vocabulary: one entry per indicator reports set as a target or state as a result, with the
/// English name the generated properties use, its Chinese name, every way reports of each era and place write it, the
/// dimensions its figure has, its direction, its measure and the indicator it is part of. One table, here and nowhere
/// else (the verifier, the tool's <c>indicators</c> table and the tests read it).
/// </summary>
/// <remarks>
/// <para><b>The rule.</b> An indicator as written belongs to the entry of the longest synonym it ends with: what stands
/// before the synonym is taken as a modifier that only places the indicator (全社会固定资产投资, 县域生产总值,
/// 五年城镇新增就业), so 发明专利授权 is not 专利授权 (a longer synonym of its own) and 高新技术产品产值占工业总产值的比重
/// ends with no synonym at all. A few short words are <see cref="Entry.Whole"/> synonyms, matched only when they are the
/// whole indicator: the output series of the old plans (钢, 原煤, 原油, 棉花 …) and 出口, which as suffixes would take
/// 不锈钢, 进口原油 or 高新技术产品出口.</para>
/// <para><b>Its limits.</b> Ends-with cannot tell a modifier that places from one that narrows the indicator to a part or
/// makes it another statistic: 重工业总产值 (part of 工业总产值), 人均生产总值 (not 生产总值), 亩均工业增加值,
/// 户籍人口城镇化率, 世界经济增长. Each such wording seen in real reports gets a synonym of its own: in another entry when
/// reports target it, in <see cref="NotIndicators"/> (no entry) when they do not. And a share of an indicator ends with
/// it after 占 (财政性教育经费支出占国内生产总值, 沿海各省的工业产值占全国工业总产值): a synonym preceded by a
/// <see cref="ShareWords"/> word is not taken, nor one that ends a list (二氧化硫、氮氧化物排放量: the words before it hold a
/// <see cref="Coordinators.BetweenNames"/> character). Ends-with also keeps 新增 and 引进 before a stock's name
/// (新增高新技术企业 is <c>HighTechEnterprises</c>): the flow is not told from the stock. So no synonym may be a bare head noun that many indicators end with
/// (增加值, 收入, 投资, 产值, 总额, 就业, 排放), and a new synonym must be checked against the written indicators of the corpus
/// (tests/ReportCorpus.Tests/Specs/indicators.tsv holds the near misses).</para>
/// <para><b>Eras.</b> One entry holds the wordings of one statistic across eras: 社会商品零售总额 (to the 1990s) and
/// 社会消费品零售总额; 农民人均纯收入 (to 2013) and 农村居民人均可支配收入; 财政一般预算收入, 公共财政预算收入 and
/// 一般公共预算收入. Statistics of another system stay apart even where they were the era's headline growth figure:
/// 工农业总产值 and 国民收入 (the material product system, to the 1980s), 国民生产总值 (the 1980s and 1990s), 国内生产总值;
/// a series that switches has no actual for the switching year rather than a comparison of two statistics.
/// 全国商品零售价格总水平 (the retail price index, to 1998) is not 居民消费价格.</para>
/// </remarks>
internal static class Indicators
{
    /// <summary>One indicator.</summary>
    /// <param name="Name">The English name: the generated property, the canonical of every fact of it. Never renamed.</param>
    /// <param name="Chinese">The usual Chinese name, itself one of <paramref name="Synonyms"/>.</param>
    /// <param name="Dimensions">The dimensions its figure is written in (a growth written beside it is not its figure).</param>
    /// <param name="Direction">Whether more is better or its target is a ceiling.</param>
    /// <param name="Measure">A level, a ratio, or a change whose percentage is a growth.</param>
    /// <param name="Parent">The <see cref="Name"/> of the indicator it is a part of, or null.</param>
    /// <param name="Synonyms">Every way reports write it, matched at the end of a written indicator.</param>
    /// <param name="Whole">Words that are it only as the whole written indicator (钢, 出口).</param>
    internal sealed record Entry(
        string Name,
        string Chinese,
        Dimension[] Dimensions,
        Direction Direction,
        Measure Measure,
        string? Parent,
        string[] Synonyms,
        string[]? Whole = null);

    private static Dimension[] Money => new[] { Dimension.Money };

    private static Dimension[] AnyMoney => new[] { Dimension.Money, Dimension.ForeignMoney };

    private static Dimension[] Count => new[] { Dimension.Count };

    private static Dimension[] Percent => new[] { Dimension.Percent };

    private static Dimension[] Mass => new[] { Dimension.Mass };

    private static Dimension[] Area => new[] { Dimension.Area };

    // Grouped by subject; within a group the headline indicator first. Examples of each wording are in
    // tests/ReportCorpus.Tests/Specs/indicators.tsv, with the report that writes it.
    internal static readonly Entry[] All =
    {
        // Output and growth.
        new("GrossRegionalProduct", "地区生产总值", AnyMoney, MoreIsBetter, Level, null,
            new[] { "地区生产总值", "国内生产总值", "生产总值", "GDP", "经济增长", "经济增速", "经济增长速度", "经济增长率",
                // The growth target's own names (China1995, 1997, 1999, 2003, 2013).
                "经济增长速度的调控目标", "经济增长速度的宏观调控目标", "经济增长预期目标", "经济增长目标", "经济增长预期",
                // A county's growth by its rate's name: 地区生产总值增速6%以上 (corpus/local/boye/博野县2024年政府工作报告.txt).
                "地区生产总值增速", "生产总值增速", "GDP增速" },
            // 去年经济增长8．8％ (China1998): the growth verb leaves 经济, which is the economy's growth only as the whole name.
            new[] { "经济" }),
        new("GrossNationalProduct", "国民生产总值", AnyMoney, MoreIsBetter, Level, null, new[] { "国民生产总值" }),
        new("GdpPerCapita", "人均生产总值", AnyMoney, MoreIsBetter, Level, null,
            new[] { "人均生产总值", "人均国内生产总值", "人均GDP" }),
        new("NationalIncome", "国民收入", Money, MoreIsBetter, Level, null, new[] { "国民收入" }),
        new("GrossAgriculturalIndustrialOutput", "工农业总产值", Money, MoreIsBetter, Level, null, new[] { "工农业总产值", "工农业生产总值" }),
        new("AgriculturalOutput", "农业总产值", Money, MoreIsBetter, Level, "GrossAgriculturalIndustrialOutput",
            new[] { "农业总产值", "农业生产总值", "农林牧渔业总产值" }),
        new("IndustrialOutput", "工业总产值", Money, MoreIsBetter, Level, "GrossAgriculturalIndustrialOutput",
            new[] { "规上工业总产值", "规模以上工业总产值", "工业总产值", "工业生产总值" }),
        new("LightIndustryOutput", "轻工业总产值", Money, MoreIsBetter, Level, "IndustrialOutput", new[] { "轻工业总产值", "轻工业产值" }),
        new("HeavyIndustryOutput", "重工业总产值", Money, MoreIsBetter, Level, "IndustrialOutput", new[] { "重工业总产值", "重工业产值" }),
        new("TotalIndustrialValueAdded", "工业增加值", Money, MoreIsBetter, Level, null, new[] { "工业增加值" }),
        new("IndustrialValueAdded", "规模以上工业增加值", Money, MoreIsBetter, Level, "TotalIndustrialValueAdded",
            new[] { "规模以上工业增加值", "规上工业增加值", "规上企业工业增加值" }),
        new("ServicesValueAdded", "服务业增加值", Money, MoreIsBetter, Level, null, new[] { "服务业增加值" }),
        new("HighTechIndustryValueAdded", "高新技术产业增加值", Money, MoreIsBetter, Level, null, new[] { "高新技术产业增加值" }),
        new("HighTechIndustryShare", "高新技术产业增加值占比", Percent, MoreIsBetter, Ratio, null,
            new[] { "高新技术产业增加值占比", "高新技术产业增加值占规模以上工业增加值比重",
                "高新技术产业增加值占规模以上工业的比重", "高新技术产业增加值占规上工业比重" }),
        new("StrategicEmergingIndustryValueAdded", "战略性新兴产业增加值", Money, MoreIsBetter, Level, null, new[] { "战略性新兴产业增加值" }),
        new("DigitalEconomyCoreValueAdded", "数字经济核心产业增加值", Money, MoreIsBetter, Level, null, new[] { "数字经济核心产业增加值" }),
        new("DigitalEconomyCoreShare", "数字经济核心产业增加值占国内生产总值比重", Percent, MoreIsBetter, Ratio, null,
            new[] { "数字经济核心产业增加值占国内生产总值比重" }),
        new("TechIndustryTradeRevenue", "技工贸总收入", Money, MoreIsBetter, Level, null, new[] { "技工贸总收入", "技工贸收入" }),

        // The output series of the old plans.
        new("GrainOutput", "粮食产量", Mass, MoreIsBetter, Level, null, new[] { "粮食产量", "粮食总产量", "粮食总产", "粮食年总产" }, new[] { "粮食" }),
        new("CottonOutput", "棉花产量", Mass, MoreIsBetter, Level, null, new[] { "棉花产量", "棉花总产量" }, new[] { "棉花" }),
        new("OilseedOutput", "油料产量", Mass, MoreIsBetter, Level, null, new[] { "油料产量" }, new[] { "油料" }),
        new("SteelOutput", "钢产量", Mass, MoreIsBetter, Level, null, new[] { "钢产量", "粗钢产量" }, new[] { "钢", "粗钢" }),
        new("RolledSteelOutput", "钢材产量", Mass, MoreIsBetter, Level, null, new[] { "钢材产量" }, new[] { "钢材" }),
        new("CoalOutput", "原煤产量", Mass, MoreIsBetter, Level, null, new[] { "原煤产量", "煤炭产量" }, new[] { "原煤", "煤" }),
        new("CrudeOilOutput", "原油产量", Mass, MoreIsBetter, Level, null, new[] { "原油产量" }, new[] { "原油" }),
        new("ElectricityOutput", "发电量", new[] { Dimension.Energy }, MoreIsBetter, Level, null, new[] { "发电量" }, new[] { "发电", "电力" }),

        // Prices.
        new("ConsumerPrices", "居民消费价格", Percent, Ceiling, Change, null,
            new[] { "居民消费价格涨幅", "居民消费价格总水平涨幅", "居民消费价格总水平", "居民消费价格", "消费价格涨幅", "CPI",
                "居民消费价格指数涨幅", "居民消费价格指数", "居民消费价格上涨幅度" }),
        new("RetailPrices", "全国商品零售价格总水平", Percent, Ceiling, Change, null,
            new[] { "全国商品零售价格总水平", "商品零售价格涨幅", "商品零售价格", "零售物价总水平", "零售物价上涨幅度", "零售物价" }),

        // Employment and population.
        new("Reemployment", "下岗失业人员再就业", Count, MoreIsBetter, Level, null, new[] { "下岗失业人员再就业", "失业人员再就业" }),
        new("NewUrbanJobs", "城镇新增就业", Count, MoreIsBetter, Level, null,
            new[] { "城镇新增就业", "城镇新增就业人员", "新增城镇就业", "城镇新增就业人数", "新增城镇就业人数", "城镇新增就业人口" }),
        new("RegisteredUnemploymentRate", "城镇登记失业率", Percent, Ceiling, Ratio, null, new[] { "城镇登记失业率", "登记失业率" }),
        new("SurveyedUnemploymentRate", "城镇调查失业率", Percent, Ceiling, Ratio, null, new[] { "城镇调查失业率", "调查失业率" }),
        new("PopulationNaturalGrowthRate", "人口自然增长率", Percent, Ceiling, Ratio, null, new[] { "人口自然增长率" }),
        new("UrbanisationRate", "常住人口城镇化率", Percent, MoreIsBetter, Ratio, null, new[] { "常住人口城镇化率", "城镇化率" }),

        // Incomes: urban, rural, all residents, and the reports' 城乡 figure, which says neither.
        new("UrbanDisposableIncome", "城镇居民人均可支配收入", Money, MoreIsBetter, Level, null,
            new[] { "城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城镇居民可支配收入", "城镇居民人均生活费收入" }),
        new("RuralIncome", "农村居民人均可支配收入", Money, MoreIsBetter, Level, null,
            new[] { "农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入", "农村居民人均纯收入", "农民人均纯收入" }),
        new("ResidentDisposableIncome", "居民人均可支配收入", Money, MoreIsBetter, Level, null,
            new[] { "居民人均可支配收入", "全体居民人均可支配收入", "全国居民人均可支配收入" }),
        new("UrbanAndRuralIncome", "城乡居民人均可支配收入", Money, MoreIsBetter, Level, null, new[] { "城乡居民人均可支配收入" }),

        // Poverty: the yearly target is the number lifted out (农村贫困人口减少1000万以上, China2019), a flow of the stock.
        new("RuralPoorPopulation", "农村贫困人口", Count, MoreIsBetter, Level, null, new[] { "农村贫困人口" }),

        // Energy and environment. 节能减排 is the reports' name for the energy and emission targets together: a statement on
        // it (节能减排任务超额完成, Ningbo2008) speaks of each of them.
        new("EnergySavingAndEmissionReduction", "节能减排", new[] { Dimension.Percent, Dimension.Other }, Ceiling, Level, null, new[] { "节能减排" }),
        new("EnergyPerUnitGdp", "单位GDP能耗", new[] { Dimension.Percent, Dimension.Other }, Ceiling, Level, "EnergySavingAndEmissionReduction",
            new[] { "单位国内生产总值能耗", "单位GDP能耗", "单位生产总值能耗", "万元GDP能耗", "万元生产总值能耗", "万元国内生产总值综合能耗", "单位GDP综合能耗", "单位地区生产总值能耗", "单位国内生产总值能源消耗", "单位生产总值能源消耗",
                "单位GDP能源消耗", "能耗强度", "能源消耗强度" }),
        new("EnergyPerUnitIndustrialValueAdded", "单位工业增加值能耗", new[] { Dimension.Percent, Dimension.Other }, Ceiling, Level, "EnergySavingAndEmissionReduction",
            new[] { "单位工业增加值能耗", "万元工业增加值能耗" }),
        new("CarbonPerUnitGdp", "单位国内生产总值二氧化碳排放", new[] { Dimension.Percent, Dimension.Other }, Ceiling, Level, null,
            new[] { "单位国内生产总值二氧化碳排放", "单位GDP二氧化碳排放", "二氧化碳排放强度" }),
        new("MajorPollutantEmissions", "主要污染物排放总量", Mass, Ceiling, Level, "EnergySavingAndEmissionReduction", new[] { "主要污染物排放总量", "主要污染物排放量", "主要污染物排放" }),
        new("SulphurDioxideEmissions", "二氧化硫排放", Mass, Ceiling, Level, "MajorPollutantEmissions",
            new[] { "二氧化硫排放", "二氧化硫排放量", "二氧化硫", "二氧化硫排放总量" }),
        new("ChemicalOxygenDemand", "化学需氧量排放", Mass, Ceiling, Level, "MajorPollutantEmissions",
            new[] { "化学需氧量排放", "化学需氧量排放量", "化学需氧量", "COD排放量", "COD" }),
        new("AmmoniaNitrogenEmissions", "氨氮排放", Mass, Ceiling, Level, "MajorPollutantEmissions", new[] { "氨氮排放", "氨氮排放量", "氨氮" }),
        new("NitrogenOxidesEmissions", "氮氧化物排放", Mass, Ceiling, Level, "MajorPollutantEmissions", new[] { "氮氧化物排放", "氮氧化物排放量", "氮氧化物" }),
        new("Pm25Concentration", "PM2.5平均浓度", new[] { Dimension.Concentration }, Ceiling, Level, null,
            new[] { "PM2.5平均浓度", "PM2.5浓度", "PM2.5年均浓度", "PM2.5浓度均值", "PM2.5", "细颗粒物平均浓度", "细颗粒物浓度" }),
        new("ForestCoverage", "森林覆盖率", Percent, MoreIsBetter, Ratio, null, new[] { "森林覆盖率" }),

        // Public finance and money.
        new("TotalFiscalRevenue", "财政总收入", Money, MoreIsBetter, Level, null, new[] { "财政总收入", "全部财政收入" }),
        new("GeneralBudgetRevenue", "一般公共预算收入", Money, MoreIsBetter, Level, "TotalFiscalRevenue",
            new[] { "一般公共预算收入", "财政一般预算收入", "地方一般预算收入", "公共财政预算收入", "一般预算收入", "地方财政收入" }),
        // 一般公共预算收入完成4.6亿元，税收收入增长15% (corpus/local/yixian/易县2018年政府工作报告.txt).
        new("TaxRevenue", "税收收入", Money, MoreIsBetter, Level, "GeneralBudgetRevenue", new[] { "税收收入" }),
        new("FiscalRevenue", "财政收入", Money, MoreIsBetter, Level, null, new[] { "财政收入", "国家财政收入", "全国财政收入" }),
        new("FiscalDeficit", "财政赤字", Money, Ceiling, Level, null, new[] { "财政赤字", "全国财政赤字", "赤字规模" }),
        new("CentralFiscalDeficit", "中央财政赤字", Money, Ceiling, Level, "FiscalDeficit", new[] { "中央财政赤字", "中央财政预算赤字" }),
        new("LocalFiscalDeficit", "地方财政赤字", Money, Ceiling, Level, "FiscalDeficit", new[] { "地方财政赤字" }),
        new("DeficitRatio", "赤字率", Percent, Ceiling, Ratio, null, new[] { "赤字率", "财政赤字率" }),
        new("BroadMoney", "广义货币M2", Percent, Neutral, Change, null, new[] { "广义货币M2", "广义货币", "M2", "广义货币供应量" }),
        new("NewRmbLoans", "新增人民币贷款", Money, Neutral, Level, null, new[] { "新增人民币贷款" }),
        new("CentralBudgetInvestment", "中央预算内投资", Money, Neutral, Level, null, new[] { "中央预算内投资" }),
        new("EducationSpendingShare", "财政性教育经费支出占国内生产总值比例", Percent, MoreIsBetter, Ratio, null,
            new[] { "财政性教育经费支出占国内生产总值比例", "财政性教育经费占国内生产总值比例", "财政性教育经费支出占国内生产总值比重" }),
        new("SocialFinancingStock", "社会融资规模余额", Money, Neutral, Level, null, new[] { "社会融资规模余额" }),

        // Investment, consumption, trade.
        new("FixedAssetInvestment", "固定资产投资", Money, MoreIsBetter, Level, null, new[] { "全社会固定资产投资", "固定资产投资", "固投" }),
        new("FiscalProjectInvestment", "财政性项目投资", Money, MoreIsBetter, Level, "FixedAssetInvestment", new[] { "财政性项目投资", "财政直接投资" }),
        new("RetailSales", "社会消费品零售总额", Money, MoreIsBetter, Level, null,
            new[] { "社会消费品零售总额", "社会商品零售总额", "社会消费品零售额" }),
        new("ImportExport", "进出口总额", AnyMoney, MoreIsBetter, Level, null,
            new[] { "进出口总额", "外贸进出口", "进出口", "进出口总值", "进出口贸易总额", "外贸进出口总值", "外贸进出口额" }),
        new("Exports", "出口总额", AnyMoney, MoreIsBetter, Level, "ImportExport",
            new[] { "出口总额", "出口总值", "外贸出口", "外贸出口总值" }, new[] { "出口" }),
        new("UtilisedCapital", "实际利用内外资", AnyMoney, MoreIsBetter, Level, null, new[] { "实际利用内外资", "实际利用内外资总额", "实际引资" }),
        new("UtilisedForeignCapital", "实际利用外资", AnyMoney, MoreIsBetter, Level, null,
            new[] { "实际利用外资", "实际使用外资", "实到外资", "实际利用外资额", "实际使用外资金额" }),
        new("ContractedForeignCapital", "合同外资", AnyMoney, MoreIsBetter, Level, null, new[] { "合同外资", "合同利用外资" }),

        // Science and technology.
        new("ResearchSpending", "研发经费投入", AnyMoney, MoreIsBetter, Level, null,
            new[] { "研发经费投入", "研发经费支出", "全社会研发投入", "研究与试验发展经费", "研究与试验发展经费支出" }),
        new("ResearchIntensity", "研发经费投入强度", Percent, MoreIsBetter, Ratio, null,
            new[] { "研发经费投入强度", "研发投入强度", "研究与试验发展经费支出占国内生产总值比重", "研究与试验发展经费支出与国内生产总值之比",
                "研究与试验发展经费支出占国内生产总值的比重", "研发经费支出占生产总值比重",
                "研发支出占国内生产总值比重", "R&D经费支出占GDP比重" }),
        new("PatentsGranted", "专利授权", Count, MoreIsBetter, Level, null, new[] { "专利授权", "授权专利", "专利授权量", "授权量", "专利授权数" }),
        new("InventionPatentsGranted", "发明专利授权", Count, MoreIsBetter, Level, "PatentsGranted", new[] { "发明专利授权", "发明专利授权量", "授权发明专利" }),
        new("InventionPatentsPerTenThousandPeople", "万人发明专利拥有量", Count, MoreIsBetter, Level, null,
            new[] { "万人发明专利拥有量", "万人有效发明专利拥有量" }),
        new("PatentApplications", "专利申请", Count, MoreIsBetter, Level, null, new[] { "专利申请", "专利申请量" }),
        new("ResearchInstitutions", "研发机构", Count, MoreIsBetter, Level, null, new[] { "研发机构", "科研机构" }),
        new("HighTechEnterprises", "高新技术企业", Count, MoreIsBetter, Level, null, new[] { "高新技术企业", "高企" }),
        // A zone's own counts (Ningbo2007, Ningbo2008): the start-ups its incubators take in, the service firms and the
        // head offices it attracts.
        new("StartupEnterprises", "创业企业", Count, MoreIsBetter, Level, null, new[] { "创业企业", "科技型创业企业" }),
        // Industrial projects a zone attracts, by size: 引进投资亿元人民币和千万美元以上的产业项目10家 and …10亿元人民币和1亿
        //美元以上的产业项目1家 (Ningbo2007) against 引进投资亿元以上的工业项目5个 (Ningbo2008).
        new("MajorIndustrialProjects", "亿元以上产业项目", Count, MoreIsBetter, Level, null,
            // The 和 inside the threshold is no list: the whole threshold is the synonym.
            new[] { "亿元以上产业项目", "亿元人民币和千万美元以上的产业项目", "亿元以上的产业项目", "亿元以上的工业项目", "亿元产业项目" }),
        new("LargeIndustrialProjects", "10亿元以上产业项目", Count, MoreIsBetter, Level, "MajorIndustrialProjects",
            new[] { "10亿元以上产业项目", "10亿元人民币和1亿美元以上的产业项目", "10亿元以上的产业项目" }),
        new("ModernServiceEnterprises", "现代服务业企业", Count, MoreIsBetter, Level, null, new[] { "现代服务业企业" }),
        new("HeadquartersProjects", "总部项目", Count, MoreIsBetter, Level, null, new[] { "总部项目" }),
        new("HighTechProductShare", "高新技术产品产值占工业总产值比重", Percent, MoreIsBetter, Ratio, null,
            new[] { "高新技术产品产值占工业总产值的比重", "高新技术产品产值占工业总产值比重" }),
        new("TechSmes", "科技型中小企业", Count, MoreIsBetter, Level, null, new[] { "科技型中小企业" }),
        new("TechnologyContractTurnover", "技术合同成交额", AnyMoney, MoreIsBetter, Level, null,
            new[] { "技术合同成交额", "技术合同交易额", "技术合同成交总额", "技术合同交易总额" }),
        // Zone targets beside the patents in a headline list: 科技成果转化240项以上,区域金融机构达到130家以上 (Dalian2019).
        new("TechnologyTransfers", "科技成果转化", Count, MoreIsBetter, Level, null, new[] { "科技成果转化", "科技成果转化项目" }),
        new("FinancialInstitutions", "金融机构", Count, MoreIsBetter, Level, null, new[] { "金融机构", "区域金融机构" }),
        new("Talent", "人才", Count, MoreIsBetter, Level, null, new[] { "人才" }),
        new("HighLevelTalent", "高层次人才", Count, MoreIsBetter, Level, "Talent", new[] { "高层次人才" }),

        // Land.
        new("LandRequisitioned", "征用土地面积", Area, MoreIsBetter, Level, null, new[] { "征用土地面积", "征用土地", "征地面积", "征地" }),
        new("DemolitionArea", "拆迁面积", Area, MoreIsBetter, Level, null, new[] { "拆迁房屋面积", "拆迁面积", "房屋拆迁" }),
    };

    /// <summary>
    /// Wordings that end with a synonym but name something else, and no indicator the table knows: 人均 and 亩均 make a
    /// level a ratio, 手工业, 国防工业 and 加工业 narrow 工业总产值, 户籍人口城镇化率 is not the 常住人口 one, the world's growth is
    /// not the country's, 中央财政收入 is a part of 财政收入.
    /// </summary>
    internal static readonly string[] NotIndicators =
    {
        "世界经济增长", "全球经济增长", "亩均工业增加值", "手工业总产值", "国防工业总产值", "户籍人口城镇化率", "中央财政收入", "加工业总产值",
    };

    /// <summary>A word before a synonym that makes the written indicator a share of it: 财政性教育经费支出占国内生产总值.</summary>
    internal static readonly WordTable ShareWords = new("占");

    /// <summary>
    /// Words that make an indicator a growth rate (居民消费价格涨幅, 工业增加值增速): its percentage is a growth, and a
    /// comparison of it is about the indicator before the word.
    /// </summary>
    /// <summary>
    /// Words that close the name of a count: 国家科技型中小企业总数超过2万家 (hebei 2024) counts 科技型中小企业, as
    /// 高新技术企业数量 counts 高新技术企业. Taken off only for an entry whose figure is a count.
    /// </summary>
    internal static readonly WordTable CountWords = new("总数", "数量");

    // The entry a count's name names with its count word off (国家科技型中小企业总数), or null.
    private static Entry? CountOf(string written)
    {
        int word = CountWords.MatchEndingAt(written, written.Length, 0);
        if (word < 0 || written.Length <= CountWords[word].Length)
        {
            return null;
        }

        Entry? entry = Find(written.Substring(0, written.Length - CountWords[word].Length));
        return entry is not null && System.Array.IndexOf(entry.Dimensions, Dimension.Count) >= 0 ? entry : null;
    }

    internal static readonly WordTable RateWords = new("增长速度", "增长率", "增速", "增幅", "涨幅", "增长", "速度");

    /// <summary>
    /// Head nouns that many indicators end with and that name none alone: a figure named only 产量 (其他的产品…产量也将增长百分之
    /// 三十以上, China1959) says nothing to match another report's figure by. Never synonyms (IndicatorsTests), never
    /// matched by their written name.
    /// </summary>
    internal static readonly WordTable BareHeadNouns = new(
        "增加值", "收入", "投资", "产值", "总产值", "总额", "总值", "产量", "总产量", "就业", "排放", "规模", "数量", "面积", "人数", "企业", "项目", "资金", "支出");

    /// <summary>True when the indicator <paramref name="name"/> is <paramref name="whole"/> or a part of it, at any depth.</summary>
    public static bool IsWithin(string? name, string whole)
    {
        for (string? n = name; n is not null; n = ByName(n)?.Parent)
        {
            if (n == whole)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Indicators that measure one thing cut another way, each whole with its parts: a county's 居民人均可支配收入增长10%左右
    /// stated next year only as 城镇…增长10%、农村…增长12% (corpus/local/boye, 2021 and 2022), or 外贸进出口 as 外贸出口
    /// (hebei 2022, 2023). Such a figure cannot judge the target, but it is no silence either: the verdict is undetermined.
    /// </summary>
    public static readonly (string Whole, string[] Parts)[] Cuts =
    {
        ("ResidentDisposableIncome", new[] { "UrbanDisposableIncome", "RuralIncome" }),
        ("UrbanAndRuralIncome", new[] { "UrbanDisposableIncome", "RuralIncome" }),
        ("ImportExport", new[] { "Exports" }),
    };

    /// <summary>True when one of the two names is a whole of <see cref="Cuts"/> and the other one of its parts.</summary>
    public static bool AreCutsOfOne(string? a, string? b)
    {
        foreach ((string whole, string[] parts) in Cuts)
        {
            if ((a == whole && System.Array.IndexOf(parts, b) >= 0) || (b == whole && System.Array.IndexOf(parts, a) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entry with this English name, or null.</summary>
    public static Entry? ByName(string? name) => name is not null && s_byName.TryGetValue(name, out Entry? entry) ? entry : null;

    // The Verifier asks for an entry for every pair of a target and a candidate actual: a lookup, not a scan of the table.
    private static readonly System.Collections.Generic.Dictionary<string, Entry> s_byName =
        System.Linq.Enumerable.ToDictionary(All, static e => e.Name, System.StringComparer.Ordinal);

    // Every synonym with its entry, and every word of NotIndicators with none: an indicator ends with at most one of them
    // once the longest is taken.
    private static readonly WordTable<Entry?> s_synonyms = new(Synonyms());

    private static readonly Dictionary<string, Entry> s_whole = WholeWords();

    private static (string, Entry?)[] Synonyms()
    {
        var pairs = new List<(string, Entry?)>();
        foreach (Entry entry in All)
        {
            foreach (string synonym in entry.Synonyms)
            {
                pairs.Add((synonym, entry));
            }
        }

        foreach (string word in NotIndicators)
        {
            pairs.Add((word, null));
        }

        return pairs.ToArray();
    }

    private static Dictionary<string, Entry> WholeWords()
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (Entry entry in All)
        {
            foreach (string word in entry.Whole ?? Array.Empty<string>())
            {
                words[word] = entry;
            }
        }

        return words;
    }

    /// <summary>The entry an indicator as written belongs to, or null for an indicator the vocabulary does not know.</summary>
    public static Entry? Find(string written)
    {
        if (s_whole.TryGetValue(written, out Entry? whole))
        {
            return whole;
        }

        int match = s_synonyms.MatchEndingAt(written, written.Length, 0);
        if (match < 0)
        {
            return CountOf(written);
        }

        // 占国内生产总值: a share of the indicator, not the indicator; 二氧化硫、氮氧化物排放量 and 城镇居民人均可支配收入和
        // 农民人均纯收入: a list of names whose last one only ends the phrase, and none of them alone has the figure.
        int start = written.Length - s_synonyms[match].Length;
        return ShareWords.IndexIn(written, 0, start) >= 0 || written.IndexOfAny(Coordinators.BetweenNames, 0, start) >= 0
            ? null
            : s_synonyms.ValueAt(match);
    }
}

/// <summary>Which way an indicator's target points.</summary>
internal enum Direction
{
    /// <summary>More is better: a target is a floor (output, income, revenue, investment, jobs, counts).</summary>
    MoreIsBetter,

    /// <summary>
    /// Lower is better: a target is a ceiling (prices, unemployment, population growth, energy and carbon per unit of
    /// output, emissions, PM2.5, and deficits: a budget limit the outcome should not pass).
    /// </summary>
    Ceiling,

    /// <summary>
    /// Neither: a projection the government steers toward (广义货币M2, 新增人民币贷款, 社会融资规模余额). The verifier still
    /// judges it as a floor, as it did before the direction was recorded.
    /// </summary>
    Neutral,
}

/// <summary>What an indicator's own figure is.</summary>
internal enum Measure
{
    /// <summary>An amount (粮食产量 6.5亿吨, 城镇新增就业 1200万人); a percentage beside it is its growth.</summary>
    Level,

    /// <summary>A ratio whose percentage is its own level, not a growth (失业率 5.5%, 研发经费投入强度 2.5%, 赤字率 4%).</summary>
    Ratio,

    /// <summary>A change whose percentage is a growth (居民消费价格涨幅 2%, 广义货币M2 增长 12%).</summary>
    Change,
}
