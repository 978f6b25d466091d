using System.Globalization;
using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>
/// The identity of every report of corpus/ against a table coded by hand from the texts (Specs/identities.tsv): who
/// reports, its level and parent, the years it reviews and plans, the day it was delivered. A row whose last column is not
/// "ok" says why the parser disagrees, and must still disagree.
/// </summary>
public class IdentityTests
{
    private static readonly string s_table = Path.Combine(AppContext.BaseDirectory, "Specs", "identities.tsv");

    private sealed record Row(string Path, string Jurisdiction, string Level, string Parent, string Review, string Plan, string Delivered, string DuplicateOf, string Parser);

    private static IReadOnlyList<Row> Rows() => File.ReadAllLines(s_table)
        .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("path\t", StringComparison.Ordinal))
        .Select(l => l.Split('\t'))
        .Select(c => new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[9], c[11]))
        .ToList();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (Row row in Rows())
        {
            data.Add(row.Path);
        }

        return data;
    }

    [Fact]
    public void Every_report_of_the_corpus_has_a_row()
    {
        Assert.Equal(TestCorpus.AllFiles().OrderBy(f => f, StringComparer.Ordinal), Rows().Select(r => r.Path).OrderBy(f => f, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Identity_agrees_with_the_hand_coded_table(string path)
    {
        Row row = Rows().Single(r => r.Path == path);
        ReportIdentity identity = TestCorpus.Parse(path).Identity;
        var disagreements = new List<string>();
        void Check(string field, string expected, string? actual)
        {
            if (expected.Length > 0 && expected != (actual ?? ""))
            {
                disagreements.Add($"{field}: {actual ?? "(none)"}, the text says {expected}");
            }
        }

        Check("jurisdiction", row.Jurisdiction, identity.Zone);
        Check("level", row.Level, identity.Level.ToString().ToLowerInvariant());
        Check("parent", row.Parent, identity.Parent);
        Check("review year", row.Review, identity.ReviewYear?.ToString(CultureInfo.InvariantCulture));
        Check("plan year", row.Plan, identity.PlanYear?.ToString(CultureInfo.InvariantCulture));
        // A zone's report is published, not delivered to a congress: the table gives its publication date.
        Check("delivered", row.Delivered, identity.Delivered ?? identity.Published);
        if (row.Parser == "ok")
        {
            Assert.True(disagreements.Count == 0, path + ": " + string.Join("; ", disagreements));
        }
        else
        {
            Assert.True(disagreements.Count > 0, path + " agrees now: set its last column to ok (it said: " + row.Parser + ")");
        }
    }

    [Fact]
    public void Two_files_holding_one_report_claim_one_id_and_no_other_ids_collide()
    {
        var byPath = Rows().ToDictionary(r => r.Path, r => TestCorpus.Parse(r.Path).Identity.IdCandidate);
        foreach (Row row in Rows().Where(r => r.DuplicateOf.Length > 0))
        {
            Assert.Equal(byPath[row.DuplicateOf], byPath[row.Path]);
        }

        var duplicated = Rows().Where(r => r.DuplicateOf.Length > 0).Select(r => r.Path).ToHashSet();
        var ids = byPath.Where(p => !duplicated.Contains(p.Key)).Select(p => p.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
