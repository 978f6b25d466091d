using System.Text.RegularExpressions;
using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>Every national report: identity and years, and sanity over all the facts of the corpus.</summary>
public class NationalReportTests
{
    public static IEnumerable<object[]> NationalFiles() => TestCorpus.NationalFiles().Select(f => new object[] { f });

    public static IEnumerable<object[]> AllFiles() => TestCorpus.AllFiles().Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(NationalFiles))]
    public void Identity_and_years(string file)
    {
        int delivered = int.Parse(Regex.Match(file, @"(\d{4})年").Groups[1].Value);
        ReportIdentity identity = TestCorpus.Parse(file).Identity;
        Assert.Equal("China" + delivered, identity.IdCandidate);
        Assert.Equal("国务院", identity.Zone);
        Assert.Equal("中国", identity.CityName);
        Assert.Equal("China", identity.City);
        Assert.Equal(delivered - 1, identity.ReviewYear);
        Assert.Equal(delivered, identity.PlanYear);
        Assert.Equal(delivered + "年政府工作报告", identity.Title);
        Assert.True(identity.TitleFromFileName);
    }

    [Theory]
    [InlineData(2016, "国内生产总值", "6.5", "7")]
    [InlineData(2019, "国内生产总值", "6", "6.5")]
    public void National_growth_target_ranges(int year, string indicator, string low, string high)
    {
        ParsedReport report = TestCorpus.Parse($"national/{year}年政府工作报告.txt");
        FactSpec gdp = report.Targets.First(f => f.Indicator == indicator);
        Assert.Null(gdp.Amount);
        Assert.Equal(decimal.Parse(low), gdp.Growth);
        Assert.Equal(Bound.Range, gdp.GrowthBound);
        Assert.Contains(high, gdp.Sentence);
    }

    [Theory]
    [InlineData(2022, "GrossRegionalProduct", null, "5.5", "左右")]
    [InlineData(2022, "NewUrbanJobs", "1100", null, "以上")]
    [InlineData(2023, "NewUrbanJobs", "1200", null, "左右")]
    [InlineData(2024, "ConsumerPrices", "3", null, "左右")]
    [InlineData(2018, "SurveyedUnemploymentRate", "5.5", null, "以内")]
    public void National_targets(int year, string canonical, string? value, string? growth, string qualifier)
    {
        ParsedReport report = TestCorpus.Parse($"national/{year}年政府工作报告.txt");
        FactSpec target = report.Targets.First(f => f.Canonical == canonical);
        Assert.Equal(value is null ? null : decimal.Parse(value), target.Amount?.Value);
        Assert.Equal(growth is null ? null : decimal.Parse(growth), target.Growth);
        Assert.Contains(qualifier, target.Qualifiers);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void No_fact_is_a_year_a_negative_range_or_points_read_as_percent(string file)
    {
        ParsedReport report = TestCorpus.Parse(file);
        foreach (FactSpec f in report.Targets.Concat(report.Achievements))
        {
            if (f.Amount is { } amount)
            {
                Assert.True(amount.Value >= 0, $"{file}: negative value in '{f.Sentence}'");
                Assert.True(amount.Max is null || amount.Max >= amount.Value, $"{file}: inverted range in '{f.Sentence}'");
                Assert.False(amount.Value is >= 1900 and <= 2100 && amount.Unit.Length == 0, $"{file}: year as value in '{f.Sentence}'");
                Assert.NotEqual(Dimension.PercentagePoints, amount.Dimension);
            }

            Assert.True(f.Indicator is null || f.Indicator.Trim().Length > 0, $"{file}: a blank indicator in '{f.Sentence}'");
            Assert.DoesNotContain('\n', f.Indicator ?? "");
        }
    }
}
