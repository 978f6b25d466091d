namespace ReportCorpus.Tool.Tests;

/// <summary>The bundled corpus extracted once into every format, and checked once with SARIF, for the tests to read.</summary>
public sealed class CorpusOutputs : IDisposable
{
    private readonly TempFolder _folder = new();

    public CorpusOutputs()
    {
        foreach (string output in new[] { DuckDb, Parquet, Jsonl, Json, Csv })
        {
            ToolRun run = ToolRun.Of("extract", TestCorpus.Folder, "-o", output, "--quiet");
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        Check = ToolRun.Of("check", TestCorpus.Folder, "--sarif", Sarif);
    }

    public string DuckDb => _folder["corpus.duckdb"];

    public string Parquet => _folder["corpus.parquet"];

    public string Jsonl => _folder["corpus.jsonl"];

    public string Json => _folder["corpus.json"];

    public string Csv => _folder["corpus.csv"];

    public string Sarif => _folder["corpus.sarif"];

    internal ToolRun Check { get; }

    public void Dispose() => _folder.Dispose();
}
