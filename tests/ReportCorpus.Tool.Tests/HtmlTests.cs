using ReportCorpus.Tool.Html;

namespace ReportCorpus.Tool.Tests;

/// <summary>
/// `reportcorpus html`: the main job's attainment report (consumer-sample's HtmlReport, compiled in) on the generated
/// code's own runtime objects, which the tool decodes from the generator's data strings.
/// </summary>
public sealed class HtmlTests
{
    private static IReadOnlyList<Report> Decoded(out List<JudgedReport> judged)
    {
        CorpusRun run = Pipeline.Run(TestCorpus.Files, TestCorpus.Folder, 2, new NoProgress(), CancellationToken.None);
        judged = run.Reports().ToList();
        return RuntimeReports.Of(judged);
    }

    [Fact]
    public void Every_parsed_fact_and_verdict_comes_back_from_the_data_strings()
    {
        IReadOnlyList<Report> reports = Decoded(out List<JudgedReport> judged);
        Assert.Equal(judged.Count, reports.Count);
        for (int i = 0; i < judged.Count; i++)
        {
            JudgedReport expected = judged[i];
            Report report = reports[i];
            Assert.Equal(expected.Entry.Id, report.Id);
            Assert.Equal(expected.Report.Identity.Zone, report.Zone);
            Assert.Equal(expected.Report.Targets.Select(t => (t.Indicator, t.Canonical, t.Amount?.Value, t.Growth, t.Span.Line + 1, t.Span.Column + 1)),
                report.Targets.Select(t => (t.Indicator, t.Canonical, t.Amount?.Value, t.Growth, t.Source.Line, t.Source.Column)));
            Assert.Equal(expected.Report.Achievements.Select(a => (a.Indicator, a.Amount?.Value, a.Sentence)),
                report.Achievements.Select(a => (a.Indicator, a.Amount?.Value, a.Text)));
            Assert.Equal(expected.Judgement.Checks.Select(c => c.Verdict), report.Targets.Select(t => t.Outcome.Verdict));
            Assert.Equal(expected.Report.Problems.Count, report.Problems.Count);
        }
    }

    [Fact]
    public void A_missed_target_finds_its_actual_in_the_next_report()
    {
        IReadOnlyList<Report> reports = Decoded(out _);
        Target revenue = reports.Single(r => r.Id == "Ningbo2007").Targets.Single(t => t.Indicator == "财政一般预算收入");
        Assert.Equal(Verdict.Missed, revenue.Outcome.Verdict);
        Assert.Equal("Ningbo2008", revenue.Outcome.NextReportId);
        Assert.Equal(16.5m, revenue.Outcome.Actual?.Amount?.Value);
    }

    [Fact]
    public void The_html_command_writes_the_attainment_report_with_a_row_per_target()
    {
        using var folder = new TempFolder();
        ToolRun run = ToolRun.Of("html", TestCorpus.Folder, "-o", folder["report.html"], "--quiet");
        Assert.True(run.ExitCode == 0, run.ToString());
        string page = File.ReadAllText(folder["report.html"]);
        Assert.Contains("id=\"chart-国务院-GrossRegionalProduct-rate\"", page);
        int targets = Decoded(out _).Sum(r => r.Targets.Count);
        Assert.Equal(targets, CountOf(page, "<tr class=\"check v-"));
        Assert.Contains("<tr class=\"check v-Missed\"", page);
    }

    [Fact]
    public void Every_count_of_the_summary_comes_from_the_exported_checks_alone()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, ToolRun.Of("html", TestCorpus.Folder, "-o", folder["report.html"], "--quiet").ExitCode);
        Assert.Equal(0, ToolRun.Of("extract", TestCorpus.Folder, "-o", folder["corpus.jsonl"], "--quiet").ExitCode);
        var checks = File.ReadLines(folder["corpus.jsonl"])
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Where(row => row.GetProperty("table").GetString() == "checks")
            .Select(row => (Kind: row.GetProperty("kind").GetString()!, Verdict: row.GetProperty("verdict").GetString()!))
            .ToList();
        int reports = File.ReadLines(folder["corpus.jsonl"]).Count(line => line.StartsWith("{\"table\":\"reports\"", StringComparison.Ordinal));

        // The page's words for the export's names: no-actual is "no actual", multi-year stays.
        var judged = checks.Where(c => c.Verdict != "not-judged").GroupBy(c => c.Verdict).OrderBy(g => Order(g.Key))
            .Select(g => $"{g.Count()} {g.Key.Replace('-', ' ')}</span>");
        var notJudged = checks.Where(c => c.Verdict == "not-judged").GroupBy(c => c.Kind).OrderBy(g => KindOrder(g.Key))
            .Select(g => $"{g.Count()} {g.Key}");
        string page = File.ReadAllText(folder["report.html"]);
        string summary = page.Substring(page.IndexOf("<p class=\"summary\">", StringComparison.Ordinal));
        summary = summary.Substring(0, summary.IndexOf("</p>", StringComparison.Ordinal));

        Assert.Contains($"{reports} reports, {checks.Count} targets, {checks.Count(c => c.Verdict != "not-judged")} judged: ", summary);
        foreach (string count in judged)
        {
            Assert.Contains(count, summary);
        }

        Assert.EndsWith("; not judged: " + string.Join(", ", notJudged) + ".", summary);
    }

    // The order of the runtime enums, as the page lists them.
    private static int Order(string verdict) => Array.IndexOf(new[] { "met", "missed", "no-actual", "unverifiable", "undetermined" }, verdict);

    private static int KindOrder(string kind) => Array.IndexOf(Enum.GetValues<FactKind>().Select(k => ReportCorpus.Tool.Rows.ReportRows.Name(k)).ToArray(), kind);

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

internal sealed class NoProgress : IProgressSink
{
    public void FileDone(long bytes)
    {
    }
}
