using ReportCorpus.Model;
using ReportCorpus.Parsing.Structure;

namespace ReportCorpus.Tests;

/// <summary>A page that holds the report twice is read once (Structure/RepeatedBody).</summary>
public class RepeatedBodyTests
{
    private const string Report =
        "政府工作报告\n各位代表：\n现在，我代表河北省人民政府向大会作工作报告，请予审议。\n一、2003年工作回顾\n全部财政收入完成634.2亿元。\n";

    [Fact]
    public void The_report_ends_where_its_opening_comes_again()
    {
        string filler = new string('。', 2500);
        string text = Report + filler + "\n当前位置：首页>>领导之窗\n" + Report;
        int second = text.LastIndexOf("各位代表", StringComparison.Ordinal);
        Assert.Equal(second, RepeatedBody.FirstCopyEnd(text, 0));
    }

    [Fact]
    public void A_report_held_once_runs_to_the_end()
    {
        string text = Report + new string('。', 2500) + "各位代表，我们要继续努力。";
        Assert.Equal(text.Length, RepeatedBody.FirstCopyEnd(text, 0));
    }

    [Fact]
    public void Hebei2004s_second_copy_gives_no_targets()
    {
        // corpus/local/hebei/河北省_2004_report.txt holds the report twice; read to the end, 2003's revenue (634.2亿元,
        // in the second copy's review) became a 2004 target (the met-missed audit of this round, item V3).
        ParsedReport report = TestCorpus.Parse("local/hebei/河北省_2004_report.txt");
        Assert.DoesNotContain(report.Targets, t => t.Amount?.Value == 634.2m);
        Assert.Contains(report.Achievements, a => a.Amount?.Value == 634.2m);
    }
}
