using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace ReportCorpus.Tests;

/// <summary>The checks every generator test runs can fail: two small generators that break the contract, one each.</summary>
public class PipelineChecksTests
{
    [Fact]
    public void A_step_that_makes_a_new_value_each_run_fails_the_caching_check()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = RunOnce(new UncachedGenerator());
        Assert.ThrowsAny<XunitException>(() => PipelineChecks.AssertRerunIsCached(driver, compilation));
    }

    [Fact]
    public void A_step_that_holds_a_syntax_tree_fails_the_banned_type_check()
    {
        (GeneratorDriver driver, _) = RunOnce(new TreeHoldingGenerator());
        Assert.ThrowsAny<XunitException>(() => PipelineChecks.AssertNoBannedTypes(driver.GetRunResult().Results.Single()));
    }

    private static (GeneratorDriver, CSharpCompilation) RunOnce(IIncrementalGenerator generator)
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return (driver.RunGenerators(compilation), compilation);
    }

    private sealed class UncachedGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                context.CompilationProvider.Select(static (_, _) => new object()).WithTrackingName(TrackingNames.ParsedReports),
                static (spc, _) => spc.AddSource("A.g.cs", "class B { }"));
    }

    private sealed class TreeHoldingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                context.SyntaxProvider.CreateSyntaxProvider(static (_, _) => true, static (c, _) => Tuple.Create(c.Node.SyntaxTree)).WithTrackingName(TrackingNames.ParsedReports),
                static (_, _) => { });
    }
}
