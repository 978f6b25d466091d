using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;

namespace ReportCorpus.Tests;

/// <summary>
/// Every headline target of Ningbo2007 against Ningbo2008, hand-checked (Specs/ningbo-2008-headline.tsv), with the
/// mechanics of <see cref="NationalHeadlineTests"/>: the target quotes Ningbo2007 and its actual quotes Ningbo2008,
/// Ningbo2007's targets hold the fact with the figure, and the Verifier gives the hand verdict unless the row's last
/// column says why it does not yet (such a row must still disagree).
/// </summary>
public class NingboHeadlineTests
{
    private static readonly string s_table = Path.Combine(AppContext.BaseDirectory, "Specs", "ningbo-2008-headline.tsv");

    private sealed record Row(int Line, string Indicator, string Canonical, string Target, string Figure, string Actual, string Verdict, string Tool);

    private static IEnumerable<Row> Rows()
    {
        string[] lines = File.ReadAllLines(s_table);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#') || lines[i].StartsWith("indicator\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] c = lines[i].Split('\t');
            Assert.True(c.Length >= 8, $"ningbo-2008-headline.tsv:{i + 1}: {c.Length} columns, 8 expected");
            yield return new Row(i + 1, c[0], c[1], c[2], c[3], c[4], c[5], c[7]);
        }
    }

    public static TheoryData<int> TargetRows()
    {
        var data = new TheoryData<int>();
        foreach (Row row in Rows())
        {
            data.Add(row.Line);
        }

        return data;
    }

    private static string Flat(string text) => text.Replace("\r", "").Replace("\n", "").Replace("\u200B", "");

    [Fact]
    public void The_table_covers_the_headline_list_with_known_verdicts()
    {
        var verdicts = new[] { "met", "missed", "no-actual", "unverifiable" };
        var rows = Rows().ToList();
        Assert.Equal(17, rows.Count);
        foreach (Row row in rows)
        {
            Assert.Contains(row.Verdict, verdicts);
            Assert.NotEqual("-", row.Target);
            Assert.NotEqual("-", row.Figure);
        }

        // The headline list, up to the sentence that follows it.
        string text = Flat(TestCorpus.Text(TestCorpus.Seeds["Ningbo2007"]));
        int start = text.IndexOf("2008年的主要发展目标是:", StringComparison.Ordinal);
        int end = text.IndexOf("围绕上述目标", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start);
        string list = text.Substring(start, end - start);
        foreach (Row row in rows)
        {
            Assert.Contains(row.Target, list);
        }
    }

    [Theory]
    [MemberData(nameof(TargetRows))]
    public void The_target_is_found_and_judged_as_by_hand(int line)
    {
        Row row = Rows().Single(r => r.Line == line);
        Assert.Contains(row.Target, Flat(TestCorpus.Text(TestCorpus.Seeds["Ningbo2007"])));
        if (row.Actual != "-")
        {
            Assert.Contains(row.Actual, Flat(TestCorpus.Text(TestCorpus.Seeds["Ningbo2008"])));
        }

        ParsedReport report = TestCorpus.Seed("Ningbo2007");
        decimal figure = NationalHeadlineTests.FirstNumber(row.Figure);
        bool growth = row.Figure.StartsWith('+') || row.Figure.StartsWith('-');
        // The target with the canonical indicator and the figure; for an indicator the vocabulary does not know ("-"),
        // the unresolved target with the figure in the quoted sentence.
        int index = -1;
        for (int i = 0; i < report.Targets.Count && index < 0; i++)
        {
            FactSpec f = report.Targets[i];
            bool named = row.Canonical == "-"
                ? Indicators.ByName(f.Canonical) is null && Flat(f.Sentence).Contains(row.Target, StringComparison.Ordinal)
                : f.Canonical == row.Canonical;
            if (named && (growth ? f.Growth == figure : f.Amount?.Value == figure))
            {
                index = i;
            }
        }

        string verdict = HandVerdicts.Of(report, index, TestCorpus.Seeds.Values.Select(f => ReportActuals.Of(TestCorpus.Parse(f))));
        HandVerdicts.AssertRow(verdict, row.Verdict, row.Tool, $"line {line}: Ningbo2007 {row.Indicator} {row.Figure}");
    }
}
