extern alias generator;

using Xunit;
using Encoder = generator::ReportCorpus.Emit.ReportData;
using Model = generator::ReportCorpus.Model;

namespace ReportCorpus.Runtime.Tests;

/// <summary>The emitted decoder reads what the generator's encoder writes, field for field.</summary>
public class ReportDataTests
{
    private const string Path = "corpus/ningbo/2008.txt";

    private static readonly string[] Sentences = { "全市生产总值1650亿元以上，增长12%左右。", "高于全省1个百分点。" };

    internal static readonly Model.FactSpec Full = new(
        Model.FactRole.Target, generator::ReportCorpus.FactKind.Headline, "地区生产总值", "GrossRegionalProduct", "GrossRegionalProduct",
        new Model.QuantitySpec(1650m, 1700.5m, "亿元", generator::ReportCorpus.Dimension.Money, 100000000m), generator::ReportCorpus.Bound.AtLeast,
        12.50m, generator::ReportCorpus.Bound.About, "预计,左右", IsEstimate: true, IsMultiYear: true, PartOf: 3, Sentences[1],
        new Model.LocationInfo(Start: 120, Length: 15, Line: 6, Column: 9, EndLine: 6, EndColumn: 24),
        new Model.RelativeSpec(-1.5m, generator::ReportCorpus.Bound.MoreThan, generator::ReportCorpus.Dimension.PercentagePoints, "个百分点", "全省"));

    private static readonly Model.FactSpec Bare = new(
        Model.FactRole.Achievement, generator::ReportCorpus.FactKind.Result, "财政收入", "财政收入", null, null, generator::ReportCorpus.Bound.Exact, null, generator::ReportCorpus.Bound.Exact,
        "", IsEstimate: false, IsMultiYear: false, PartOf: -1, Sentences[0], new Model.LocationInfo(0, 4, 0, 0, 0, 4));

    [Fact]
    public void A_target_decodes_to_the_fields_the_generator_encoded()
    {
        var check = new Model.CheckSpec(0, generator::ReportCorpus.Verdict.Missed, "corpus/ningbo/2009.txt", 7, generator::ReportCorpus.VerdictBasis.Growth);
        var achievement = new Achievement(FactKind.Result, "x", "x", null, Bound.Exact, null, Bound.Exact, null, null, false, false, null, "", new SourceSpan(Path, 1, 1, 1));
        (string, int)? asked = null;

        Target target = Assert.Single(ReportData.Targets(
            Encoder.Count(1) + Encoder.Fact(Full, 1, check, "Ningbo2009"), SentenceData(), Path, (id, index) => { asked = (id, index); return achievement; }));

        Assert.Equal("地区生产总值", target.Indicator);
        Assert.Equal("GrossRegionalProduct", target.Canonical);
        Assert.Equal(new Quantity(1650m, 1700.5m, new Unit("亿元", Dimension.Money, 100000000m)), target.Amount);
        Assert.Equal(Bound.AtLeast, target.AmountBound);
        Assert.Equal(12.50m, target.Growth);
        Assert.Equal(Bound.About, target.GrowthBound);
        Assert.Equal(new RelativeFigure(-1.5m, Bound.MoreThan, new Unit("个百分点", Dimension.PercentagePoints, 1m), "全省"), target.Relative);
        Assert.Equal("预计,左右", target.Qualifier);
        Assert.True(target.IsEstimate);
        Assert.True(target.IsMultiYear);
        Assert.Equal(3, target.PartOf);
        Assert.Equal(Sentences[1], target.Text);
        Assert.Equal(new SourceSpan(Path, 7, 10, 15), target.Source);
        Assert.Equal(Verdict.Missed, target.Outcome.Verdict);
        Assert.Equal(VerdictBasis.Growth, target.Outcome.Basis);
        Assert.Equal(FactKind.Headline, target.Kind);
        Assert.Equal("Ningbo2009", target.Outcome.NextReportId);
        Assert.Same(achievement, target.Outcome.Actual);
        Assert.Equal(("Ningbo2009", 7), asked);
    }

