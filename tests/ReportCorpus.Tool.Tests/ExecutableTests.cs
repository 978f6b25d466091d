namespace ReportCorpus.Tool.Tests;

public sealed class ExecutableTests
{
    private static ExternalProcess.Result Tool(string workingDirectory, params string[] args) =>
        ExternalProcess.Run("dotnet", workingDirectory, [Path.Combine(AppContext.BaseDirectory, "ReportCorpus.Tool.dll"), .. args], timeout: TimeSpan.FromMinutes(2));

    [Fact]
    public void TheBuiltExecutableRunsVersionHelpAndCheck()
    {
        using var folder = new TempFolder();
        ExternalProcess.Result version = Tool(folder.Path, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Equal(typeof(Cli).Assembly.GetName().Version!.ToString(3), version.StandardOutput.Trim());

        foreach (string command in new[] { "extract", "check", "html", "convert", "schema" })
        {
            ExternalProcess.Result help = Tool(folder.Path, command, "--help");
            Assert.True(help.ExitCode == 0, help.ToString());
            Assert.Contains("Usage:", help.StandardOutput);
        }

        // Output redirected: plain progress lines and the summary, the SARIF written, the exit code for CI.
        ExternalProcess.Result check = Tool(folder.Path, "check", TestCorpus.Folder, "--sarif", "out.sarif", "--fail-on", "missed");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains($"parsed {TestCorpus.Files.Length}/{TestCorpus.Files.Length} files", check.Output);
        Assert.Contains($"files: {TestCorpus.Files.Length} found, {TestCorpus.Files.Length} read, 0 skipped", check.StandardOutput);
        Assert.True(new FileInfo(folder["out.sarif"]).Length > 1000);

        ExternalProcess.Result unknown = Tool(folder.Path, "extract", "--no-such-option", TestCorpus.Folder);
        Assert.Equal(2, unknown.ExitCode);
    }

    // Settings the throughput rests on (docs/performance.md, the tool), which a change to the project file could drop
    // without any other test noticing: they are runtime options, in the runtimeconfig.json the package ships.
    [Fact]
    public void TheToolRunsWithItsMeasuredRuntimeSettings()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "ReportCorpus.Tool.runtimeconfig.json");
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        System.Text.Json.JsonElement properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(2097152, properties.GetProperty("System.GC.LOHThreshold").GetInt32());
        Assert.False(properties.TryGetProperty("System.Runtime.TieredCompilation", out System.Text.Json.JsonElement tiered) && !tiered.GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredCompilation.QuickJit").GetBoolean());
    }

    [Fact]
    public void DocsToolMdListsEveryColumnAsTheToolDoes()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "tool.md")).ReplaceLineEndings("\n");
        Assert.Contains(Cli.SchemaMarkdown().TrimEnd(), docs);
    }
}
