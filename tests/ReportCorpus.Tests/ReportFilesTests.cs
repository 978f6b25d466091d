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
