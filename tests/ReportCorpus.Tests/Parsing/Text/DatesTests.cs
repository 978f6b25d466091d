using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Tests;

/// <summary>The one date reader (Text/Dates): the forms real reports and their collectors write.</summary>
public class DatesTests
{
    [Theory]
    [InlineData("2000-01-20", "2000-01-20")]                 // a collector's 发文时间
    [InlineData("2020年1月21日在保定市", "2020-01-21")]        // a session line
    [InlineData("二〇一二年一月六日在河北省", "2012-01-06")]
    [InlineData("二〇〇五年一月十一日", "2005-01-11")]
    [InlineData("二〇一九年十二月三十一日", "2019-12-31")]
    [InlineData("2008 年 3 月 12 日", "2008-03-12")]
    [InlineData("２００９年３月１３日", "2009-03-13")]
    [InlineData("2021.7.28", "2021-07-28")]
    public void A_date_is_read(string text, string expected)
    {
        Assert.True(Dates.TryReadAt(text, 0, text.Length, out string date, out _));
        Assert.Equal(expected, date);
    }

    [Theory]
    [InlineData("2021年2月30日")]   // no such day
    [InlineData("2021年")]          // a year alone
    [InlineData("20万元")]
    [InlineData("二0一九年一月十四日")] // digits of two scripts
    public void Not_a_date(string text) => Assert.False(Dates.TryReadAt(text, 0, text.Length, out _, out _));

    [Fact]
    public void The_first_date_of_a_stretch_and_where_it_starts()
    {
        const string text = "（ 2017年2月26日）";
        Assert.Equal("2017-02-26", Dates.First(text, 0, text.Length, out int start, out _));
        Assert.Equal(2, start);
    }
}
