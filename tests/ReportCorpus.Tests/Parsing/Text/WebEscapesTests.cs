using ReportCorpus.Model;
using ReportCorpus.Parsing;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Tests;

/// <summary>
/// The structure view of a crawled text (Text/WebEscapes): escaped breaks, blank entities and TAB runs read as breaks
/// and blanks, every character at its raw offset, every location on the raw file's lines.
/// </summary>
public class WebEscapesTests
{
    [Theory]
    // ../shared/local/anxin/安新县2024年政府工作报告.txt
    [InlineData(@"各位代表：\r\n&nbsp; 现在", "各位代表：   \n       现在")]
    [InlineData(@"工作回顾\r\n\r\n2023年", "工作回顾   \n   \n2023年")]
    [InlineData(@"a\nb\rc\td", "a \nb \nc  d")]
    // ../shared/local/boye/2021年博野县政府工作报告.txt: the aggregator's page line
    [InlineData("2023-01-24\t\t\t作者：中国县域", "2023-01-24\t\t\n作者：中国县域")]
    // ../shared/local/shunping/顺平县2008年政府工作报告.txt: a collector's stand-in for %
    [InlineData("增长12_M_M_以上", "增长12%    以上")]
    // Kept: a single TAB, an escaped backslash, a backslash before another letter, an entity that is no blank.
    [InlineData("收入\t增长", "收入\t增长")]
    [InlineData(@"C:\\new \x &amp; &nbsp", @"C:\\new \x &amp; &nbsp")]
    [InlineData("", "")]
    [InlineData(@"末尾\", @"末尾\")]
    public void Escapes_become_breaks_and_blanks_in_place(string raw, string view)
    {
        string actual = WebEscapes.AsBreaks(raw);
        Assert.Equal(view, actual);
        Assert.Equal(raw.Length, actual.Length);
    }

    [Fact]
    public void Text_without_escapes_is_the_same_string() =>
        Assert.Same("地区生产总值增长8%。\n", WebEscapes.AsBreaks("地区生产总值增长8%。\n"));

    /// <summary>
    /// A report on one line (../shared/local/lixian/蠡县2020年政府工作报告.txt shape): the plan heading after a literal \r\n
    /// is found, the facts are located on the raw file's only line, at the raw offsets.
    /// </summary>
    [Fact]
    public void A_report_on_one_line_splits_at_its_escaped_breaks_and_keeps_raw_locations()
    {
        string raw = @"宁波国家高新区2008年工作总结和2009年工作安排 \r\n一、2008年工作回顾 \r\n&nbsp; &nbsp; 全年生产总值增长9%\r\n"
            + @"二、2009年工作安排 \r\n&nbsp; 生产总值增长10%\r\n";
        ParsedReport report = ReportParser.Parse("x.txt", raw);

        FactSpec result = Assert.Single(report.Achievements);
        Assert.Equal("生产总值", result.Indicator);
        Assert.Equal("全年生产总值增长9%", result.Sentence);
        FactSpec target = Assert.Single(report.Targets);
        Assert.Equal("生产总值增长10%", target.Sentence);
        Assert.Equal(0, target.Span.Line);
        Assert.Equal(raw.IndexOf("生产总值增长10%", StringComparison.Ordinal), target.Span.Start);
        Assert.Equal(target.Span.Start, target.Span.Column);
    }
}
