using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Tests;

/// <summary>The one blank-skipping helper: what each AlsoSkip option adds to the blanks.</summary>
public class BlanksTests
{
    [Theory]
    [InlineData(" \u3000\u200B收入", 0, 3)]
    [InlineData(" \n收入", 0, 1)]
    [InlineData(" \r\n收入", (int)AlsoSkip.LineBreaks, 3)]
    [InlineData(" \r\n收入", (int)AlsoSkip.CarriageReturns, 2)]
    [InlineData("|——收入", (int)(AlsoSkip.TableBars | AlsoSkip.Dashes), 3)]
    [InlineData("-－—收入", (int)AlsoSkip.Hyphens, 2)]
    [InlineData("。；, 收入", (int)AlsoSkip.ItemEnds, 4)]
    public void Skips_blanks_and_what_the_options_add(string text, int also, int expected) =>
        Assert.Equal(expected, Blanks.SkipForward(text, 0, text.Length, (AlsoSkip)also));

    [Fact]
    public void Skips_back_and_trims_within_bounds()
    {
        const string text = "| 收入 \n|";
        Assert.Equal(4, Blanks.SkipBack(text, 5, 0));
        Assert.Equal((2, 4), Blanks.Trim(text, 0, text.Length, AlsoSkip.LineBreaks | AlsoSkip.TableBars));
        Assert.Equal(5, Blanks.SkipBack(text, text.Length, 5, AlsoSkip.LineBreaks | AlsoSkip.TableBars)); // not below the floor
        Assert.True(Blanks.IsAll(" \r", 0, 2, AlsoSkip.CarriageReturns));
        Assert.False(Blanks.IsAll(" \n", 0, 2, AlsoSkip.CarriageReturns));
    }

    [Fact]
    public void Steps_over_a_stray_break_but_not_a_paragraph()
    {
        Assert.Equal(5, Blanks.SkipForwardOverBreaks("\n\u200B\n\r\n万", 0, 6, 4));
        Assert.Equal(4, Blanks.SkipForwardOverBreaks("\n\n\n\n\n万", 0, 6, 4));
    }
}
