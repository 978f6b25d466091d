using ReportCorpus.Model;
using ReportCorpus.Parsing;
using ReportCorpus.Parsing.Facts;

namespace ReportCorpus.Tests;

/// <summary>The quantity scanner on the expressions real reports use, and on the traps around them.</summary>
public class QuantityScannerTests
{
    private static QuantityToken? Scan(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (QuantityScanner.IsNumberStart(text, i))
            {
                return QuantityScanner.TryScan(text, i, text.Length, out QuantityToken token, out _) ? token : null;
            }
        }

        return null;
    }

    [Theory]
    [InlineData("16.5亿元", "16.5", "亿元", "100000000")]
    [InlineData("１２３亿元", "123", "亿元", "100000000")]
    [InlineData("1.2万", "1.2", "万", "10000")]
    [InlineData("3.74万户", "3.74", "万户", "10000")]
    [InlineData("2.38万亿元", "2.38", "万亿元", "1000000000000")]
    [InlineData("1,881.68万美元", "1881.68", "万美元", "10000")]
    [InlineData("三千五百万元", "35000000", "元", "1")]
    [InlineData("一百九十万零三千九百七十一人", "1903971", "人", "1")]
    [InlineData("高等学校二百○八所", "208", "所", "1")]
    [InlineData("三亿三千五百多万吨", "33500", "万吨", "10000000")]
    [InlineData("百分之五", "5", "%", "1")]
    [InlineData("43万平方米", "43", "万平方米", "10000")]
    [InlineData("996亩", "996", "亩", "666.66666666666666666666666667")]
    [InlineData("0.4个百分点", "0.4", "个百分点", "1")]
    [InlineData("85亿元", "85", "亿元", "100000000")]
    [InlineData("1100万人", "1100", "万人", "10000")]
    [InlineData("35微克/立方米", "35", "微克/立方米", "1")]
    [InlineData("500万千瓦", "500", "万千瓦", "10000000")]
    [InlineData("三百万千瓦", "3000000", "千瓦", "1000")]
    [InlineData("四百零六万千瓦", "4060000", "千瓦", "1000")]
    [InlineData("十二百分点", "12", "百分点", "1")]
    public void Amounts(string text, string value, string unit, string factor)
    {
        QuantityToken token = Scan(text) ?? throw new Xunit.Sdk.XunitException("no quantity in " + text);
        Assert.Equal(decimal.Parse(value), token.Value);
        Assert.Equal(unit, token.Unit);
        Assert.Equal(decimal.Parse(factor), token.Factor);
        Assert.Null(token.Max);
    }

    [Theory]
    [InlineData("0.4个百分点", "PercentagePoints")]
    [InlineData("4.6%", "Percent")]
    [InlineData("4.6％", "Percent")]
    [InlineData("30家", "Count")]
    [InlineData("1亿美元", "ForeignMoney")]
    [InlineData("20亿元", "Money")]
    [InlineData("600亩", "Area")]
    [InlineData("1.2倍", "Multiple")]
    public void Dimensions(string text, string dimension) => Assert.Equal(Enum.Parse<Dimension>(dimension), Scan(text)!.Value.Dimension);

    [Theory]
    [InlineData("60%以上", "AtLeast", "以上")]
    [InlineData("4.5%以内", "AtMost", "以内")]
    [InlineData("5%左右", "About", "左右")]
    [InlineData("3000多名", "JustOver", "多")]
    [InlineData("300余家", "JustOver", "多")]
    [InlineData("1万多人", "JustOver", "多")]
    public void Suffix_qualifiers(string text, string bound, string qualifier)
    {
        QuantityToken token = Scan(text)!.Value;
        Assert.Equal(Enum.Parse<Bound>(bound), token.Bound);
        Assert.Equal(qualifier, token.Qualifier);
    }

    [Theory]
    [InlineData("6.5%－7%", "6.5", "7", "%")]
    [InlineData("6%-6.5%", "6", "6.5", "%")]
    [InlineData("6-6.5%", "6", "6.5", "%")]
    [InlineData("1至2家", "1", "2", "家")]
    [InlineData("10-20亿元", "10", "20", "亿元")]
    [InlineData("1000到2000亩", "1000", "2000", "亩")]
    [InlineData("四千万亩到五千万亩", "40000000", "50000000", "亩")]
    [InlineData("十五亿元到二十亿元", "1500000000", "2000000000", "元")]
    [InlineData("六百吨到八百五十吨", "600", "850", "吨")]
    [InlineData("百分之二到百分之三", "2", "3", "%")]
    [InlineData("百分之二十到三十", "20", "30", "%")]
    [InlineData("百分之七至十", "7", "10", "%")]
    public void Ranges_are_closed_never_negative(string text, string low, string high, string unit)
    {
        QuantityToken token = Scan(text)!.Value;
        Assert.Equal(Bound.Range, token.Bound);
        Assert.Equal(decimal.Parse(low), token.Value);
        Assert.Equal(decimal.Parse(high), token.Max);
        Assert.Equal(unit, token.Unit);
    }

    [Theory]
    [InlineData("一九五八年到一九六二年")]
    [InlineData("三到五年")]
    [InlineData("百分之二十到三十个")]
    public void To_between_words_that_are_no_quantities_makes_no_range(string text)
    {
        QuantityToken? token = Scan(text);
        Assert.True(token is null || token.Value.Bound != Bound.Range, text);
    }

    [Theory]
    [InlineData("十三五")]
    [InlineData("一带一路")]
    [InlineData("一季度")]
    [InlineData("2023年1-11月")]
    [InlineData("第六届")]
    [InlineData("三区一城")]
    [InlineData("二〇〇二年")]
    [InlineData("2008年")]
    [InlineData("3C地块")]
    [InlineData("占全市的1/6")]
    [InlineData("G20峰会")]
    [InlineData("一是要素制约")]
    [InlineData("一家企业")]
    [InlineData("两家企业")]
    [InlineData("两个大局。")]
    [InlineData("四个全面,")]
    [InlineData("一项。")]
    [InlineData("修建水坝几十座。")]
    [InlineData("为了确保这两项,")]
    [InlineData("亿亿亿亿亿亿元")]
    [InlineData("九亿亿亿亿元")]
    public void Not_quantities(string text) => Assert.Null(Scan(text));

    [Theory]
    [InlineData("新增上市企业两家。", "2", "家")]
    [InlineData("新建研发中心三个百分点", "3", "个百分点")]
    [InlineData("获批国家级平台五项,", "5", "项")]
    [InlineData("引进院士十名以上;", "10", "名")]
    public void Single_numeral_counts(string text, string value, string unit)
    {
        QuantityToken token = Scan(text) ?? throw new Xunit.Sdk.XunitException("no quantity in " + text);
        Assert.Equal(decimal.Parse(value), token.Value);
        Assert.Equal(unit, token.Unit);
    }

    [Theory]
    [InlineData("三千", "3000")]
    [InlineData("两千六", "2600")]
    [InlineData("十三万五", "135000")]
    [InlineData("一百九十万零三千九百七十一", "1903971")]
    [InlineData("一百零五", "105")]
    [InlineData("十五", "15")]
    [InlineData("三万亿", "3000000000000")]
    [InlineData("一亿三千万", "130000000")]
    public void Chinese_numerals(string text, string value)
    {
        Assert.True(ChineseNumerals.TryParse(text, 0, text.Length, out decimal parsed, out bool digitString));
        Assert.False(digitString);
        Assert.Equal(decimal.Parse(value), parsed);
    }

    [Fact]
    public void A_digit_run_is_a_year_not_a_number()
    {
        Assert.True(ChineseNumerals.TryParse("二〇〇二", 0, 4, out decimal value, out bool digitString));
        Assert.True(digitString);
        Assert.Equal(2002m, value);
    }

    [Fact]
    public void Ten_thousand_digits_are_not_a_quantity_and_do_not_throw()
    {
        string text = new string('9', 10_000) + "亿元";
        Assert.False(QuantityScanner.TryScan(text, 0, text.Length, out _, out int next));
        Assert.True(next > 0);
    }
}

