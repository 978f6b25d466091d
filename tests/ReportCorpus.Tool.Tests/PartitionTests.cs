namespace ReportCorpus.Tool.Tests;

/// <summary>`extract -f parquet --partition-by level,year`: Hive-style folders that DuckDB reads back as the unpartitioned tables.</summary>
public sealed class PartitionTests(CorpusOutputs outputs) : IClassFixture<CorpusOutputs>
{
    private static readonly string[] s_partitioned = ["reports", "facts", "problems", "checks"];

    [Fact]
    public void DuckDbReadsThePartitionsBackWithTheUnpartitionedCounts()
    {
        using var folder = new TempFolder();
        string output = folder["corpus"];
        ToolRun run = ToolRun.Of("extract", TestCorpus.Folder, "-o", output, "-f", "parquet", "--partition-by", "level,year", "-q");
        Assert.True(run.ExitCode == 0, run.ToString());

        foreach (string table in s_partitioned)
        {
            string glob = Path.Combine(output, table, "*", "*", "*.parquet");
            string partitioned = $"read_parquet('{glob}', hive_partitioning = true)";
            Assert.Equal(
                Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM {table}"),
                Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM {partitioned}"));

            // Every row sits in its report's partition: its level of government and plan year.
            string reportKey = table == "reports" ? "id" : "report_id";
            Assert.Equal(0, Sql.Scalar<long>(outputs.DuckDb,
                $"SELECT count(*) FROM {partitioned} p JOIN reports r ON r.id = p.{reportKey} WHERE p.year IS DISTINCT FROM r.plan_year OR p.level IS DISTINCT FROM r.level"));
        }

        // The same rows, column for column, but the keys (which the folders hold).
        string facts = $"read_parquet('{Path.Combine(output, "facts", "*", "*", "*.parquet")}', hive_partitioning = true)";
        Assert.Equal(0, Sql.Scalar<long>(outputs.DuckDb,
            $"SELECT count(*) FROM (SELECT * EXCLUDE (level, year) FROM {facts} EXCEPT ALL SELECT * FROM facts)"));
        Assert.Equal(Sql.Scalar<long>(outputs.DuckDb, "SELECT count(*) FROM indicators"),
            Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM read_parquet('{Path.Combine(output, "indicators", "*.parquet")}')"));

        // Hive's folders: level=…/year=…/part-N.parquet, a year folder per level and plan year of the corpus.
        string[] years = Directory.GetDirectories(Path.Combine(output, "reports"), "year=*", SearchOption.AllDirectories);
        Assert.Equal(Sql.Scalar<long>(outputs.DuckDb, "SELECT count(*) FROM (SELECT DISTINCT level, plan_year FROM reports)"), years.Length);
        Assert.Contains(years, y => y.EndsWith(Path.Combine("year=2008"), StringComparison.Ordinal));
        Assert.Equal(
            Sql.Rows(outputs.DuckDb, "SELECT DISTINCT level FROM reports ORDER BY level").Select(r => "level=" + r["level"]),
            Directory.GetDirectories(Path.Combine(output, "reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(output, "facts", "level=national", "year=2008")));
        Assert.True(Directory.Exists(Path.Combine(output, "facts", "level=county")));

        // By level, the counts of the unpartitioned reports.
        Assert.Equal(
            Sql.Rows(outputs.DuckDb, "SELECT level, count(*) AS n FROM reports GROUP BY level ORDER BY level").Select(r => (r["level"], r["n"])),
            Sql.Rows(outputs.DuckDb, $"SELECT level, count(*) AS n FROM read_parquet('{Path.Combine(output, "reports", "*", "*", "*.parquet")}', hive_partitioning = true) GROUP BY level ORDER BY level").Select(r => (r["level"], r["n"])));
    }

    [Fact]
    public void EachLayoutRemovesTheOthersTablesFromTheFolderAndNothingElse()
    {
        using var output = new TempFolder();
        string folder = output["out.parquet"];
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "README.md"), "mine");
        string[] reports = [TestCorpus.Ningbo2007, TestCorpus.Ningbo2008];

        Assert.Equal(0, ToolRun.Of(["extract", .. reports, "-o", folder, "-p", "level,year", "-q"]).ExitCode);
        Assert.True(Directory.Exists(Path.Combine(folder, "facts")));

        // Unpartitioned into the same folder: the partitions of the run before would read as data beside facts.parquet.
        Assert.Equal(0, ToolRun.Of(["extract", .. reports, "-o", folder, "-q"]).ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "facts.parquet")));
        Assert.All(s_partitioned, table => Assert.False(Directory.Exists(Path.Combine(folder, table)), table));

        Assert.Equal(0, ToolRun.Of(["extract", .. reports, "-o", folder, "-p", "year", "-q"]).ExitCode);
        Assert.True(Directory.Exists(Path.Combine(folder, "facts")));
        Assert.All(s_partitioned, table => Assert.False(File.Exists(Path.Combine(folder, table + ".parquet")), table));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "README.md")));
    }

    [Fact]
    public void WhenRowsPileUpThePartitionWithTheMostIsWrittenAsItsNextPart()
    {
        using var folder = new TempFolder();
        string output = folder["parts"];
        using (CorpusRun run = Pipeline.Run(TestCorpus.Files, TestCorpus.Folder, 2, new NoProgress(), CancellationToken.None))
        using (var writer = new Output.PartitionedParquetWriter(output, ["year"], maxRowsWaiting: 500))
        {
            writer.Begin();
            foreach (JudgedReport report in run.Reports())
            {
                writer.Write(report, Rows.ReportRows.Of(report));
            }

            writer.Complete();
        }

        string[] parts = Directory.GetFiles(Path.Combine(output, "facts"), "*.parquet", SearchOption.AllDirectories);
        Assert.True(parts.Length > Directory.GetDirectories(Path.Combine(output, "facts")).Length, parts.Length + " part files");
        Assert.Contains(parts, p => Path.GetFileName(p) == "part-1.parquet");
        foreach (string table in s_partitioned)
        {
            Assert.Equal(
                Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM {table}"),
                Sql.Scalar<long>(outputs.DuckDb, $"SELECT count(*) FROM read_parquet('{Path.Combine(output, table, "*", "*.parquet")}', hive_partitioning = true)"));
        }
    }

    [Fact]
    public void TheFilesAreTheSameWhateverTheThreadsAndWhatThePassesKeep()
    {
        using var folder = new TempFolder();
        byte[][] Files(string name, params string[] options)
        {
            string output = folder[name];
            ToolRun run = ToolRun.Of(["extract", TestCorpus.Folder, "-o", output, "-f", "parquet", "-p", "year", "-q", .. options]);
            Assert.True(run.ExitCode == 0, run.ToString());
            return Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(output, f)).Concat(File.ReadAllBytes(f)).ToArray()).ToArray();
        }

        Assert.Equal(Files("a", "-j", "1"), Files("b", "-j", "2", "--hold-bytes", "0"));
        Assert.True(Directory.Exists(Path.Combine(folder["a"], "facts", "year=2008")));
    }

    [Theory]
    [InlineData("corpus.duckdb", "level")]
    [InlineData("corpus.parquet", "province")]
    [InlineData("corpus.parquet", "year,year")]
    [InlineData("corpus.parquet", "")]
    [InlineData("corpus.parquet", "level,,year")]
    public void PartitionByIsForParquetWithLevelAndYearOnce(string output, string keys)
    {
        using var folder = new TempFolder();
        ToolRun run = ToolRun.Of("extract", TestCorpus.Folder, "-o", folder[output], "--partition-by", keys, "-q");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--partition-by", run.Error);
    }
}
