using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportCorpus.Benchmarks;

/// <summary>
/// The generator through CSharpGeneratorDriver, as the compiler and the IDE run it: a cold run, and warm runs after
/// editing one report or an unrelated .cs file (what happens on a keystroke in the IDE).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private List<AdditionalText> _texts = new();
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;
    private string _editedText = "";
    private int _edits;

    [Params(57, 1000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkCorpus.AsAdditionalTexts(BenchmarkCorpus.Synthesise(Reports));
        _compilation = BenchmarkCorpus.ConsumerCompilation();
        _editedCompilation = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace Consumer; class Program { static void Main() { int x = 1; } }"));
        AdditionalText first = _texts[0];
        _editedText = first.GetText()!.ToString().Replace("增长", "增加");
        _edited = new InMemoryText(first.Path, _editedText);
        _warm = Driver().RunGenerators(_compilation);
    }

    private GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        new[] { new ReportGenerator().AsSourceGenerator() }, _texts, (CSharpParseOptions)_compilation.SyntaxTrees[0].Options,
        optionsProvider: null, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    // A cold run parses every report: forget the parses the previous iteration left in the process-wide cache.
    [IterationSetup(Target = nameof(Cold))]
    public void Forget() => ReportFiles.ForgetParses();

    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => Driver().RunGenerators(_compilation);

    // Every invocation edits the report anew, as typing does: a text seen before would come from the parse cache.
    [Benchmark]
    public GeneratorDriver WarmAfterReportEdit() =>
        _warm.ReplaceAdditionalText(_texts[0], new InMemoryText(_edited.Path, _editedText + (++_edits).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver WarmAfterCsEdit() => _warm.RunGenerators(_editedCompilation);
}
