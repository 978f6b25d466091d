using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using Xunit.Abstractions;

namespace ReportCorpus.Tests;

/// <summary>
/// How much of the bundled corpus the vocabulary names: the facts with a canonical indicator, and the figures whose
/// dimension the indicator's entry does not expect (a parsing slip, or a figure that is not the indicator's own). Run
/// <c>dotnet test tests/ReportCorpus.Tests --filter IndicatorCoverage --logger "console;verbosity=detailed"</c> to see them.
/// </summary>
public class IndicatorCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void The_vocabulary_names_the_corpus_headline_facts()
    {
        int facts = 0, named = 0, targets = 0, namedTargets = 0;
        var unexpected = new List<string>();
        foreach (string file in TestCorpus.AllFiles())
        {
            ParsedReport report = TestCorpus.Parse(file);
            foreach ((FactSpec f, bool target) in report.Targets.Select(f => (f, true)).Concat(report.Achievements.Select(f => (f, false))))
            {
                facts++;
                targets += target ? 1 : 0;
                if (f.PropertyName is not { } name)
                {
                    continue;
                }

                named++;
                namedTargets += target ? 1 : 0;
                if (f.Amount is { } amount && !Indicators.ByName(name)!.Dimensions.Contains(amount.Dimension)
                    && Indicators.RateWords.MatchEndingAt(f.Indicator!, f.Indicator!.Length, 0) < 0)
                {
                    unexpected.Add(file + ": " + FactNotation.Of(f) + " (" + amount.Dimension + ")");
                }
            }
        }

        output.WriteLine($"facts with a canonical indicator: {named} of {facts}; targets: {namedTargets} of {targets}");
        output.WriteLine($"figures in a dimension their indicator does not expect: {unexpected.Count}");
        foreach (string line in unexpected)
        {
            output.WriteLine("  " + line);
        }

        // 427 facts (162 targets) with the 29-entry table this vocabulary replaced; 684 (239) with its 81 entries.
        Assert.True(named >= 600 && namedTargets >= 200, $"{named} facts, {namedTargets} targets with a canonical");
    }
}
