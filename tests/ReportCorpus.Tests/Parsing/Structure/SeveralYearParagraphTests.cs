using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus.Tests;

/// <summary>
/// A paragraph of the review that opens on several past years speaks of them throughout (SectionFinder.
/// FindMultiYearSections, TimeWords.SeveralYearOpeners): its figures are the term's, never the reviewed year's actuals.
/// The paragraph after it speaks for itself. Cases from ../shared/local/yixian/2021年易县政府工作报告.txt (过去的五年是…)
/// and laishui/2021年涞水县政府工作报告.txt (——这五年，是…), whose five-year jobs figures were read as 2020's.
/// </summary>
public class SeveralYearParagraphTests
{
    private static ParsedReport Parse(string paragraph) => ReportParser.Parse(
        "2021年易县政府工作报告.txt",
        "各位代表：\n现在，我代表县人民政府向大会作工作报告。\n一、“十三五”时期经济社会发展回顾\n" + paragraph
        + "\n各位代表！2020年是大战大考之年。全年民生支出34.7亿元。\n二、2021年工作安排\n城镇新增就业3500人。\n");

    [Theory]
    [InlineData("过去的五年是幸福指数大幅提升的五年。“十三五”时期，全县民生投入140.39亿元。城镇新增就业2.2万人，城镇登记失业率控制在4.5%以内。", true)]
    [InlineData("——这五年，是涞水群众福祉富有新变化的五年。实现城镇新增就业1.23万人。", true)]
    [InlineData("这五年，是综合实力迈上新台阶的五年。城镇新增就业2.2万人。", true)]
    [InlineData("过去五年，全县城镇新增就业2.2万人。", true)]
    // Near misses: the year just reviewed, and a paragraph that only mentions five years later on.
    [InlineData("过去的一年，我们稳就业、保民生。城镇新增就业2.2万人。", false)]
    [InlineData("我们稳就业、保民生。城镇新增就业2.2万人。这是五年来最多的一年。", false)]
    public void The_paragraphs_figures_are_the_terms_when_it_opens_on_several_years(string paragraph, bool severalYears)
    {
        ParsedReport report = Parse(paragraph);
        FactSpec jobs = report.Achievements.First(a => a.Indicator == "城镇新增就业");
        Assert.Equal(severalYears, jobs.IsMultiYear);
        Assert.Equal(severalYears ? FactKind.MultiYear : FactKind.Result, jobs.Kind);

        // The paragraph after it is the year's.
        FactSpec spending = report.Achievements.Single(a => a.Amount?.Value == 34.7m);
        Assert.False(spending.IsMultiYear);
    }

    // A statement there is on the term's targets (../shared/local/hebei/河北省_2008_report.txt: the 2003 session's), not the
    // year's; one that names the reviewed year is the year's (河北省_2011_report.txt: …确定的2010年各项任务顺利完成).
    [Theory]
    [InlineData("过去的五年是不平凡的五年。我们圆满完成县十六届人大一次会议确定的目标任务。", 0)]
    [InlineData("过去的五年是不平凡的五年。县十七届人大五次会议确定的2020年各项任务顺利完成。", 1)]
    [InlineData("我们稳就业、保民生，圆满完成县十六届人大一次会议确定的目标任务。", 1)]
    public void A_statement_in_such_a_paragraph_speaks_for_the_year_only_when_it_names_it(string paragraph, int yearsStatements)
    {
        ParsedReport report = Parse(paragraph);
        Assert.Equal(yearsStatements, report.Stated.Count(s => s.Indicator is null && !s.Sentence.Contains("大战大考")));
    }
}
