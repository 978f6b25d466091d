extern alias generator;

using Xunit;
using FactFormat = generator::ReportCorpus.Model.FactFormat;

namespace ReportCorpus.Runtime.Tests;

public class FigureTextTests
{
    [Fact]
    public void An_amount_reads_as_written()
    {
        Assert.Equal("16.5亿元", FigureText.Amount(16.5m, null, "亿元"));
        Assert.Equal("6-7%", FigureText.Amount(6m, 7m, "%"));
    }

    [Fact]
    public void Growth_and_differences_carry_their_sign()
    {
        Assert.Equal("+40%", FigureText.Growth(40m));
        Assert.Equal("-4.6%", FigureText.Growth(-4.6m));
        Assert.Equal("+0%", FigureText.Growth(0m));
        Assert.Equal("+1个百分点 vs 全市", FigureText.Relative(1m, "个百分点", "全市"));
        Assert.Equal("-0.5个百分点", FigureText.Relative(-0.5m, "个百分点", ""));
    }

    [Fact]
    public void A_fact_joins_the_parts_it_has()
    {
        Assert.Equal("17.5亿元 +46% 以上", FigureText.Fact("17.5亿元", 46m, null, "以上"));
        Assert.Equal("+1个百分点 vs 全市", FigureText.Fact(null, null, "+1个百分点 vs 全市", ""));
        Assert.Equal("", FigureText.Fact(null, null, null, null));
    }

    [Fact]
    public void A_decoded_fact_reads_as_the_generator_writes_it()
    {
        Target target = Assert.Single(ReportData.Targets(
            ReportDataTests.Encode(ReportDataTests.Full), ReportDataTests.SentenceData(), "r.txt", (_, _) => throw new InvalidOperationException()));

        Assert.Equal(FactFormat.Figure(ReportDataTests.Full), target.Figure());
        Assert.Equal("1650-1700.5亿元 +12.50% -1.5个百分点 vs 全省 预计,左右", target.Figure());
    }
}
