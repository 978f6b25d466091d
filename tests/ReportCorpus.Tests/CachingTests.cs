using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ReportCorpus.Tests;

/// <summary>
/// The pipeline is incremental: a second run with nothing changed reuses every step, an edit to one report
/// re-parses and re-emits that report only, and an edit to a .cs file touches no report.
/// </summary>
public class CachingTests
{
    private static readonly string[] s_trackedSteps =
    {
        TrackingNames.ParsedReports, TrackingNames.ReportKeys, TrackingNames.IdOverrides,
        TrackingNames.Namespace, TrackingNames.CorpusIndex, TrackingNames.ReportsToEmit,
    };

    private static List<AdditionalText> Seeds() => TestCorpus.Seeds.Keys.Select(GeneratorHarness.Seed).ToList();

    [Fact]
    public void Second_run_with_the_same_input_is_entirely_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(Seeds()).RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();

        driver = driver.RunGenerators(compilation.Clone());
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        AssertStepsTracked(first);
        foreach (string step in s_trackedSteps)
        {
            Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs), o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
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
        List<AdditionalText> texts = Seeds();
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);

        AdditionalText old = texts.Single(t => t.Path.Contains("大连", StringComparison.Ordinal));
        var edited = new InMemoryText(old.Path, old.GetText()!.ToString().Replace("固定资产投资完成85亿元", "固定资产投资完成86亿元"));
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();

        var parsed = run.TrackedSteps[TrackingNames.ParsedReports].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, parsed.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(texts.Count - 1, parsed.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // The id and index do not depend on a report's figures.
        Assert.All(run.TrackedSteps[TrackingNames.CorpusIndex].SelectMany(s => s.Outputs), o =>
            Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal(IncrementalStepRunReason.Unchanged, run.TrackedSteps[TrackingNames.ReportKeys].SelectMany(s => s.Outputs).Single(o => o.Reason != IncrementalStepRunReason.Cached).Reason);

        var emitted = run.TrackedSteps[TrackingNames.ReportsToEmit].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, emitted.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(texts.Count - 1, emitted.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        // The new figure, as the data token "2:86" (length, colon, text).
        Assert.Contains("2:86", run.GeneratedSources.Single(s => s.HintName == "Reports.Dalian2019.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Models_hold_no_compilation_symbols_syntax_or_locations()
    {
        GeneratorRunResult run = GeneratorHarness.Driver(Seeds()).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        AssertStepsTracked(run);
        foreach (string step in s_trackedSteps)
        {
            foreach (IncrementalGeneratorRunStep runStep in run.TrackedSteps[step])
            {
                foreach ((object value, _) in runStep.Outputs)
                {
                    AssertNoBannedTypes(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
                }
            }
        }
    }

    private static void AssertStepsTracked(GeneratorRunResult run)
    {
        foreach (string step in s_trackedSteps)
        {
            Assert.True(run.TrackedSteps.ContainsKey(step), "step not tracked: " + step);
        }
    }

    // Walks the object graph of a pipeline value and fails on any Roslyn object that would pin a compilation.
    private static void AssertNoBannedTypes(object? value, HashSet<object> seen, string step)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value is Enum || !seen.Add(value))
        {
            return;
        }

        Type type = value.GetType();
        Assert.False(value is Compilation || value is ISymbol || value is SyntaxNode || value is SyntaxTree || value is Location || value is SemanticModel || value is SourceText,
            $"{step} holds a {type.Name}");

        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertNoBannedTypes(item, seen, step);
            }
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(value), seen, step);
        }
    }
}
