using ReportCorpus.Model;
using ReportCorpus.Verification;

namespace ReportCorpus.Tests;

/// <summary>
/// The figures the hand audit of docs/precision.md judged no target (Specs/precision-noise.tsv): a fixed one must never
/// become a judged target again; an open one is still judged, and the row says so until a fix turns it.
/// </summary>
public class PrecisionNoiseTests
{
    private static readonly string s_table = Path.Combine(AppContext.BaseDirectory, "Specs", "precision-noise.tsv");

    public static TheoryData<int> Lines()
    {
        var data = new TheoryData<int>();
        string[] lines = File.ReadAllLines(s_table);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && !lines[i].StartsWith('#'))
            {
                data.Add(i + 1);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_figure_judged_noise_stays_unjudged_once_fixed(int line)
    {
        string[] row = File.ReadAllLines(s_table)[line - 1].Split('\t');
        (string report, string quote, decimal figure, string status) = (row[0], row[1], decimal.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture), row[4]);
        ParsedReport parsed = TestCorpus.Parse(PathOf(report));
        FactSpec[] matches = parsed.Targets
            .Where(t => t.Sentence.Contains(quote, StringComparison.Ordinal) && (t.Amount?.Value == figure || t.Growth == figure || t.Relative?.Difference == figure))
            .ToArray();
        Assert.True(matches.Length > 0, $"line {line}: no target of {report} quotes '{quote}' with {figure}");
        bool judged = matches.Any(Verifier.IsJudged);
        Assert.True(status == "open" ? judged : !judged,
            status == "open"
                ? $"line {line}: {report} {figure} is no longer judged: mark the row fixed"
                : $"line {line}: {report} {figure} ({row[5]}) is a judged target again: {string.Join("; ", matches.Select(m => m.Kind + " " + m.Indicator))}");
    }

    // The report's file by its id candidate, the first in path order when two files claim it (as the corpus ids them).
    private static readonly Lazy<Dictionary<string, string>> s_paths = new(() => TestCorpus.AllFiles()
        .OrderBy(f => f, StringComparer.Ordinal)
        .GroupBy(f => TestCorpus.Parse(f).Identity.IdCandidate)
        .ToDictionary(g => g.Key, g => g.First()));

    private static string PathOf(string id) => s_paths.Value[id];
}
