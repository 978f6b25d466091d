using ReportCorpus.Parsing.Lexicon;

namespace ReportCorpus.Tests;

/// <summary>WordTable: longest word first, stable among equal lengths, matches bounded by the range it is given.</summary>
public class WordTableTests
{
    private static readonly WordTable<int> s_table = new(("增", 1), ("同比增长", 2), ("增长", 3), ("降", 4), ("下降", 5));

    [Fact]
    public void Sorts_itself_longest_first_keeping_the_written_order_among_equals()
    {
        Assert.Equal(new[] { "同比增长", "增长", "下降", "增", "降" }, s_table.ToArray());
        Assert.Equal(2, s_table.ValueAt(0));
    }

    [Theory]
    [InlineData("同比增长5%", 0, 10, "同比增长")]
    [InlineData("增长5%", 0, 10, "增长")]
    [InlineData("增长5%", 0, 1, "增")] // the limit cuts 增长
    [InlineData("收入5%", 0, 10, null)]
    public void Matches_the_longest_word_at_a_position(string text, int pos, int limit, string? expected)
    {
        int match = s_table.MatchAt(text, pos, Math.Min(limit, text.Length));
        Assert.Equal(expected, match < 0 ? null : s_table[match]);
    }

    [Theory]
    [InlineData("收入同比增长", 6, 0, "同比增长")]
    [InlineData("收入同比增长", 6, 3, "增长")] // the floor cuts 同比增长
    [InlineData("收入下降", 4, 0, "下降")]
    [InlineData("收入", 2, 0, null)]
    public void Matches_the_longest_word_ending_at_a_position(string text, int end, int floor, string? expected)
    {
        int match = s_table.MatchEndingAt(text, end, floor);
        Assert.Equal(expected, match < 0 ? null : s_table[match]);
    }

    [Fact]
    public void Finds_the_earliest_position_and_the_first_word_in_table_order()
    {
        const string text = "产值下降，收入增长";
        Assert.Equal(2, s_table.IndexIn(text, 0, text.Length));
        Assert.Equal("增长", s_table[s_table.FirstOccurringIn(text, 0, text.Length)]);
        Assert.True(s_table.OccursIn(text, 0, text.Length));
        Assert.False(s_table.OccursIn(text, 0, 2));
        Assert.True(s_table.Contains("增长"));
        Assert.False(s_table.Contains("增长率"));
    }

    // More than eight words: MatchAt and MatchEndingAt go through the index by first and last character, which must find
    // what a pass over every word in table order finds, at every position and bound.
    private static readonly WordTable s_long = new("增", "同比增长", "增长", "降", "下降", "增加", "增速", "比上年增长", "长", "下", "同比", "增幅", "降低", "上年");

    [Theory]
    [InlineData("比上年增长5%，同比增长3%，增速下降，增幅降低。")]
    [InlineData("下降增长同比上年增加增")]
    [InlineData("收入")]
    [InlineData("")]
    public void A_long_table_matches_as_a_pass_over_every_word_in_table_order_would(string text)
    {
        string[] ordered = s_long.ToArray();
        Assert.True(ordered.Length > 8);
        for (int pos = 0; pos <= text.Length; pos++)
        {
            for (int limit = pos; limit <= text.Length; limit++)
            {
                int expected = Array.FindIndex(ordered, w => pos + w.Length <= limit && string.CompareOrdinal(text, pos, w, 0, w.Length) == 0);
                Assert.Equal(expected, s_long.MatchAt(text, pos, limit));
            }
        }

        for (int end = 0; end <= text.Length; end++)
        {
            for (int floor = 0; floor <= end; floor++)
            {
                int expected = Array.FindIndex(ordered, w => end - w.Length >= floor && string.CompareOrdinal(text, end - w.Length, w, 0, w.Length) == 0);
                Assert.Equal(expected, s_long.MatchEndingAt(text, end, floor));
            }
        }
    }

    // Clean tries a table's words in table order at one end of a phrase; NextStartingWith and NextEndingWith give the
    // indexes it tries, which must be every word with that first (last) character after the one tried last, in order.
    [Theory]
    [InlineData('增')]
    [InlineData('降')]
    [InlineData('长')]
    [InlineData('比')]
    [InlineData('收')]
    public void Next_word_by_first_or_last_character_walks_the_table_in_order(char c)
    {
        foreach (WordTable<bool> table in new WordTable<bool>[] { s_long, new WordTable("增", "同比增长", "降", "下降") })
        {
            string[] ordered = table.ToArray();
            int[] starting = Enumerable.Range(0, ordered.Length).Where(i => ordered[i][0] == c).ToArray();
            int[] ending = Enumerable.Range(0, ordered.Length).Where(i => ordered[i][^1] == c).ToArray();
            Assert.Equal(starting, Walk(after => table.NextStartingWith(c, after), table.Count));
            Assert.Equal(ending, Walk(after => table.NextEndingWith(c, after), table.Count));
        }

        static List<int> Walk(Func<int, int> next, int count)
        {
            var seen = new List<int>();
            for (int i = next(-1); i < count; i = next(i))
            {
                seen.Add(i);
            }

            return seen;
        }
    }
}