/// <summary>Growth written in words, through the whole parser.</summary>
public class GrowthPhraseTests
{
    [Theory]
    [InlineData("——居民人均收入比2010年翻一番。", "居民人均收入", "100", "")]
    [InlineData("——技术交易额翻了一番。", "技术交易额", "100", "")]
    [InlineData("——工农业总产值翻两番。", "工农业总产值", "300", "")]
    [InlineData("——工业增加值实现两位数增长。", "工业增加值", "10", "以上")]
    [InlineData("——专利授权250件,增长1倍。", "专利授权", "100", "")]
    [InlineData("——技术合同成交额增长1.2倍。", "技术合同成交额", "120", "")]
    public void Growth_in_words(string sentence, string indicator, string growth, string qualifier)
    {
        var report = TestCorpus.InReview(sentence);
        var fact = Assert.Single(report.Achievements);
        Assert.Equal(indicator, fact.Indicator);
        Assert.Equal(decimal.Parse(growth), fact.Growth);
        Assert.Equal(qualifier, fact.Qualifiers);
    }
}

/// <summary>A figure relative to something else is its own kind of fact, never the indicator's amount or growth.</summary>
public class RelativeFigureTests
{
    private static ParsedReport Parse(string sentence) => TestCorpus.InReview(sentence);

