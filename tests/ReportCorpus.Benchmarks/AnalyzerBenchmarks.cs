using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

using ReportCorpus.Diagnostics;

namespace ReportCorpus.Benchmarks;

/// <summary>
/// One full analyzer pass over the corpus (every report file analysed, as on build or with full-solution analysis):
/// cold, with the parse cache emptied as in a new compiler process, and warm, where every text's checksum is known.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _options = null!;

    [Params(57, 1000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("class C { }") },
            Net80.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _options = new AnalyzerOptions(BenchmarkCorpus.AsAdditionalTexts(BenchmarkCorpus.Synthesise(Reports)).ToImmutableArray());
    }

    private int Pass() => _compilation
        .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ReportAnalyzer()), _options)
        .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [IterationSetup(Target = nameof(Cold))]
    public void Forget() => ReportFiles.ForgetParses();

    [Benchmark(Baseline = true)]
    public int Cold() => Pass();

    [Benchmark]
    public int Warm() => Pass();
}
