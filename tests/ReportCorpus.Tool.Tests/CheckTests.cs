using System.Text.Json;
using ReportCorpus.Diagnostics;

namespace ReportCorpus.Tool.Tests;

public sealed class CheckTests(CorpusOutputs outputs) : IClassFixture<CorpusOutputs>
{
    [Fact]
    public void SarifIs210WithTheAnalyzersRules()
    {
        using JsonDocument sarif = JsonDocument.Parse(File.ReadAllBytes(outputs.Sarif));
        JsonElement root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        JsonElement driver = root.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("reportcorpus", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(
            ["RC0001", "RC0002", "RC0003", "RC0004", "RC0101", "RC0102", "RC0103", "RC0104", "RC0105", "RC0106", "RC0107", "RC0108"],
            rules.Keys.Order(StringComparer.Ordinal));
        JsonElement rc0002 = rules["RC0002"];
        Assert.Equal(DiagnosticDescriptors.TargetMissed.Title.ToString(), rc0002.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.EndsWith("/docs/diagnostics/RC0002.md", rc0002.GetProperty("helpUri").GetString());
        Assert.StartsWith("https://", rc0002.GetProperty("helpUri").GetString());
        Assert.Equal("warning", rc0002.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("note", rules["RC0003"].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("error", rules["RC0106"].GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void SarifLocatesTheNingbo2007RevenueTargetWhereTheAnalyzerDoes()
    {
        using JsonDocument sarif = JsonDocument.Parse(File.ReadAllBytes(outputs.Sarif));
        JsonElement[] results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        string ningbo2007 = new Uri(TestCorpus.Ningbo2007).AbsoluteUri;
        JsonElement missed = Assert.Single(results, r =>
            r.GetProperty("ruleId").GetString() == "RC0002"
            && Uri(r) == ningbo2007
            && r.GetProperty("message").GetProperty("text").GetString()!.Contains("'财政一般预算收入'"));
        // README: 宁波国家高新区2007年工作总结和2008年工作安排.txt(14,5225): warning RC0002: Target '财政一般预算收入' missed: …
        Assert.Equal("Target '财政一般预算收入' missed: 17.5亿元 +46% planned, 16.5亿元 +38% reported in Ningbo2008",
            missed.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("warning", missed.GetProperty("level").GetString());
        JsonElement region = missed.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(14, region.GetProperty("startLine").GetInt32());
        Assert.Equal(5225, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(14, region.GetProperty("endLine").GetInt32());
        Assert.True(region.GetProperty("endColumn").GetInt32() > 5225);

        // One RC0001 per dropped target, one RC0002 per missed: the same counts as the checks table.
        Assert.Equal(Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM checks WHERE verdict = 'no-actual'"), results.Count(r => r.GetProperty("ruleId").GetString() == "RC0001"));
        Assert.Equal(Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM checks WHERE verdict = 'missed'"), results.Count(r => r.GetProperty("ruleId").GetString() == "RC0002"));
        Assert.All(results, r => Assert.True(r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() >= 1));
    }

    [Fact]
    public void SummaryCountsEveryVerdict()
    {
        Assert.Equal(0, outputs.Check.ExitCode);
        Assert.Contains($"files: {TestCorpus.Files.Length} found, {TestCorpus.Files.Length} read, 0 skipped", outputs.Check.Output);
        int missed = Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM checks WHERE verdict = 'missed'");
        Assert.Matches(@"(?m)^missed\s+" + missed + @"\s", outputs.Check.Output);
        int total = Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM checks");
        Assert.Matches(@"(?m)^total\s+" + total + @"\s*$", outputs.Check.Output);
    }

    [Fact]
    public void FailOnGivesExitCode1OnlyWhenSuchATargetExists()
    {
        Assert.Equal(1, ToolRun.Of("check", TestCorpus.Folder, "--fail-on", "missed", "-q").ExitCode);
        Assert.Equal(1, ToolRun.Of("check", TestCorpus.Folder, "--fail-on", "dropped", "-q").ExitCode);

        // Ningbo2007 alone: its next report is not there, so every target is unverifiable, none missed or dropped.
        ToolRun alone = ToolRun.Of("check", TestCorpus.Ningbo2007, "--fail-on", "missed", "--fail-on", "dropped");
        Assert.Equal(0, alone.ExitCode);
        Assert.Matches(@"(?m)^missed\s+0\s", alone.Output);

        // With its next report: the revenue target is missed.
        Assert.Equal(1, ToolRun.Of("check", TestCorpus.Ningbo2007, TestCorpus.Ningbo2008, "--fail-on", "missed", "-q").ExitCode);
    }

    [Fact]
    public void UsageErrorsGiveExitCode2()
    {
        Assert.Equal(2, ToolRun.Of("check", TestCorpus.Folder, "--fail-on", "late").ExitCode);
        Assert.Equal(2, ToolRun.Of("check", Path.Combine(TestCorpus.Folder, "no-such-folder")).ExitCode);
        Assert.Equal(2, ToolRun.Of("extract", TestCorpus.Folder, "-o", "corpus.xlsx").ExitCode);
        Assert.Equal(2, ToolRun.Of("frobnicate").ExitCode);
    }

    [Fact]
    public void ACancelledRunStopsWithExitCode130AndWritesNothing()
    {
        using var folder = new TempFolder();
        var error = new StringWriter();
        int code = Cli.Run(["extract", TestCorpus.Folder, "-o", folder["out.jsonl"]], new StringWriter(), error, new CancellationToken(canceled: true));
        Assert.Equal(130, code);
        Assert.Contains("interrupted", error.ToString());
        Assert.False(File.Exists(folder["out.jsonl"]));
    }

    private static string Uri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
}