    [Theory]
    [InlineData("地区生产总值增长7.5%,高于全市1个百分点。", "地区生产总值", "1", "个百分点", "全市")]
    [InlineData("工业增加值增速低于全省平均水平0.8个百分点。", "工业增加值", "-0.8", "个百分点", "全省平均水平")]
    [InlineData("研发经费占生产总值比重比上年提高0.4个百分点。", "研发经费占生产总值比重", "0.4", "个百分点", "上年")]
    [InlineData("城镇登记失业率同比回落0.2个百分点。", "城镇登记失业率", "-0.2", "个百分点", "上年")]
    [InlineData("高新技术产业增加值占比提高2个百分点。", "高新技术产业增加值占比", "2", "个百分点", "")]
    [InlineData("出口增速比全市高出3个百分点。", "出口", "3", "个百分点", "全市")]
    public void Relative_figures_are_their_own_kind(string sentence, string indicator, string difference, string unit, string against)
    {
        FactSpec relative = Assert.Single(Parse(sentence).Achievements, f => f.Relative is not null);
        Assert.Equal(indicator, relative.Indicator);
        Assert.Null(relative.Amount);
        Assert.Null(relative.Growth);
        Assert.Equal(decimal.Parse(difference, System.Globalization.CultureInfo.InvariantCulture), relative.Relative!.Difference);
        Assert.Equal(unit, relative.Relative.Unit);
        Assert.Equal(against, relative.Relative.Against);
    }

    [Fact]
    public void The_own_growth_stays_apart_from_the_relative_figure()
    {
        var facts = Parse("固定资产投资完成85亿元,增长18.3%,高于全市20个百分点以上。").Achievements;
        Assert.Equal(2, facts.Count);
        Assert.Equal(85m, facts[0].Amount!.Value);
        Assert.Equal(18.3m, facts[0].Growth);
        Assert.Null(facts[0].Relative);
        Assert.Equal(20m, facts[1].Relative!.Difference);
        Assert.Equal(Bound.AtLeast, facts[1].Relative!.Bound);
        Assert.Equal("固定资产投资", facts[1].Indicator);
    }

    [Fact]
    public void An_estimate_stays_an_estimate()
    {
        var facts = Parse("预计地区生产总值增长7.5%,高于全市1个百分点。").Achievements;
        Assert.All(facts, f => Assert.True(f.IsEstimate));
    }

    [Theory]
    [InlineData("占比", false)]
    [InlineData("比重", false)]
    [InlineData("比上年", true)]
    [InlineData("较上年", true)]
    public void A_ratio_word_is_not_a_base_of_comparison(string phrase, bool isBase)
    {
        RelativeFigures.TrySplit(phrase + "提高", out string own, out string against, out _);
        Assert.Equal(isBase, against.Length > 0);
        Assert.Equal(isBase ? "" : phrase, own);
    }
}

