using ReportCorpus.Model;
using ReportCorpus.Tool.Passes;

namespace ReportCorpus.Tool.Tests;

/// <summary>The first pass spills parses to a temporary file; what comes back must be the parse, field for field.</summary>
public sealed class ParseCodecTests
{
    [Fact]
    public void EveryParseOfTheCorpusComesBackEqual()
    {
        int facts = 0;
        foreach (string path in TestCorpus.Files)
        {
            ReadFile file = Pipeline.Read(path, CancellationToken.None);
            ReadFile back = ParseCodec.Read(ParseCodec.Encode(file).ToArray());
            Assert.Equal(file, back); // records: every field, lists element by element
            facts += back.Report.Targets.Count + back.Report.Achievements.Count;
        }

        Assert.True(facts > 5000, facts + " facts");
    }

    [Fact]
    public void NotesNullsAndSharedSentencesComeBackEqual()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder["binary.txt"], [0, 1, 2, 0xFF, 0xFE, 0]);
        File.WriteAllText(folder["no-year.txt"], "关于工作的报告\n\n一、过去工作回顾\n地区生产总值增长8%。\n");
        foreach (string path in new[] { folder["binary.txt"], folder["no-year.txt"], folder["missing.txt"] })
        {
            ReadFile file = Pipeline.Read(path, CancellationToken.None);
            Assert.NotEmpty(file.Report.Notes);
            Assert.Equal(file, ParseCodec.Read(ParseCodec.Encode(file).ToArray()));
        }

        // A sentence quoted by several facts is one string after the round trip.
        ReadFile ningbo = ParseCodec.Read(ParseCodec.Encode(Pipeline.Read(TestCorpus.Ningbo2007, CancellationToken.None)).ToArray());
        IGrouping<string, FactSpec> shared = ningbo.Report.Targets.GroupBy(t => t.Sentence).First(g => g.Count() > 1);
        Assert.All(shared, t => Assert.Same(shared.First().Sentence, t.Sentence));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(200_000L)]
    [InlineData(long.MaxValue)]
    public void StoredParsesAreReadBackByPathFromAnyThread(long memoryBudget)
    {
        string[] files = TestCorpus.Files;
        ReadFile[] parsed = files.Select(f => Pipeline.Read(f, CancellationToken.None)).ToArray();
        using var store = new ParseStore(memoryBudget);
        Parallel.ForEach(parsed, store.Add);

        // The budget decides what stays in memory; the rest goes to the temporary file.
        Assert.True(store.MemoryBytes + store.FileBytes > 100_000);
        Assert.True(store.MemoryBytes <= memoryBudget);
        Assert.Equal(memoryBudget == 0, store.MemoryBytes == 0);
        Assert.Equal(memoryBudget == long.MaxValue, store.FileBytes == 0);
        Parallel.For(0, files.Length, i =>
        {
            Assert.True(store.TryRead(files[i], out ReadFile? back));
            Assert.Equal(parsed[i], back);
        });
        Assert.False(store.TryRead(files[0] + ".not-there", out _));
    }
}
