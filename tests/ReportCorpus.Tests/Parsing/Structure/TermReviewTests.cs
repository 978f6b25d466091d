using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus.Tests;

/// <summary>
/// A report on a whole term (一、过去五年工作回顾) reads its results as the term's, except in the paragraphs that give the
/// reviewed year its own: from 刚刚过去的2022年 / 一年来 to the next paragraph on 过去五年 (corpus/local/hebei/河北省_2023_report.txt).
/// </summary>
public class TermReviewTests
{
    private static ParsedReport Parse(string review) => ReportParser.Parse(
        "2023年河北省政府工作报告.txt",
        "各位代表：\n现在，我代表河北省人民政府向大会作工作报告。\n一、过去五年工作回顾\n" + review + "\n二、2023年工作安排\n全年粮食产量稳定在740亿斤以上。\n");

    [Fact]
    public void The_years_own_paragraphs_give_results_and_the_term_resumes_after_them()
    {
        ParsedReport report = Parse(
            "五年来，全省城镇新增就业450万人。\n各位代表，刚刚过去的2022年，是本届政府的收官之年。\n一年来，我们主要做了以下工作：\n现代农业增产增效。粮食总产773亿斤。\n各位代表！过去五年，我们累计造林2000万亩。");
        Assert.Equal(FactKind.MultiYear, report.Achievements.Single(a => a.Amount?.Value == 450m).Kind);
        Assert.Equal(FactKind.Result, report.Achievements.Single(a => a.Amount?.Value == 773m).Kind);
        Assert.Equal(FactKind.MultiYear, report.Achievements.Single(a => a.Amount?.Value == 2000m).Kind);
    }

    [Fact]
    public void Without_such_paragraphs_the_whole_review_is_the_terms()
    {
        ParsedReport report = Parse("五年来，全省城镇新增就业450万人。\n现代农业增产增效。粮食总产773亿斤。");
        Assert.All(report.Achievements, a => Assert.Equal(FactKind.MultiYear, a.Kind));
    }
}
