using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Tests;

/// <summary>Spans: which stretch holds a position, in any order given; overlaps joined, stretches that touch kept apart.</summary>
public class SpansTests
{
    [Theory]
    [InlineData(0, -1)]
    [InlineData(10, 0)]
    [InlineData(19, 0)]
    [InlineData(20, 1)]  // [10,20) and [20,30) touch: 20 is the second's
    [InlineData(29, 1)]
    [InlineData(30, -1)]
    [InlineData(45, 2)]  // [40,50) and [45,60) overlap: one stretch [40,60)
    [InlineData(59, 2)]
    [InlineData(60, -1)]
    public void The_stretch_that_holds_a_position(int position, int index)
    {
        var spans = new Spans(new[] { (45, 60), (20, 30), (10, 20), (40, 50) });
        Assert.Equal(index, spans.IndexAt(position));
    }

    [Fact]
    public void No_stretches_hold_nothing() => Assert.Equal(-1, new Spans(Array.Empty<(int, int)>()).IndexAt(0));
}
