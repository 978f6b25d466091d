using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ReportCorpus.Tests;

/// <summary>The generator through Roslyn's own testing framework, with reference assemblies from Basic.Reference.Assemblies (no download).</summary>
public class GeneratorFrameworkTests
{
    [Fact]
    public Task A_consumer_that_uses_a_report_compiles_with_no_diagnostics() =>
        WithNingbo2007("class Use { decimal? Gdp => Reports.Ningbo2007.Targets.GrossRegionalProduct.Amount?.Value; }").RunAsync();

    [Fact]
    public Task A_reference_to_a_report_that_is_not_there_fails_to_compile() =>
        WithNingbo2007("class Use { object R => Reports.{|CS0117:Ningbo1999|}; }").RunAsync();

    private static CSharpSourceGeneratorTest<ReportGenerator, DefaultVerifier> WithNingbo2007(string source)
    {
        var test = new CSharpSourceGeneratorTest<ReportGenerator, DefaultVerifier>
        {
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            ReferenceAssemblies = Net80.NoPackages,
            TestState =
            {
                Sources = { source },
                AdditionalFiles = { (GeneratorHarness.ReportPath(TestCorpus.Seeds["Ningbo2007"]), TestCorpus.Text(TestCorpus.Seeds["Ningbo2007"])) },
            },
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        return test;
    }
}

/// <summary>Reference assemblies resolved from no package at all: the test adds Basic.Reference.Assemblies itself.</summary>
internal static class Net80
{
    public static readonly ReferenceAssemblies NoPackages = new("net8.0");
}
