using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ReportCorpus.Tests;

/// <summary>
/// The pipeline is incremental: a second run with nothing changed reuses every step, an edit to one report
/// re-parses and re-emits that report only (and re-judges the report whose targets it settles), and an edit to a
/// .cs file touches no report. Every run through <see cref="GeneratorHarness.Run"/> also checks the first two.
/// </summary>
public class CachingTests
{
    private static List<AdditionalText> Seeds() => TestCorpus.Seeds.Keys.Select(GeneratorHarness.Seed).ToList();

    [Fact]
    public void Second_run_with_the_same_input_is_entirely_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(Seeds()).RunGenerators(compilation);
        PipelineChecks.AssertStepsTracked(driver.GetRunResult().Results.Single());
        PipelineChecks.AssertRerunIsCached(driver, compilation);
    }

    [Fact]
    public void Editing_a_cs_file_reparses_and_regenerates_nothing()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(Seeds()).RunGenerators(compilation);

        CSharpCompilation edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText("class A { int B; }"));
        GeneratorRunResult run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(run.TrackedSteps[TrackingNames.ParsedReports].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_report_reparses_and_regenerates_that_report_only()
    {
        int reports = TestCorpus.Seeds.Count;
        GeneratorRunResult run = RunAfterEditing("大连", text => text.Replace("固定资产投资完成85亿元", "固定资产投资完成86亿元"));

        var parsed = run.TrackedSteps[TrackingNames.ParsedReports].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, parsed.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(reports - 1, parsed.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // The id and index do not depend on a report's figures.
        Assert.All(run.TrackedSteps[TrackingNames.CorpusIndex].SelectMany(s => s.Outputs), o =>
            Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal(IncrementalStepRunReason.Unchanged, run.TrackedSteps[TrackingNames.ReportKeys].SelectMany(s => s.Outputs).Single(o => o.Reason != IncrementalStepRunReason.Cached).Reason);

        var emitted = run.TrackedSteps[TrackingNames.ReportsToEmit].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, emitted.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(reports - 1, emitted.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        // The new figure, as the data token "2:86" (length, colon, text).
        Assert.Contains("2:86", run.GeneratedSources.Single(s => s.HintName == "Reports.Dalian2019.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Models_hold_no_compilation_symbols_syntax_or_locations()
    {
        GeneratorRunResult run = GeneratorHarness.Driver(Seeds()).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        PipelineChecks.AssertStepsTracked(run);
        PipelineChecks.AssertNoBannedTypes(run);
    }

    [Fact]
    public void Editing_a_report_rejudges_the_report_before_it_and_no_other()
    {
        // Ningbo2008 reviews the year Ningbo2007 planned: its GDP is Ningbo2007's GDP target's actual.
        GeneratorRunResult run = RunAfterEditing("宁波国家高新区2008年", text => text.Replace("生产总值95亿元", "生产总值96亿元"));

        Assert.Equal(new[] { "Ningbo2007", "Ningbo2008" }, RanFor(run, TrackingNames.JudgedReports));
        // Every other report looked up its next report again (a cheap step) and found it unchanged.
        var lookups = run.TrackedSteps[TrackingNames.NextReports].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, lookups.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(TestCorpus.Seeds.Count - 2, lookups.Count(o => o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_a_report_of_another_jurisdiction_rejudges_nothing_here()
    {
        GeneratorRunResult run = RunAfterEditing("嵊州", text => text + "\n工业总产值100亿元。");
        Assert.Equal(new[] { "Shengzhou2018" }, RanFor(run, TrackingNames.JudgedReports));
    }

    /// <summary>Runs the generator on the seeds, edits the one whose path contains <paramref name="pathPart"/>, and runs it again.</summary>
    private static GeneratorRunResult RunAfterEditing(string pathPart, Func<string, string> edit)
    {
        List<AdditionalText> texts = Seeds();
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        AdditionalText old = texts.Single(t => t.Path.Contains(pathPart, StringComparison.Ordinal));
        var edited = new InMemoryText(old.Path, edit(old.GetText()!.ToString()));
        return driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation).GetRunResult().Results.Single();
    }

    /// <summary>The ids of the reports judged again (the step's output not taken from the cache).</summary>
    private static string[] RanFor(GeneratorRunResult run, string step) => run.TrackedSteps[step]
        .SelectMany(s => s.Outputs)
        .Where(o => o.Reason != IncrementalStepRunReason.Cached)
        .Select(o => ((Model.ReportToEmit)o.Value).Entry.Id)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();
}
