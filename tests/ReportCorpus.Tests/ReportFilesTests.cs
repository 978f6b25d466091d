using Microsoft.CodeAnalysis;

namespace ReportCorpus.Tests;

/// <summary>
/// The process-wide parse cache: run alone, so that the parse counter sees only this test's parses.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ParseCacheCollection
{
    public const string Name = "parse cache";
}

/// <summary>ReportFiles.Parse: one parse per path and text for the whole process, shared by generator and analyzer.</summary>
[Collection(ParseCacheCollection.Name)]
public class ReportFilesTests
{
    private static AdditionalText[] Reports(string folder) => new[] { "Ningbo2007", "Ningbo2008" }
        .Select(id => (AdditionalText)new InMemoryText(GeneratorHarness.ProjectDirectory + "/" + folder + "/" + id + ".txt", TestCorpus.Text(TestCorpus.Seeds[id])))
        .ToArray();

    [Fact]
    public async Task Unchanged_reports_are_not_parsed_again()
    {
        var texts = Reports(nameof(Unchanged_reports_are_not_parsed_again));
        await AnalyzerHarness.RunAsync(texts);
        Assert.All(texts, t => Assert.True(ReportFiles.IsCached(t.Path, t.GetText()!)));

        int before = ReportFiles.ParseCount;
        var again = await AnalyzerHarness.RunAsync(texts);
        Assert.Equal(before, ReportFiles.ParseCount);
        Assert.Contains(again, d => d.Id == "RC0002");
    }

    [Fact]
    public async Task The_analyzer_reuses_the_generators_parses()
    {
        var texts = Reports(nameof(The_analyzer_reuses_the_generators_parses));
        int before = ReportFiles.ParseCount;
        GeneratorHarness.Run(texts);
        Assert.Equal(before + texts.Length, ReportFiles.ParseCount);

        // In the compiler the analyzer runs after the generator in the same process: it parses nothing again.
        var diagnostics = await AnalyzerHarness.RunAsync(texts);
        Assert.Equal(before + texts.Length, ReportFiles.ParseCount);
        Assert.Contains(diagnostics, d => d.Id == "RC0002");
    }

    /// <summary>
    /// Past the budget of the cache by path (a corpus of 10,000 reports), the analyzer still finds the generator's
    /// parses: it gets the same file objects, whose parses stay while they live. New objects for the same texts, as the
    /// next compilation of an IDE has, are answered by the cache by path, and parsed again once it has forgotten them.
    /// </summary>
    [Fact]
    public async Task The_analyzer_reuses_the_generators_parses_past_the_budget()
    {
        var texts = Reports(nameof(The_analyzer_reuses_the_generators_parses_past_the_budget));
        int before = ReportFiles.ParseCount;
        GeneratorHarness.Run(texts);
        ReportFiles.ForgetParsesByPath();
        await AnalyzerHarness.RunAsync(texts);
        Assert.Equal(before + texts.Length, ReportFiles.ParseCount);
        Assert.All(texts, t => Assert.False(ReportFiles.IsCached(t.Path, t.GetText()!)));

        var copies = texts.Select(t => (AdditionalText)new InMemoryText(t.Path, t.GetText()!.ToString())).ToArray();
        GeneratorHarness.Run(copies);
        Assert.Equal(before + (2 * texts.Length), ReportFiles.ParseCount);
        var renewed = copies.Select(t => (AdditionalText)new InMemoryText(t.Path, t.GetText()!.ToString())).ToArray();
        await AnalyzerHarness.RunAsync(renewed);
        Assert.Equal(before + (2 * texts.Length), ReportFiles.ParseCount);
    }

    [Fact]
    public void An_edited_report_is_parsed_again()
    {
        var texts = Reports(nameof(An_edited_report_is_parsed_again));
        GeneratorHarness.Run(texts);
        int before = ReportFiles.ParseCount;
        texts[1] = new InMemoryText(texts[1].Path, texts[1].GetText()!.ToString().Replace("123亿元", "124亿元"));
        GeneratorHarness.Run(texts);
        Assert.Equal(before + 1, ReportFiles.ParseCount);
    }
}
