using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportCorpus.Diagnostics;
using ReportCorpus.Emit;
using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>
/// The user-string heap (issue 17): as UTF-8 literals (C# 11+) report data stay out of it; as strings (C# 9, 10, and
/// any version while the whole corpus fits) the generator keeps within its budget, drops the data of the reports that
/// would pass it, and the analyzer says so (RC0108).
/// </summary>
public class EmissionBudgetTests
{
    [Fact]
    public void Reports_are_taken_in_index_order_while_they_fit_and_identities_always_count()
    {
        long half = EmissionBudget.Budget / 2;
        var costs = new[]
        {
            new ReportCost("b", 100, half, 0),
            new ReportCost("a", 100, half, 0),        // passes the budget by the identities: dropped
            new ReportCost("c", 100, 10, 0),          // still fits after it
            new ReportCost("d", 100, EmissionBudget.Budget, 0), // alone too big
        };
        Assert.Equal(new[] { "a", "d" }, EmissionBudget.OverBudget(costs, DataMode.Strings));
        Assert.Empty(EmissionBudget.OverBudget(costs.Take(1).ToList(), DataMode.Strings));
        Assert.Empty(EmissionBudget.OverBudget(costs, DataMode.Utf8));
        Assert.True(EmissionBudget.IsOver(EmissionBudget.OverBudget(costs, DataMode.Strings), "d"));
        Assert.False(EmissionBudget.IsOver(EmissionBudget.OverBudget(costs, DataMode.Strings), "c"));
    }

    /// <summary>
    /// The corpus's mode: strings while the whole corpus fits the budget as strings, to the byte; UTF-8 one byte past it
    /// where the language allows (and then only a lone surrogate's constant counts); UTF-8 whatever the size when the
    /// project asks for it; strings within the budget when the language does not allow UTF-8.
    /// </summary>
    [Fact]
    public void Strings_while_the_whole_corpus_fits_utf8_beyond_or_when_asked()
    {
        long half = EmissionBudget.Budget / 2;
        var fits = new[] { new ReportCost("a", 100, half - 100, 0), new ReportCost("b", 100, EmissionBudget.Budget - half - 100, 0) };
        Assert.Equal(EmissionBudget.Budget, fits.Sum(c => c.Identity + c.Strings));
        var past = new[] { fits[0], fits[1] with { Strings = fits[1].Strings + 1 } };
        var allowed = new DataSettings(Utf8Allowed: true, ForceUtf8: false);

        Assert.Equal(new EmissionPlan(DataMode.Strings, EquatableArray<string>.Empty), EmissionBudget.Plan(fits, allowed));
        Assert.Equal(new EmissionPlan(DataMode.Utf8, EquatableArray<string>.Empty), EmissionBudget.Plan(past, allowed));
        Assert.Equal(new EmissionPlan(DataMode.Utf8, EquatableArray<string>.Empty), EmissionBudget.Plan(fits, allowed with { ForceUtf8 = true }));
        Assert.Equal(new EmissionPlan(DataMode.Utf8, new[] { "b" }.ToEquatableArray()),
            EmissionBudget.Plan(new[] { past[0] with { Utf8 = half }, past[1] with { Utf8 = half } }, allowed));

        var notAllowed = new DataSettings(Utf8Allowed: false, ForceUtf8: true);
        Assert.Equal(new EmissionPlan(DataMode.Strings, EquatableArray<string>.Empty), EmissionBudget.Plan(fits, notAllowed));
        Assert.Equal(new EmissionPlan(DataMode.Strings, new[] { "b" }.ToEquatableArray()), EmissionBudget.Plan(past, notAllowed));
    }

