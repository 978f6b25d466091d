using System.Text.RegularExpressions;
using ReportCorpus.Emit;

namespace ReportCorpus.Tests;

/// <summary>The comment each generated report carries about its fact data names the fields of <see cref="FactField"/>, in order.</summary>
public class FactFieldsTests
{
    [Fact]
    public void The_generated_comment_lists_every_fact_field_in_order()
    {
        string comment = string.Join(" ", ReportEmitter.FactDataComment);
        string[] parts = comment.Substring(comment.IndexOf(": ", StringComparison.Ordinal) + 2).Split("; a target adds its ");

        // "amount (value, max)" names AmountValue and AmountMax; "the next report's id" names NextReportId.
        var named = Regex.Matches(parts[0], @"([^,(]+)\(([^)]*)\)|[^,]+")
            .SelectMany(m => m.Groups[2].Success ? m.Groups[2].Value.Split(',').Select(inner => m.Groups[1].Value + inner) : new[] { m.Value })
            .Concat(parts[1].Replace(" and ", ", ").Replace(" there.", "").Replace("the ", "").Replace("'s", "").Split(','))
            .Select(Letters);

        Assert.Equal(Enum.GetNames<FactField>().Select(Letters), named);
    }

    [Fact]
    public void A_target_has_the_fields_of_an_achievement_and_its_check()
    {
        Assert.Equal(FactFields.OfAchievement + 6, FactFields.OfTarget);
        Assert.Equal(FactFields.OfTarget, Enum.GetValues<FactField>().Length);
    }

    private static string Letters(string words) => new string(words.Where(char.IsLetter).ToArray()).ToLowerInvariant();
}
