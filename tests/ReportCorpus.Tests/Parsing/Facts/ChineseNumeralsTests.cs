using ReportCorpus.Parsing.Facts;

namespace ReportCorpus.Tests;

/// <summary>Numbers written in Chinese characters, read on their own.</summary>
public class ChineseNumeralsTests
{
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
}
