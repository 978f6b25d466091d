namespace ReportCorpus.Tool.Tests;

public sealed class DeterminismTests
{
    private static byte[][] Extract(string format, string threads, string[] paths)
    {
        using var output = new TempFolder();
        string target = output["out." + format];
        ToolRun run = ToolRun.Of(["extract", .. paths, "-o", target, "-j", threads, "-q"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return Directory.Exists(target)
            ? Directory.GetFiles(target).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray()
            : [File.ReadAllBytes(target)];
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    [InlineData("csv")]
    public void OutputIsTheSameWhateverTheInputOrderAndThreadCount(string format)
    {
        string[] files = TestCorpus.Files.Order(StringComparer.Ordinal).ToArray();
        string[] shuffled = files.OrderBy(f => f.GetHashCode() ^ 0x5bd1e995).Reverse().ToArray();
        Assert.NotEqual(files, shuffled);

        byte[][] reference = Extract(format, "1", [TestCorpus.Folder]);
        Assert.Equal(reference, Extract(format, "2", [TestCorpus.Folder]));
        Assert.Equal(reference, Extract(format, "2", shuffled));
        Assert.Equal(reference, Extract(format, "1", [.. shuffled, TestCorpus.Folder]));
    }
}
