using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportCorpus.Benchmarks;

/// <summary>
/// The generator's first run in a fresh process, as in a build that starts its own compiler (UseSharedCompilation=false,
/// a CI machine): the parser, the emitter and Roslyn's generator driver are compiled by the JIT as they run. Each launch
/// is a new process and measures one run.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmarks
{
    private List<AdditionalText> _texts = new();
    private CSharpCompilation _compilation = null!;

    [Params(57)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkCorpus.AsAdditionalTexts(BenchmarkCorpus.Synthesise(Reports));
        _compilation = BenchmarkCorpus.ConsumerCompilation();
    }

    [Benchmark]
    public GeneratorDriver FirstRun() => CSharpGeneratorDriver.Create(
            new[] { new ReportGenerator().AsSourceGenerator() }, _texts, (CSharpParseOptions)_compilation.SyntaxTrees[0].Options)
        .RunGenerators(_compilation);
}
