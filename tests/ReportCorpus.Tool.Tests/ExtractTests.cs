using System.Text.Json;
using ReportCorpus.Model;
using ReportCorpus.Parsing;
using ReportCorpus.Parsing.Lexicon;

namespace ReportCorpus.Tool.Tests;

public sealed class ExtractTests(CorpusOutputs outputs) : IClassFixture<CorpusOutputs>
{
    private static readonly string[] s_tables = ["reports", "facts", "problems", "checks", "indicators"];

    /// <summary>What the parser finds in the corpus, counted here straight from the model, not from any writer.</summary>
    private static (int Reports, int Targets, int Achievements, int Problems) ModelCounts()
    {
        int targets = 0, achievements = 0, problems = 0;
        string[] files = TestCorpus.Files;
        foreach (string file in files)
        {
            ParsedReport report = ReportParser.Parse(file, File.ReadAllText(file));
            targets += report.Targets.Count;
            achievements += report.Achievements.Count;
            problems += report.Problems.Count;
        }

        return (files.Length, targets, achievements, problems);
    }

    [Fact]
    public void DuckDbWritesUnderTheToolsMemoryLimitNotDuckDbsDefault()
    {
        // DuckDB's default limit is most of the machine's memory: without the writer's own, an extract of 20,000
        // reports went over the 1 GB the tool promises (docs/performance.md, the tool).
        string Limit(string? set)
        {
            using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = (set is null ? "" : "SET memory_limit = '" + set + "'; ") + "SELECT current_setting('memory_limit')::VARCHAR";
            return (string)command.ExecuteScalar()!;
        }

        using var folder = new TempFolder();
        using var writer = new Output.DuckDbWriter(Path.Combine(folder.Path, "limit.duckdb"));
        Assert.Equal(Limit(Output.DuckDbWriter.MemoryLimit), writer.Setting("memory_limit"));
        Assert.NotEqual(Limit(null), writer.Setting("memory_limit"));
    }

