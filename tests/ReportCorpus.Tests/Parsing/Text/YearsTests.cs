using ReportCorpus.Parsing;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Tests;

/// <summary>Years as the identity and section scanners find them: 2019年, ２０１９年, never the tail of a longer number.</summary>
public class YearsTests
{
    [Theory]
    [InlineData("2019年工作总结", "2019")]
    [InlineData("一、２０１９年工作回顾", "2019")]
    [InlineData("12019年 and 1899年 and 2201年", "")] // the tail of a number, and outside 1900–2200
    [InlineData("共12019年, 2020年计划", "2020")]
    [InlineData("2018年和2019年", "2018,2019")]
    [InlineData("2019", "")]
    [InlineData("年2019年年", "2019")]
    [InlineData("一九六五年新建铁路", "1965")] // Chinese numerals, one script to a year
    [InlineData("二〇〇二年和二○二三年", "2002,2023")]
    [InlineData("十二五年 and 一九6五年", "")]
    public void Years_in_a_text(string text, string years) =>
        Assert.Equal(years, string.Join(",", Years.All(text).Select(y => y.Year)));

    [Theory]
    [InlineData("2012年，国内生产总值增长7.8%", 2012, true)]
    [InlineData("比2011年增长", 2012, false)]
    [InlineData("二〇一二年", 2012, true)]
    [InlineData("2012年", null, false)]
    public void A_text_names_a_year(string text, int? year, bool names) => Assert.Equal(names, Years.Names(text, 0, text.Length, year));

    [Fact]
    public void A_search_from_an_offset_treats_the_offset_as_a_start()
    {
        // 12019年 read from the 2: the range begins there, so 2019年 is a year of that range.
        Assert.Equal(1, Years.Next("12019年", 1, 6, out int year, out int end));
        Assert.Equal((2019, 6), (year, end));
        Assert.Equal(-1, Years.Next("2019年", 0, 4, out _, out _)); // 年 lies beyond the range
    }
}
