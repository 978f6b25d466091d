using ReportCorpus.Parsing;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Tests;

/// <summary>The bitmaps the scanners jump with: what they hold, and where a search stops.</summary>
public class CharSetTests
{
    [Fact]
    public void A_set_holds_exactly_its_members_across_the_whole_range()
    {
        var listed = new CharSet("。\n\uFFFF\0");
        var tested = new CharSet(c => c is >= 'a' and <= 'c', "一");
        for (int c = 0; c <= 0xFFFF; c++)
        {
            Assert.Equal(c is '。' or '\n' or '\uFFFF' or '\0', listed.Contains((char)c));
            Assert.Equal(c is >= 'a' and <= 'c' or '一', tested.Contains((char)c));
        }
    }

    [Theory]
    [InlineData("abc。def", 0, 7, 3)]
    [InlineData("abc。def", 4, 7, 7)] // none after the start: the end of the range
    [InlineData("abc。def", 0, 3, 3)] // the member lies outside the range
    [InlineData("。", 0, 1, 0)]
    [InlineData("", 0, 0, 0)]
    public void IndexIn_finds_the_first_member_within_the_range(string text, int from, int to, int expected) =>
        Assert.Equal(expected, new CharSet("。").IndexIn(text, from, to));

    [Fact]
    public void Word_sets_hold_the_first_or_last_characters_of_the_words()
    {
        string[] words = { "增长", "下降", "倍" };
        Assert.Equal(new[] { '下', '倍', '增' }, Members(CharSet.FirstCharsOf(words)));
        Assert.Equal(new[] { '倍', '长', '降' }, Members(CharSet.LastCharsOf(words)));
    }

    private static char[] Members(CharSet set) => Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(set.Contains).ToArray();

    [Fact]
    public void The_line_break_list_for_vectorised_searches_is_the_line_break_test()
    {
        for (int c = 0; c <= 0xFFFF; c++)
        {
            Assert.Equal(CharClass.IsLineBreak((char)c), Array.IndexOf(CharClass.LineBreaks, (char)c) >= 0);
        }
    }
}
