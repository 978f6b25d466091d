using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>分别: one figure per indicator named before it, for growth and amounts alike.</summary>
public class DistributionTests
{
    private static IEnumerable<(string Indicator, decimal? Amount, decimal? Growth)> Facts(string sentence) =>
        TestCorpus.InReview(sentence).Achievements.Select(f => (f.Indicator, f.Amount?.Value, f.Growth));

    [Fact]
    public void Growth_is_distributed() => Assert.Equal(
        new[] { ("二氧化硫", (decimal?)null, (decimal?)-4.6m), ("化学需氧量排放", null, -4.4m) },
        Facts("二氧化硫和化学需氧量排放分别下降4.6%和4.4%。"));

    [Fact]
    public void Amounts_are_distributed() => Assert.Equal(
        new[] { ("水泥", (decimal?)2.48m, (decimal?)null), ("化肥", 1988m, null) },
        Facts("水泥和化肥分别达到2.48亿吨和1988万吨。"));

    // A noun the names share stays with the last one (卫生的支出), as with 二氧化硫和化学需氧量排放: a known limit.
    [Fact]
    public void Three_or_more_amounts_are_distributed() => Assert.Equal(
        new[] { ("财政用于科技", (decimal?)774m, (decimal?)null), ("教育", 536m, null), ("卫生的支出", 138m, null) },
        Facts("财政用于科技、教育、卫生的支出分别为774亿元、536亿元、138亿元。"));

    [Fact]
    public void Names_come_from_the_clause_before_when_only_a_year_stands_before_分别() => Assert.Equal(
        new[] { ("农村居民人均纯收入", (decimal?)2253m, (decimal?)null), ("城镇居民人均可支配收入", 6280m, null) },
        Facts("农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。"));

    [Fact]
    public void Unequal_counts_distribute_nothing()
    {
        var facts = Facts("水泥、化肥和钢材分别达到2.48亿吨和1988万吨。").ToList();
        Assert.DoesNotContain(facts, f => f.Indicator == "水泥");
    }
}

/// <summary>A verb alone before a count, and what it counts after it: 新增58家研发机构, 新建1亿亩高标准农田.</summary>
public class CountedNounTests
{
    private static IEnumerable<(string Indicator, decimal? Amount)> Facts(string sentence) =>
        TestCorpus.InReview(sentence).Achievements.Select(f => (f.Indicator, f.Amount?.Value));

    [Theory]
    [InlineData("加大研发机构的引进力度,新增58家研发机构,包括萨基姆。", "新增研发机构", "58")]
    [InlineData("新建1亿亩高标准农田。", "新建高标准农田", "1")]
    [InlineData("完成3万个行政村通光纤。", "完成行政村通光纤", "3")]
    [InlineData("解决750万户城市低收入住房困难家庭和260万户林区、垦区、煤矿等棚户区居民的住房问题。", "解决城市低收入住房困难家庭", "750")]
    public void The_counted_noun_follows_the_figure(string sentence, string indicator, string amount) =>
        Assert.Contains((indicator, (decimal?)decimal.Parse(amount)), Facts(sentence));

    [Theory]
    // 的 after the noun: the figure counts something else (the people, not the shanty towns).
    [InlineData("改造约1亿人居住的城镇棚户区。", "改造居住")]
    // A coordination of nouns, or an aside inside the noun: where the noun ends is not clear.
    [InlineData("完成7356座大中型和重点小型病险水库除险加固。", "完成大中型")]
    [InlineData("新增10家以上工程(技术)中心。", "新增工程")]
    public void Unclear_nouns_are_not_taken(string sentence, string misread) =>
        Assert.DoesNotContain(Facts(sentence), f => f.Indicator == misread);
}
