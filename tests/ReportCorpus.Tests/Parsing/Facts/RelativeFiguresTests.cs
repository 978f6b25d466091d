using ReportCorpus.Model;
using ReportCorpus.Parsing;
using ReportCorpus.Parsing.Facts;

namespace ReportCorpus.Tests;

/// <summary>A figure relative to something else is its own kind of fact (more cases: Specs/relative.txt).</summary>
public class RelativeFiguresTests
{
    private static ParsedReport Parse(string sentence) => TestCorpus.InReview(sentence);

    [Fact]
    public void The_own_growth_stays_apart_from_the_relative_figure()
    {
        var facts = Parse("固定资产投资完成85亿元,增长18.3%,高于全市20个百分点以上。").Achievements;
        Assert.Equal(2, facts.Count);
        Assert.Equal(85m, facts[0].Amount!.Value);
        Assert.Equal(18.3m, facts[0].Growth);
        Assert.Null(facts[0].Relative);
        Assert.Equal(20m, facts[1].Relative!.Difference);
        Assert.Equal(Bound.AtLeast, facts[1].Relative!.Bound);
        Assert.Equal("固定资产投资", facts[1].Indicator);
    }

    [Theory]
    [InlineData("占比", false)]
    [InlineData("比重", false)]
    [InlineData("比上年", true)]
    [InlineData("较上年", true)]
    public void A_ratio_word_is_not_a_base_of_comparison(string phrase, bool isBase)
    {
        RelativeFigures.TrySplit(phrase + "提高", out string own, out string against, out _);
        Assert.Equal(isBase, against.Length > 0);
        Assert.Equal(isBase ? "" : phrase, own);
    }
}