/// <summary>The indicator phrase before a figure: quoted names belong to it, a base of comparison does not.</summary>
public class IndicatorPhraseTests
{
    [Theory]
    [InlineData("实现政务服务事项“最多跑一次”比例达100%。", "政务服务事项“最多跑一次”比例")]
    [InlineData("全区“跑零次”比例达98%。", "“跑零次”比例")]
    [InlineData("中央财政用于“三农”的支出2626亿元。", "中央财政用于“三农”的支出")]
    [InlineData("坚持“两手硬、两战赢”,新增企业30家。", "新增企业")]
    public void Quoted_names_belong_to_the_indicator(string sentence, string indicator)
    {
        var report = TestCorpus.InReview(sentence);
        Assert.Equal(indicator, Assert.Single(report.Achievements).Indicator);
    }
}

/// <summary>Words around the indicator that are not part of it.</summary>
public class IndicatorWordTests
{
    [Theory]
    [InlineData("农业和副业总产值将增长9.3%。", "农业和副业总产值")]
    [InlineData("技术交易额预计21亿元。", "技术交易额")]
    [InlineData("全年实现技工贸总收入268亿元。", "技工贸总收入")]
    public void Leading_and_trailing_words_leave_the_indicator(string sentence, string indicator)
    {
        var report = TestCorpus.InReview(sentence);
        Assert.Equal(indicator, Assert.Single(report.Achievements).Indicator);
    }
}

/// <summary>Figures over several years, which no single year's report settles.</summary>
public class MultiYearTests
{
    [Theory]
    [InlineData("这五年，各项社会事业加快发展。城镇新增就业5771万人，转移农业劳动力4500万人。", true)]
    [InlineData("五年来，人民生活持续改善。易地扶贫搬迁830万人。", true)]
    [InlineData("　　过去五年，城镇新增就业6000万人。", true)]
    [InlineData("过去一年，城镇新增就业1100万人。", false)]
    public void A_paragraph_that_opens_on_several_years_is_multi_year_throughout(string paragraph, bool multiYear)
    {
        var report = ReportParser.Parse("x.txt", "国务院2018年政府工作报告\n一、2017年工作回顾\n" + paragraph + "\n去年城镇新增就业1351万人。\n");
        Assert.All(report.Achievements.Where(f => f.Span.Line == 2), f => Assert.Equal(multiYear, f.IsMultiYear));
        Assert.Contains(report.Achievements, f => f.Span.Line == 2);
        Assert.False(Assert.Single(report.Achievements, f => f.Span.Line == 3).IsMultiYear);
    }
}

/// <summary>A figure inside a short quotation names something (a slogan, a policy, a programme): it is no fact.</summary>
public class QuotedNameTests
{
    private static ParsedReport Parse(string sentence) => TestCorpus.InReview(sentence);

    [Theory]
    [InlineData("按照“三个100万”的要求,加快专业孵化器建设。")]
    [InlineData("全面升级人才“九策二十四条”,确保政策覆盖高层次人才。")]
    [InlineData("编制《2011-2015年发展规划》,明确发展方向。")]
    public void A_short_quotation_holds_no_fact(string sentence) => Assert.Empty(Parse(sentence).Achievements);

    [Fact]
    public void A_long_quotation_is_a_passage_and_its_figures_count()
    {
        ParsedReport report = Parse("明确了“全年引进企业30家以上、新增就业岗位5000个”的工作目标。");
        Assert.Equal(new[] { 30m, 5000m }, report.Achievements.Select(f => f.Amount!.Value));
    }

    [Fact]
    public void The_figure_after_a_quoted_name_is_read()
    {
        FactSpec fact = Assert.Single(Parse("7家企业被列入“技术标准自主创新300推进工程”企业名单,引进“千人计划”专家12名。").Achievements);
        Assert.Equal(12m, fact.Amount!.Value);
    }
}
