namespace ReportCorpus.Tool.Tests;

/// <summary>
/// The tool's JSON export and HTML page against the main job's own (`consumer-sample --json`, `--html`, built with this
/// project: see the csproj), byte for byte. The tool runs in consumer-sample's folder, so that the paths the export
/// names (relative to the current directory for the tool, to the project for the generator) are the same.
/// </summary>
public sealed class SampleParityTests
{
    private static ExternalProcess.Result Sample(params string[] args)
    {
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Dotnet.Run(RepositoryRoot.Path, ["run", "--no-build", "-c", configuration, "--project", SampleFolder, "--", .. args]);
    }

    private static string SampleFolder => Path.Combine(RepositoryRoot.Path, "consumer-sample");

    private static ExternalProcess.Result Tool(params string[] args) =>
        ExternalProcess.Run("dotnet", SampleFolder, [Path.Combine(AppContext.BaseDirectory, "ReportCorpus.Tool.dll"), .. args], timeout: TimeSpan.FromMinutes(2));

    [Fact]
    public void ExtractToJsonWritesTheMainJobsExportByteForByte()
    {
        using var folder = new TempFolder();
        (string samplePath, string toolPath) = WriteBoth(folder, "--json", "extract", "json");
        byte[] expected = File.ReadAllBytes(samplePath);
        byte[] actual = File.ReadAllBytes(toolPath);
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"the exports differ: {expected.Length} bytes from the sample, {actual.Length} from the tool");

        // Not two empty files: the export's top-level checks, one per target, with Ningbo2007's missed revenue target.
        using var json = System.Text.Json.JsonDocument.Parse(actual);
        System.Text.Json.JsonElement[] checks = json.RootElement.GetProperty("checks").EnumerateArray().ToArray();
        Assert.Equal(json.RootElement.GetProperty("reports").EnumerateArray().Sum(r => r.GetProperty("targets").GetArrayLength()), checks.Length);
        System.Text.Json.JsonElement revenue = Assert.Single(checks, c => c.GetProperty("report").GetString() == "Ningbo2007"
            && c.GetProperty("indicator").GetString() == "财政一般预算收入");
        Assert.Equal("missed", revenue.GetProperty("verdict").GetString());
        Assert.Equal(16.5, revenue.GetProperty("actual").GetProperty("value").GetDouble());
    }

    [Fact]
    public void HtmlWritesTheMainJobsPageByteForByte()
    {
        using var folder = new TempFolder();
        (string samplePath, string toolPath) = WriteBoth(folder, "--html", "html", "html");
        Assert.Equal(File.ReadAllText(samplePath), File.ReadAllText(toolPath));
    }

    // The main job with its option and the tool with its command, each writing the bundled corpus into the folder.
    private static (string Sample, string Tool) WriteBoth(TempFolder folder, string sampleOption, string toolCommand, string extension)
    {
        string samplePath = folder["sample." + extension], toolPath = folder["tool." + extension];
        ExternalProcess.Result sample = Sample(sampleOption, samplePath);
        Assert.True(sample.ExitCode == 0, sample.ToString());
        ExternalProcess.Result tool = Tool(toolCommand, "../corpus", "-o", toolPath, "-q");
        Assert.True(tool.ExitCode == 0, tool.ToString());
        return (samplePath, toolPath);
    }
}