    [Fact]
    public void DuckDbHoldsEveryReportFactProblemAndCheckOfTheModel()
    {
        (int reports, int targets, int achievements, int problems) = ModelCounts();
        Assert.Equal(TestCorpus.Files.Length, reports);
        Assert.Equal(reports, Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM reports"));
        Assert.Equal(targets, Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM facts WHERE role = 'target'"));
        Assert.Equal(achievements, Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM facts WHERE role = 'achievement'"));
        Assert.Equal(problems, Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM problems"));
        Assert.Equal(targets, Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM checks"));
        Assert.Equal(Indicators.All.Length, Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM indicators"));
        Assert.Equal(0, Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) - count(DISTINCT id) FROM reports"));
    }

    [Fact]
    public void HeadlineTargetsShowNingbo2007RevenueMissedInNingbo2008()
    {
        var rows = Sql.Rows(outputs.DuckDb,
            "SELECT * FROM headline_targets WHERE report_id = 'Ningbo2007' AND indicator = '财政一般预算收入'");
        var row = Assert.Single(rows);
        Assert.Equal("GeneralBudgetRevenue", row["canonical"]);
        Assert.Equal("missed", row["verdict"]);
        Assert.Equal("Ningbo2008", row["next_report_id"]);
        Assert.Equal(17.5, row["target_value"]);
        Assert.Equal(16.5, row["actual_value"]);
        Assert.Equal("亿元", row["target_unit"]);
        Assert.Equal(2008, row["year"]);
        Assert.Equal(14, row["start_line"]);

        // The span columns point into the text: line 14, column 5225 (1-based) and the offset name the same place.
        var span = Assert.Single(Sql.Rows(outputs.DuckDb,
            "SELECT start_offset, span_length, start_column FROM facts WHERE report_id = 'Ningbo2007' AND role = 'target' AND indicator = '财政一般预算收入'"));
        string text = File.ReadAllText(TestCorpus.Ningbo2007);
        int offset = (int)span["start_offset"]!, length = (int)span["span_length"]!;
        Assert.Contains("17.5", text.Substring(offset, length));
        string[] lines = text.Split('\n');
        Assert.Equal(offset, lines.Take(13).Sum(l => l.Length + 1) + (int)span["start_column"]! - 1);
    }

    [Fact]
    public void AttainmentViewCountsNingboPlanYear2008FromItsChecks()
    {
        var row = Assert.Single(Sql.Rows(outputs.DuckDb, "SELECT * FROM attainment WHERE zone = '宁波国家高新区' AND year = 2008"));
        long judged = Sql.Scalar<long>(outputs.DuckDb, "SELECT count(*) FROM checks WHERE report_id = 'Ningbo2007' AND verdict <> 'not-judged'");
        long notJudged = Sql.Scalar<long>(outputs.DuckDb, "SELECT count(*) FROM checks WHERE report_id = 'Ningbo2007' AND verdict = 'not-judged'");
        Assert.True(judged > 0 && notJudged > 0);
        Assert.Equal(judged, row["targets"]);
        Assert.Equal(notJudged, row["not_judged"]);
        Assert.Equal(Sql.Scalar<long>(outputs.DuckDb, "SELECT targets FROM reports WHERE id = 'Ningbo2007'"), judged + notJudged);
        Assert.True((long)row["missed"]! >= 1);
        foreach (string verdict in new[] { "met", "missed", "no-actual", "unverifiable", "undetermined" })
        {
            long expected = Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM checks WHERE report_id = 'Ningbo2007' AND verdict = '{verdict}'");
            Assert.Equal(expected, row[verdict.Replace('-', '_')]);
        }

        long met = (long)row["met"]!, missed = (long)row["missed"]!;
        Assert.Equal(Math.Round((double)met / (met + missed), 3), Convert.ToDouble(row["attainment_rate"]), 3);
    }

    [Fact]
    public void ParquetReadBackThroughDuckDbHasTheSameRows()
    {
        foreach (string table in s_tables)
        {
            string parquet = Path.Combine(outputs.Parquet, table + ".parquet").Replace("'", "''");
            long inParquet = Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM read_parquet('{parquet}')");
            long inDuckDb = Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM {table}");
            Assert.True(inParquet == inDuckDb, table + ": " + inParquet + " in Parquet, " + inDuckDb + " in DuckDB");
            long differing = Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM (SELECT * FROM read_parquet('{parquet}') EXCEPT ALL SELECT * FROM {table})");
            Assert.True(differing == 0, table + ": " + differing + " Parquet rows not in DuckDB");
        }
    }

    [Fact]
    public void CsvReadBackThroughDuckDbHasTheSameRows()
    {
        foreach (string table in s_tables)
        {
            string csv = Path.Combine(outputs.Csv, table + ".csv").Replace("'", "''");
            long inDuckDb = Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM {table}");
            Assert.Equal(inDuckDb, Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM read_csv('{csv}', header = true, all_varchar = true)"));
        }

        string facts = Path.Combine(outputs.Csv, "facts.csv").Replace("'", "''");
        Assert.Equal(1L, Sql.Scalar<long>(outputs.DuckDb,
            $"SELECT count(*) FROM read_csv('{facts}', header = true, all_varchar = true) WHERE report_id = 'Ningbo2007' AND role = 'target' AND indicator = '财政一般预算收入' AND value = '17.5'"));
    }

    /// <summary>The summary counts the judged reports themselves: the JSON export, which builds no rows, must say what the tables hold.</summary>
    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void TheSummaryCountsWhatTheTablesHold(string format)
    {
        using var folder = new TempFolder();
        ToolRun run = ToolRun.Of("extract", TestCorpus.Folder, "-o", folder["out." + format]);
        Assert.True(run.ExitCode == 0, run.ToString());
        long Count(string table) => Sql.Scalar<long>(outputs.DuckDb, "SELECT count(*) FROM " + table);
        Assert.Contains(
            $"rows: {Count("reports")} reports, {Count("facts")} facts, {Count("problems")} problems, {Count("checks")} checks → {folder["out." + format]} ({format})",
            run.Output);
    }

    [Fact]
    public void JsonLinesHasOneLinePerRowOfEveryTable()
    {
        long rows = s_tables.Sum(t => Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM {t}"));
        string[] lines = File.ReadAllLines(outputs.Jsonl);
        Assert.Equal(rows, lines.Length);
        var perTable = lines.GroupBy(l => JsonDocument.Parse(l).RootElement.GetProperty("table").GetString()).ToDictionary(g => g.Key!, g => g.LongCount());
        foreach (string table in s_tables)
        {
            Assert.Equal(Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM {table}"), perTable[table]);
        }
    }

    [Fact]
    public void JsonHasTheMainJobsShape_ReportsWithTheirFactsThenEveryCheck()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(outputs.Json));
        Assert.Equal(["reports", "checks"], json.RootElement.EnumerateObject().Select(p => p.Name));
        JsonElement reports = json.RootElement.GetProperty("reports");
        Assert.Equal(TestCorpus.Files.Length, reports.GetArrayLength());
        int targets = reports.EnumerateArray().Sum(r => r.GetProperty("targets").GetArrayLength());
        int achievements = reports.EnumerateArray().Sum(r => r.GetProperty("achievements").GetArrayLength());
        Assert.Equal(Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM facts WHERE role = 'target'"), targets);
        Assert.Equal(Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM facts WHERE role = 'achievement'"), achievements);
        JsonElement checks = json.RootElement.GetProperty("checks");
        Assert.Equal(targets, checks.GetArrayLength());
        Assert.Equal(Sql.Scalar<int>(outputs.DuckDb, "SELECT count(*) FROM checks WHERE verdict = 'missed'"),
            checks.EnumerateArray().Count(c => c.GetProperty("verdict").GetString() == "missed"));
        JsonElement revenue = checks.EnumerateArray().Single(c => c.GetProperty("report").GetString() == "Ningbo2007" && c.GetProperty("indicator").GetString() == "财政一般预算收入");
        Assert.Equal("missed", revenue.GetProperty("verdict").GetString());
        Assert.Equal("Ningbo2008", revenue.GetProperty("nextReport").GetString());
        Assert.Equal(17.5, revenue.GetProperty("target").GetProperty("value").GetDouble());
        Assert.Equal(16.5, revenue.GetProperty("actual").GetProperty("value").GetDouble());
    }
}
