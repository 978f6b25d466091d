using ReportCorpus.Corpus;
using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>Finding a report's next report: same jurisdiction, reviewing the year it plans; the first by path of several.</summary>
public class CrossYearTests
{
    private static ReportActuals Actuals(string path, string zone, int? reviewYear) => new(path, zone, reviewYear, EquatableArray<FactSpec>.Empty);

    private static ParsedReport Planning(string zone, int? planYear)
    {
        ParsedReport report = Parsing.ReportParser.FromFileName("plan.txt", new ParseNote(ParseNoteCode.Empty, "", null));
        return report with { Identity = report.Identity with { Zone = zone, ReviewYear = planYear - 1, PlanYear = planYear } };
    }

    private static readonly ReportActuals[] s_corpus =
    {
        Actuals("b/宁波2009.txt", "宁波国家高新区", 2009),
        Actuals("a/宁波2009.txt", "宁波国家高新区", 2009),
        Actuals("宁波2010.txt", "宁波国家高新区", 2010),
        Actuals("大连2009.txt", "大连高新区", 2009),
    };

    [Theory]
    [InlineData("宁波国家高新区", 2009, "a/宁波2009.txt")]
    [InlineData("宁波国家高新区", 2010, "宁波2010.txt")]
    [InlineData("大连高新区", 2009, "大连2009.txt")]
    [InlineData("大连高新区", 2010, null)]
    [InlineData("嵊州经济开发区", 2009, null)]
    [InlineData("", 2009, null)]
    [InlineData("宁波国家高新区", null, null)]
    public void The_next_report_is_the_same_jurisdictions_review_of_the_plan_year(string zone, int? planYear, string? expected)
    {
        Assert.Equal(expected, CrossYear.FindNext(zone, planYear, s_corpus)?.Path);
        Assert.Equal(expected, ActualsByZone.Of(s_corpus).NextOf(Planning(zone, planYear))?.Path);
    }

    [Fact]
    public void Actuals_by_zone_are_equal_whatever_the_order_of_the_reports()
    {
        Assert.Equal(ActualsByZone.Of(s_corpus), ActualsByZone.Of(s_corpus.Reverse()));
        Assert.NotEqual(ActualsByZone.Of(s_corpus), ActualsByZone.Of(s_corpus.Skip(1)));
    }
}
