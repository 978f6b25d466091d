using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ReportCorpus.Tests;

/// <summary>Runs the generator the way the compiler does, on in-memory report files, with step tracking on.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project";

    public static string ReportPath(string relative) => ProjectDirectory + "/corpus/" + relative;

    public static AdditionalText Seed(string id) => new InMemoryText(ReportPath(TestCorpus.Seeds[id]), TestCorpus.Text(TestCorpus.Seeds[id]));

    public static CSharpCompilation Compilation(string source = "", LanguageVersion version = LanguageVersion.Latest) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(version)) },
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, TestOptions? options = null, LanguageVersion version = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new ReportGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(version),
            options ?? new TestOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Runs the generator and returns the compilation with its output and the run result. Every run also proves the
    /// pipeline's contract (<see cref="PipelineChecks"/>): no Roslyn object in any step, and a second run entirely cached.
    /// </summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Run(IEnumerable<AdditionalText> texts, string source = "", TestOptions? options = null, LanguageVersion version = LanguageVersion.Latest)
    {
        CSharpCompilation compilation = Compilation(source, version);
        GeneratorDriver driver = Driver(texts, options, version).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        GeneratorDriverRunResult result = driver.GetRunResult();
        PipelineChecks.AssertNoBannedTypes(result.Results.Single());
        PipelineChecks.AssertRerunIsCached(driver, compilation);
        return (output, result);
    }

    /// <summary>Compiles, loads and asks the generated code how many targets a report has, as a user's program would.</summary>
    public static int TargetCountAtRunTime(Compilation compilation, string reportId)
    {
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        var reports = System.Reflection.Assembly.Load(stream.ToArray()).GetType("Consumer.Reports")!;
        object report = reports.GetProperty(reportId)!.GetValue(null)!;
        var targets = (System.Collections.IEnumerable)report.GetType().GetProperties().First(p => p.Name == "Targets").GetValue(report)!;
        return targets.Cast<object>().Count();
    }

    /// <summary>Compiles, loads and counts <c>Reports.All</c> at run time.</summary>
    public static int ReportCountAtRunTime(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        var reports = System.Reflection.Assembly.Load(stream.ToArray()).GetType("Consumer.Reports")!;
        return ((System.Collections.IEnumerable)reports.GetProperty("All")!.GetValue(null)!).Cast<object>().Count();
    }

    public static ImmutableArray<Diagnostic> Problems(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToImmutableArray();
}

/// <summary>MSBuild settings as the compiler would see them: global properties and per-file metadata.</summary>
internal sealed class TestOptions : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Dictionary<string, string>> _perFile = new();

    /// <param name="data">The ReportCorpusData property: "utf8" writes data as UTF-8 literals whatever the corpus's size.</param>
    public TestOptions(string? rootNamespace = "Consumer", string? reportCorpusNamespace = null, string? data = null)
    {
        var global = new Dictionary<string, string> { ["build_property.MSBuildProjectDirectory"] = GeneratorHarness.ProjectDirectory };
        if (rootNamespace is not null)
        {
            global["build_property.RootNamespace"] = rootNamespace;
        }

        if (reportCorpusNamespace is not null)
        {
            global["build_property.ReportCorpusNamespace"] = reportCorpusNamespace;
        }

        if (data is not null)
        {
            global["build_property.ReportCorpusData"] = data;
        }

        GlobalOptions = new Options(global);
    }

    /// <summary>Options that write the data as UTF-8 literals where the language allows, whatever the corpus's size.</summary>
    public static TestOptions Utf8 => new(data: "utf8");

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public TestOptions WithReportId(string path, string id)
    {
        _perFile[path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ReportId"] = id };
        return this;
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new Options(_perFile.TryGetValue(textFile.Path, out var values) ? values : new());

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
