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

    [Fact]
    public void Ten_thousand_digits_are_not_a_quantity_and_do_not_throw()
    {
        string text = new string('9', 10_000) + "亿元";
        Assert.False(QuantityScanner.TryScan(text, 0, text.Length, out _, out int next));
        Assert.True(next > 0);
    }
}
