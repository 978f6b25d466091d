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

    [Theory]
    [InlineData("北京市", "chaoyang-beijing-2021.txt")]
    [InlineData("长春市", "chaoyang-changchun-2021.txt")]
    [InlineData(null, "chaoyang-beijing-2021.txt")]
    public void The_same_name_under_two_parents_is_two_jurisdictions(string? parent, string expected)
    {
        ReportActuals[] corpus =
        {
            new("chaoyang-changchun-2021.txt", "朝阳区", 2021, EquatableArray<FactSpec>.Empty, Parent: "长春市"),
            new("chaoyang-beijing-2021.txt", "朝阳区", 2021, EquatableArray<FactSpec>.Empty, Parent: "北京市"),
        };
        ParsedReport planning = Planning("朝阳区", 2021);
        planning = planning with { Identity = planning.Identity with { Parent = parent } };
        Assert.Equal(expected, CrossYear.FindNext("朝阳区", 2021, corpus, parent)?.Path);
        Assert.Equal(expected, ActualsByZone.Of(corpus).NextOf(planning)?.Path);
    }

    [Fact]
    public void A_report_whose_parent_was_not_found_chains_with_its_names_reports() =>
        Assert.Equal("x.txt", CrossYear.FindNext("朝阳区", 2021, new ReportActuals[] { new("x.txt", "朝阳区", 2021, EquatableArray<FactSpec>.Empty) }, "北京市")?.Path);

    [Fact]
    public void Actuals_by_zone_are_equal_whatever_the_order_of_the_reports()
    {
        Assert.Equal(ActualsByZone.Of(s_corpus), ActualsByZone.Of(s_corpus.Reverse()));
        Assert.NotEqual(ActualsByZone.Of(s_corpus), ActualsByZone.Of(s_corpus.Skip(1)));
    }
}