    [Fact]
    public void Absent_fields_decode_to_null()
    {
        Achievement achievement = Assert.Single(ReportData.Achievements(Encoder.Count(1) + Encoder.Fact(Bare, 0, null, null), SentenceData(), Path));

        Assert.Null(achievement.Amount);
        Assert.Null(achievement.Growth);
        Assert.Null(achievement.Relative);
        Assert.Null(achievement.Qualifier);
        Assert.Null(achievement.PartOf);
        Assert.False(achievement.IsEstimate);
        Assert.False(achievement.IsMultiYear);
        Assert.Equal(Sentences[0], achievement.Text);
        Assert.Equal(new SourceSpan(Path, 1, 1, 4), achievement.Source);
    }

    [Fact]
    public void A_target_without_a_next_report_has_no_actual()
    {
        var check = new Model.CheckSpec(0, generator::ReportCorpus.Verdict.Unverifiable, null, -1, generator::ReportCorpus.VerdictBasis.None);

        Target target = Assert.Single(ReportData.Targets(Encoder.Count(1) + Encoder.Fact(Bare, 0, check, null), SentenceData(), Path, (_, _) => throw new InvalidOperationException()));

        Assert.Equal(Verdict.Unverifiable, target.Outcome.Verdict);
        Assert.Null(target.Outcome.NextReportId);
        Assert.Null(target.Outcome.Actual);
    }

    [Fact]
    public void Problems_decode_with_their_place()
    {
        var problem = new Model.ProblemSpec("一是发展不平衡：城乡差距大", new Model.LocationInfo(40, 13, 2, 4, 2, 17));

        Problem decoded = Assert.Single(ReportData.Problems(Encoder.Count(1) + Encoder.Problem(problem), Path));

        Assert.Equal(new Problem("一是发展不平衡：城乡差距大", new SourceSpan(Path, 3, 5, 13)), decoded);
    }

    [Fact]
    public void Empty_lists_decode_to_no_items()
    {
        Assert.Empty(ReportData.Achievements(Encoder.Count(0), "", Path));
        Assert.Empty(ReportData.Problems(Encoder.Count(0), Path));
    }

    // Data strings come from the generator only, so the decoder does not validate them: malformed data throws whatever
    // reading past the end or parsing a non-number throws.
    [Fact]
    public void Malformed_data_throws()
    {
        Assert.Throws<IndexOutOfRangeException>(() => ReportData.Problems("", Path));
        Assert.Throws<IndexOutOfRangeException>(() => ReportData.Achievements(Encoder.Count(1), "", Path));
        Assert.Throws<FormatException>(() => ReportData.Problems("1:x", Path));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportData.Problems("1:1" + "9:short", Path));
    }

    // A one-target list as the generator writes it: no verdict, no next report.
    internal static string Encode(Model.FactSpec fact) =>
        Encoder.Count(1) + Encoder.Fact(fact, 1, new Model.CheckSpec(0, generator::ReportCorpus.Verdict.Unverifiable, null, -1, generator::ReportCorpus.VerdictBasis.None), null);

    internal static string SentenceData() => string.Concat(Sentences.Select(s => new Encoder().Add(s).ToString()));

    [Theory]
    [InlineData("Met", "Missed", true)]
    [InlineData("Missed", "Met", true)]
    [InlineData("Missed", "Exceeded", true)]
    [InlineData("Missed", "MostlyMet", false)] // 基本完成 says not every target was met
    [InlineData("Met", "Exceeded", false)]
    [InlineData("NoActual", "Missed", false)]
    public void The_figures_and_the_words_disagree(string verdict, string stated, bool disagree) =>
        Assert.Equal(disagree, new Outcome(Enum.Parse<Verdict>(verdict), VerdictBasis.Amount, Enum.Parse<StatedResult>(stated), "圆满完成了各项目标任务", "Ningbo2008", null).StatementDisagrees);
}
