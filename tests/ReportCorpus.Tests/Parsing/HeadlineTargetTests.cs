using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>The plan year's headline targets of the bundled corpus (issue 15): each resolves to a canonical indicator.</summary>
public class HeadlineTargetTests
{
    [Fact]
    public void Every_headline_target_of_the_bundled_corpus_resolves_to_a_canonical_indicator()
    {
        var unresolved = new List<string>();
        int headline = 0;
        // The local reports' wordings (分别增长7.5%和8.5%, 可比增长) are being taught on the formats branch (issue 16); they
        // join this test when it lands.
        foreach (string file in TestCorpus.AllFiles().Where(f => !f.StartsWith("local/", StringComparison.Ordinal)))
        {
            foreach (FactSpec target in TestCorpus.Parse(file).Targets.Where(t => t.Kind == FactKind.Headline))
            {
                headline++;
                if (target.PropertyName is null)
                {
                    unresolved.Add(file + ": " + FactNotation.Of(target) + " in " + target.Sentence);
                }
            }
        }

        Assert.True(headline > 100, headline + " headline targets");
        Assert.True(unresolved.Count == 0, string.Join("\n", unresolved));
    }
}
