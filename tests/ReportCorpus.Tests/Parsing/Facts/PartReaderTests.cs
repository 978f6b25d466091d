using ReportCorpus.Model;
using ReportCorpus.Parsing;
using ReportCorpus.Parsing.Facts;

namespace ReportCorpus.Tests;

/// <summary>A part's facts over several years, which no single year's report settles, are marked multi-year.</summary>
public class PartReaderTests
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