    /// <summary>
    /// The seeds in the latest C#: strings by default (no u8 literal), UTF-8 literals with ReportCorpusData=utf8
    /// (any case), and the analyzer finds no report over the limit either way.
    /// </summary>
    [Theory]
    [InlineData(null, false)]
    [InlineData("auto", false)]
    [InlineData("utf8", true)]
    [InlineData(" UTF8 ", true)]
    public async Task The_seeds_are_strings_unless_the_project_asks_for_utf8(string? data, bool asUtf8)
    {
        DataMode expected = asUtf8 ? DataMode.Utf8 : DataMode.Strings;
        var texts = Seeds().ToList();
        var options = new TestOptions(data: data);
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts, options: options, version: LanguageVersion.Latest);
        AssertBuilds(output);
        Assert.All(Emitted(result), r => Assert.Equal(expected, r.Mode));
        Assert.Equal(expected == DataMode.Utf8, result.Results.Single().GeneratedSources.Any(s => s.SourceText.ToString().Contains("\"u8")));
        Assert.Empty(await OverLimit(output, texts, options));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(63, 128)]
    [InlineData(64, 131)]
    [InlineData(8191, 16385)]
    [InlineData(8192, 16389)]
    public void A_literal_takes_two_bytes_a_character_a_terminal_byte_and_its_length_prefix(int length, long bytes) =>
        Assert.Equal(bytes, EmissionBudget.LiteralBytes(length));

    [Fact]
    public void Utf8_mode_needs_CSharp_11_and_ReadOnlySpan()
    {
        Assert.True(DataModes.Utf8Allowed(LanguageVersion.CSharp11, hasReadOnlySpan: true));
        Assert.True(DataModes.Utf8Allowed(LanguageVersion.Latest.MapSpecifiedToEffectiveVersion(), hasReadOnlySpan: true));
        Assert.False(DataModes.Utf8Allowed(LanguageVersion.CSharp10, hasReadOnlySpan: true));
        Assert.False(DataModes.Utf8Allowed(LanguageVersion.CSharp11, hasReadOnlySpan: false));
        Assert.False(EmissionBudget.HasUtf8Form(new[] { "a\uD800b" }));
        Assert.True(EmissionBudget.HasUtf8Form(new[] { "a\uD83D\uDE00b" }));
    }

    /// <summary>In UTF-8 mode a report's data cost the heap nothing, unless a lone surrogate keeps a constant a string.</summary>
    [Fact]
    public void In_utf8_mode_only_a_lone_surrogate_puts_data_in_the_heap()
    {
        var texts = new AdditionalText[]
        {
            GeneratorHarness.Seed("Ningbo2008"),
            new InMemoryText(GeneratorHarness.ReportPath("lone.txt"), "杭州高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n生产总值95亿元\uD800,增长40%。\n"),
        };
        (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts, version: LanguageVersion.Latest);
        var costs = result.Results.Single().TrackedSteps[TrackingNames.ReportCosts].SelectMany(s => s.Outputs).Select(o => (ReportCost)o.Value).ToDictionary(c => c.Path);
        Assert.Equal(0, costs[texts[0].Path].Utf8);
        Assert.True(costs[texts[1].Path].Utf8 > 0);
        Assert.True(costs[texts[0].Path].Identity > 0);
        Assert.True(costs[texts[0].Path].Strings > 0);
        Assert.True(costs[texts[1].Path].Strings >= costs[texts[1].Path].Utf8);
    }

    /// <summary>
    /// A report with 100,000 figures and one with a 1 MB line beside the seeds: the project compiles and emits (no CS8103)
    /// in every language version, the seeds come through with their data, and a report emitted without its data, if
    /// any, has RC0108, as does no other.
    /// </summary>
    [Theory]
    [InlineData(LanguageVersion.CSharp9, null)]
    [InlineData(LanguageVersion.CSharp10, null)]
    [InlineData(LanguageVersion.Latest, null)]
    [InlineData(LanguageVersion.Latest, "utf8")]
    public async Task Big_reports_beside_good_ones_build_or_get_RC0108(LanguageVersion version, string? data)
    {
        var options = new TestOptions(data: data);
        var texts = Seeds().Concat(new[]
        {
            new InMemoryText(GeneratorHarness.ReportPath("big/figures.txt"), RobustnessTests.BigInput(2).Replace("宁波国家高新区", "杭州高新区")),
            new InMemoryText(GeneratorHarness.ReportPath("big/line.txt"), RobustnessTests.BigInput(1).Replace("宁波国家高新区", "嘉兴高新区")),
        }).ToList();
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts, options: options, version: version);
        AssertBuilds(output);
        Assert.True(GeneratorHarness.TargetCountAtRunTime(output, "Ningbo2008") > 0);
        Assert.Equal(texts.Count, GeneratorHarness.ReportCountAtRunTime(output));

        ImmutableArray<Diagnostic> rc0108 = await OverLimit(output, texts, options);
        Assert.Equal(WithoutData(result).OrderBy(p => p, StringComparer.Ordinal), rc0108.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));
    }

    /// <summary>
    /// A corpus whose data pass the heap as strings: in C# 10 the last report in the index's order is emitted without
    /// its data and gets RC0108, the rest build whole; in the latest C# the same corpus builds whole, as UTF-8, with no
    /// setting (the corpus's cost switches the mode).
    /// </summary>
    [Fact]
    public async Task A_corpus_past_the_heap_drops_the_reports_that_do_not_fit_as_strings_and_builds_whole_as_utf8()
    {
        List<AdditionalText> texts = PastTheHeap();
        (Compilation strings, GeneratorDriverRunResult stringRun) = GeneratorHarness.Run(texts, version: LanguageVersion.CSharp10);
        AssertBuilds(strings);
        string dropped = Assert.Single(WithoutData(stringRun));
        Assert.Equal(2, texts.Count(t => t.Path != dropped && GeneratorHarness.TargetCountAtRunTime(strings, IdOf(stringRun, t.Path)) + AchievementCount(strings, IdOf(stringRun, t.Path)) > 0));
        Assert.Equal(0, AchievementCount(strings, IdOf(stringRun, dropped)));
        ImmutableArray<Diagnostic> rc0108 = await OverLimit(strings, texts);
        Diagnostic diagnostic = Assert.Single(rc0108);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(dropped, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("C# 11", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("16,777,215 bytes", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        Assert.All(Emitted(stringRun), r => Assert.Equal(DataMode.Strings, r.Mode));

        (Compilation utf8, GeneratorDriverRunResult utf8Run) = GeneratorHarness.Run(texts, version: LanguageVersion.Latest);
        AssertBuilds(utf8);
        Assert.All(Emitted(utf8Run), r => Assert.Equal(DataMode.Utf8, r.Mode));
        Assert.Empty(WithoutData(utf8Run));
        Assert.Empty(await OverLimit(utf8, texts));
    }

    private static string IdOf(GeneratorDriverRunResult result, string path) => result.Results.Single().TrackedSteps[TrackingNames.ReportsToEmit]
        .SelectMany(step => step.Outputs).Select(o => (ReportToEmit)o.Value).Single(r => r.Report.Path == path).Entry.Id;

    private static int AchievementCount(Compilation compilation, string id)
    {
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        object report = System.Reflection.Assembly.Load(stream.ToArray()).GetType("Consumer.Reports")!.GetProperty(id)!.GetValue(null)!;
        return ((System.Collections.IEnumerable)report.GetType().GetProperties().First(p => p.Name == "Achievements").GetValue(report)!).Cast<object>().Count();
    }

    // Three jurisdictions' reports of some 6 MB of string data each (a sentence with many figures, repeated with a
    // different number each time, so no two literals are alike): two fit the heap as strings, the third does not.
    private static List<AdditionalText> PastTheHeap() => new[] { "宁波国家高新区", "大连高新区", "杭州高新区" }
        .Select((zone, i) => (AdditionalText)new InMemoryText(GeneratorHarness.ReportPath("past/" + i + ".txt"),
            zone + "2008年工作总结和2009年工作安排\n一、2008年工作回顾\n"
            + string.Concat(Enumerable.Range(0, 14_000).Select(n => "生产总值" + n + "亿元,增长" + (n % 90) + "%,财政收入" + (n + 7) + "亿元。\n"))))
        .ToList();

    private static IEnumerable<AdditionalText> Seeds() => TestCorpus.Seeds.Keys.Select(GeneratorHarness.Seed);

    // No error in the compilation, and an emit that succeeds: CS8103 comes only at emit.
    private static void AssertBuilds(Compilation output)
    {
        Assert.Empty(GeneratorHarness.Problems(output));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Take(3)));
    }

    // The reports the generator emitted, from the pipeline's last step.
    private static IEnumerable<ReportToEmit> Emitted(GeneratorDriverRunResult result) => result.Results.Single().TrackedSteps[TrackingNames.ReportsToEmit]
        .SelectMany(step => step.Outputs).Select(o => (ReportToEmit)o.Value);

    // The reports the generator emitted without their data.
    private static IEnumerable<string> WithoutData(GeneratorDriverRunResult result) => Emitted(result).Where(r => r.WithoutData).Select(r => r.Report.Path);

    private static async Task<ImmutableArray<Diagnostic>> OverLimit(Compilation compilation, IEnumerable<AdditionalText> texts, TestOptions? testOptions = null)
    {
        var options = new AnalyzerOptions(texts.ToImmutableArray(), testOptions ?? new TestOptions());
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ReportAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        return all.Where(d => d.Id == DiagnosticDescriptors.OverCompilerLimit.Id).ToImmutableArray();
    }
}
