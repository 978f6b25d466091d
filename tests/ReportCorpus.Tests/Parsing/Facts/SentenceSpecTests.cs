using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>
/// Sentence-level cases as data: every Specs/*.txt case is one sentence read in a report's review part (in its plan part
/// for the files named plan-*.txt) and every fact it gives, in the notation of <see cref="FactNotation"/>
/// ("indicator = figure [Canonical]", "(part)", "{Kind}"), nothing else.
/// A case is a sentence line, then its facts indented by two spaces ("  (none)" when it gives none); # starts a comment;
/// \n and \u200B in a sentence stand for a line break and a zero-width space, \\ for a backslash (\\r\\n: the escape a
/// crawler left in the text, four characters). Spec files with a reader of their own
/// (<see cref="OtherReaders"/>) are left to it.
/// </summary>
public class SentenceSpecTests
{
    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "Specs");

    /// <summary>Spec files another test reads, in a notation of its own: stated outcomes (<see cref="StatedOutcomeTests"/>).</summary>
    public static readonly string[] OtherReaders = { StatedOutcomeTests.SpecFile };

    public static TheoryData<string, string, string[]> Cases()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach ((string where, string sentence, string[] facts) in Read())
        {
            data.Add(where, sentence, facts);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_sentence_gives_these_facts(string where, string sentence, string[] expected)
    {
        string[] actual = where.StartsWith("plan-", StringComparison.Ordinal)
            ? TestCorpus.InPlan(Unescape(sentence)).Targets.Select(FactNotation.Of).ToArray()
            : TestCorpus.InReview(Unescape(sentence)).Achievements.Select(FactNotation.Of).ToArray();
        Assert.True(expected.SequenceEqual(actual),
            where + ": " + sentence + "\n  expected:\n    " + string.Join("\n    ", expected) + "\n  actual:\n    " + string.Join("\n    ", actual));
    }

    [Fact]
    public void Every_spec_file_is_read()
    {
        string[] files = Directory.GetFiles(s_folder, "*.txt").Where(f => !OtherReaders.Contains(Path.GetFileName(f))).ToArray();
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            Assert.Contains(Read(), c => c.Where.StartsWith(Path.GetFileName(file) + ":", StringComparison.Ordinal));
        }
    }

    private static IEnumerable<(string Where, string Sentence, string[] Facts)> Read()
    {
        foreach (string file in Directory.GetFiles(s_folder, "*.txt").Where(f => !OtherReaders.Contains(Path.GetFileName(f))).OrderBy(f => f, StringComparer.Ordinal))
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length == 0 || lines[i].StartsWith('#') || lines[i].StartsWith(' '))
                {
                    Assert.False(lines[i].StartsWith(' '), $"{Path.GetFileName(file)}:{i + 1}: a fact line with no sentence before it");
                    continue;
                }

                int at = i;
                var facts = new List<string>();
                while (i + 1 < lines.Length && lines[i + 1].StartsWith("  ", StringComparison.Ordinal))
                {
                    facts.Add(lines[++i].Trim());
                }

                Assert.True(facts.Count > 0, $"{Path.GetFileName(file)}:{at + 1}: a sentence with no facts listed (write \"  (none)\")");
                yield return ($"{Path.GetFileName(file)}:{at + 1}", lines[at], facts.SequenceEqual(new[] { "(none)" }) ? Array.Empty<string>() : facts.ToArray());
            }
        }
    }

    private static string Unescape(string sentence) =>
        sentence.Replace("\\\\", "\u0001").Replace("\\n", "\n").Replace("\\u200B", "\u200B").Replace("\u0001", "\\");
}

/// <summary>
/// A fact as the hand-checked cases write it: 财政一般预算收入 = 17.5亿元 +46% [GeneralBudgetRevenue] (part) {Headline}.
/// The kind is written when it is not its role's usual one (Result for an achievement, Commitment for a target); a fact
/// with no indicator is written "(no indicator)".
/// </summary>
internal static class FactNotation
{
    public static string Of(FactSpec f) =>
        (f.Indicator ?? "(no indicator)") + " = " + FactFormat.Figure(f) + (f.PropertyName is { } name ? " [" + name + "]" : "")
        + (f.PartOf >= 0 ? " (part)" : "")
        + (f.Kind != (f.Role == FactRole.Target ? FactKind.Commitment : FactKind.Result) ? " {" + f.Kind + "}" : "");
}
