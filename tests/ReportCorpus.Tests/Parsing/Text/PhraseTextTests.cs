using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Tests;

/// <summary>Phrase clean-up: blanks, asides, quotes and list marks.</summary>
public class PhraseTextTests
{
    [Fact]
    public void Compact_drops_blanks_and_breaks() => Assert.Equal("城镇新增就业", PhraseText.Compact("城镇新增\n\u200B\n就 业", 0, 10));

    [Fact]
    public void Asides_go_nested_or_not() => Assert.Equal("工程中心", PhraseText.RemoveParenthesised("工程(技术（研发）)中心"));

    [Theory]
    [InlineData("——“最多跑一次”比例、", "“最多跑一次”比例")]
    [InlineData("《规划》", "《规划》")]
    [InlineData("“收入”", "“收入”")]
    [InlineData("“收入", "收入")]
    public void Quotes_and_marks_go_unless_they_pair_inside(string phrase, string expected)
    {
        int start = 0, end = phrase.Length;
        PhraseText.TrimQuotesAndMarks(phrase, ref start, ref end);
        Assert.Equal(expected, phrase.Substring(start, end - start));
    }

    [Fact]
    public void Full_width_digits_become_ASCII() => Assert.Equal("2019年", PhraseText.AsciiDigits("２０１９年"));
}
