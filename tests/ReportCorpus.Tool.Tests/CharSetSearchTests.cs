using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Tool.Tests;

/// <summary>
/// The tool compiles the generator's CharSet for .NET 10, where sets of at most five characters search with SearchValues
/// and larger ones with the bitmap (the generator's only path): both must stop where a test of every character would.
/// </summary>
public sealed class CharSetSearchTests
{
    private const string Text = "一是产值增长，二是收入下降；三是。\n\u3000主要目标：计划预期，工作\r\n";

    [Theory]
    [InlineData("。")]
    [InlineData("主工预")]
    [InlineData("不困存矛问")]
    [InlineData("\n\r\u2028\u2029\u0085")]
    [InlineData("主发工计预目")] // six: the bitmap
    [InlineData("，；。：\n\r\u3000一二三")]
    [InlineData("")]
    public void IndexIn_stops_at_the_first_member_in_any_range(string members)
    {
        var set = new CharSet(members);
        for (int from = 0; from <= Text.Length; from++)
        {
            for (int to = from; to <= Text.Length; to++)
            {
                int expected = to;
                for (int i = from; i < to; i++)
                {
                    if (members.Contains(Text[i], StringComparison.Ordinal))
                    {
                        expected = i;
                        break;
                    }
                }

                Assert.Equal(expected, set.IndexIn(Text, from, to));
            }
        }

        // A range that starts past its end finds nothing, as the bitmap's loop never ran.
        Assert.Equal(3, set.IndexIn(Text, 5, 3));
    }
}
