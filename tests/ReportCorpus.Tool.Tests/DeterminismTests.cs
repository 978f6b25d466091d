namespace ReportCorpus.Tool.Tests;

public sealed class DeterminismTests
{
    private static byte[][] Run(string command, string format, string[] paths, params string[] options)
    {
        using var output = new TempFolder();
        string target = output["out." + format];
        ToolRun run = command == "check"
            ? ToolRun.Of(["check", .. paths, "--sarif", target, "-q", .. options])
            : ToolRun.Of(["extract", .. paths, "-o", target, "-q", .. options]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return Directory.Exists(target)
            ? Directory.GetFiles(target).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray()
            : [File.ReadAllBytes(target)];
    }

    [Theory]
    [InlineData("extract", "jsonl")]
    [InlineData("extract", "json")]
    [InlineData("extract", "parquet")]
    [InlineData("extract", "csv")]
    [InlineData("check", "sarif")]
    public void OutputIsTheSameWhateverTheInputOrderThreadCountAndWhatThePassesKeep(string command, string format)
    {
        string[] files = TestCorpus.Files.Order(StringComparer.Ordinal).ToArray();
        string[] shuffled = files.OrderBy(f => f.GetHashCode() ^ 0x5bd1e995).Reverse().ToArray();
        Assert.NotEqual(files, shuffled);

        byte[][] reference = Run(command, format, [TestCorpus.Folder], "-j", "1");
        Assert.True(reference.Sum(b => b.Length) > 10_000);
        Assert.Equal(reference, Run(command, format, [TestCorpus.Folder], "-j", "2"));
        Assert.Equal(reference, Run(command, format, shuffled, "-j", "2"));
        Assert.Equal(reference, Run(command, format, [.. shuffled, TestCorpus.Folder], "-j", "1"));

        // No stored parse kept in memory (every one read back from the temporary file), or some kept.
        Assert.Equal(reference, Run(command, format, [TestCorpus.Folder], "-j", "2", "--hold-bytes", "0"));
        Assert.Equal(reference, Run(command, format, [TestCorpus.Folder], "-j", "2", "--hold-bytes", "400000"));
    }
}
