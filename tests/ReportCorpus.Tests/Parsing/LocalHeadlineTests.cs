using System.Globalization;
using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>
/// The local reports' headline targets, coded by hand from the texts (Specs/local-headline.tsv): every figure of a plan
/// year's list of main expected targets (主要预期目标), its actual in the same jurisdiction's next report and the hand
/// verdict. For each row the parser must find a Headline target with the figure (of the row's canonical indicator when
/// it has one) and the Verifier must give the hand verdict; a row whose last column is not "ok" says why it does not
/// yet, and must still disagree, so that a fix updates the table.
/// </summary>
public class LocalHeadlineTests
{
    private static readonly string s_table = Path.Combine(AppContext.BaseDirectory, "Specs", "local-headline.tsv");

    private static readonly Lazy<IReadOnlyList<ReportActuals>> s_actuals = new(() => TestCorpus.LocalFiles().Select(f => ReportActuals.Of(TestCorpus.Parse(f))).ToList());

    internal sealed record Row(int Line, string File, string Indicator, string Canonical, string Target, string Figure, string NextFile, string Actual, string Verdict, string Tool);

    internal static IReadOnlyList<Row> Rows()
    {
        string[] lines = File.ReadAllLines(s_table);
        var rows = new List<Row>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#') || lines[i].StartsWith("file\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] c = lines[i].Split('\t');
            Assert.True(c.Length >= 11, $"local-headline.tsv:{i + 1}: {c.Length} columns, 11 expected");
            rows.Add(new Row(i + 1, c[0], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[^1]));
        }

        return rows;
    }

    public static TheoryData<int> TargetRows()
    {
        var data = new TheoryData<int>();
        foreach (Row row in Rows().Where(r => r.Target != "-"))
        {
            data.Add(row.Line);
        }

        return data;
    }

    private static string Flat(string text) => text.Replace("\r", "").Replace("\n", "").Replace("\\r", "").Replace("\\n", "");

    [Fact]
    public void Every_row_quotes_its_report_and_names_a_verdict()
    {
        var files = TestCorpus.LocalFiles().ToHashSet();
        var verdicts = new[] { "met", "missed", "no-actual", "unverifiable", "not-set", "not-in-corpus" };
        foreach (Row row in Rows())
        {
            Assert.Contains(row.File, files);
            Assert.Contains(row.Verdict, verdicts);
            Assert.Equal(row.Target == "-", row.Verdict == "not-set");
            if (row.Target != "-")
            {
                Assert.True(Flat(TestCorpus.Text(row.File)).Contains(row.Target, StringComparison.Ordinal), $"line {row.Line}: {row.Target} not in {row.File}");
            }

            if (row.Actual != "-")
            {
                Assert.True(Flat(TestCorpus.Text(row.NextFile)).Contains(row.Actual, StringComparison.Ordinal), $"line {row.Line}: {row.Actual} not in {row.NextFile}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(TargetRows))]
    public void The_target_is_found_and_judged_as_by_hand(int line)
    {
        Row row = Rows().Single(r => r.Line == line);
        ParsedReport report = TestCorpus.Parse(row.File);
        int index = Find(report, row);
        string verdict = index < 0 ? "(no such target)" : VerdictOf(report, index);
        string where = $"line {line}: {row.File} {row.Indicator} {row.Figure}";
        HandVerdicts.AssertRow(verdict, row.Verdict, row.Tool, where);
        if (row.Tool != "ok")
        {
            // The reason is the tool's behaviour, so it is checked too: a fix that changes what the tool does updates it.
            Assert.True(row.Tool == WhatTheToolDoes(report, row, index, verdict), $"{where}: the tool column should read '{WhatTheToolDoes(report, row, index, verdict)}'");
        }
    }

    /// <summary>The Headline target with the row's figure, of its canonical indicator when it has one, quoting its text; or -1.</summary>
    internal static int Find(ParsedReport report, Row row) =>
        IndexOf(report, f => HasFigure(f, row) && f.Kind == FactKind.Headline && HasCanonical(f, row) && Quotes(f, row));

    /// <summary>What the tool does with a row it does not get right, as the table's last column says it.</summary>
    private static string WhatTheToolDoes(ParsedReport report, Row row, int index, string verdict)
    {
        if (index >= 0)
        {
            return "tool says " + verdict;
        }

        int other = IndexOf(report, f => HasFigure(f, row) && f.Kind == FactKind.Headline && !HasCanonical(f, row) && Quotes(f, row));
        if (other >= 0)
        {
            return "the figure is found, but under " + (report.Targets[other].Indicator ?? "no indicator");
        }

        int kind = IndexOf(report, f => HasFigure(f, row) && f.Kind != FactKind.Headline && Quotes(f, row));
        if (kind >= 0)
        {
            return $"found as {Article(report.Targets[kind].Kind)} target, not in the headline list";
        }

        return IndexOf(report, f => HasFigure(f, row) && f.Kind == FactKind.Headline && HasCanonical(f, row)) >= 0
            ? "a headline target with this figure quotes another sentence"
            : "no target with this figure";
    }

    private static string Article(FactKind kind)
    {
        string words = string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        return ("aeiou".Contains(words[0]) ? "an " : "a ") + words;
    }

    private static int IndexOf(ParsedReport report, Func<FactSpec, bool> test)
    {
        for (int i = 0; i < report.Targets.Count; i++)
        {
            if (test(report.Targets[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasFigure(FactSpec f, Row row)
    {
        decimal figure = NationalHeadlineTests.FirstNumber(row.Figure);
        bool growth = row.Figure.StartsWith('+') || row.Figure.StartsWith('-');
        // A rate's rise may be written as a percentage of its name (居民消费价格涨幅3%左右), which the Verifier reads as growth.
        return growth
            ? f.Growth == figure || (f.Growth is null && f.Amount is { Dimension: Dimension.Percent } p && p.Value == Math.Abs(figure))
            : f.Amount?.Value == figure;
    }

    private static bool HasCanonical(FactSpec f, Row row) => row.Canonical == "-" || f.Canonical == row.Canonical;

    // The row quotes the raw file, the fact its text as read: 增长12_M_M_以上 (a collector's escape, shunping 2008) is
    // 增长12%    以上 there, the escape read as % and padded to keep the file's offsets (Text/WebEscapes).
    private static bool Quotes(FactSpec f, Row row) =>
        AsRead(f.Sentence).Contains(AsRead(row.Target), StringComparison.Ordinal);

    private static string AsRead(string text) => Flat(text).Replace("_M_M_", "%").Replace(" ", "");

    private static string VerdictOf(ParsedReport report, int index)
    {
        CheckSpec check = TargetChecks.Of(report, s_actuals.Value).Single(c => c.Target == index);
        return check.Verdict switch
        {
            Verdict.Met => "met",
            Verdict.Missed => "missed",
            Verdict.NoActual => "no-actual",
            Verdict.Undetermined => "unverifiable",
            Verdict.Unverifiable => "not-in-corpus",
            _ => check.Verdict.ToString(),
        };
    }
}
