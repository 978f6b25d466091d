using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportCorpus.Benchmarks;

/// <summary>
/// What the IDE does on a keystroke in a file that uses the index: the consumer's compilation with the generated code
/// of N reports already in it (the generator's output is cached), one edited file replaced, and that file bound
/// (its semantic diagnostics), which binds <c>Reports.All</c>, <c>ByZone</c>, <c>Find</c> and <c>ById</c> against the
/// index's declarations and the 10,000 report properties beside them in <c>Reports</c> (one declaration, in the index file).
/// </summary>
[MemoryDiagnoser]
public class IndexBindingBenchmarks
{
    private const string Use = """
        namespace Consumer;
        class Program
        {
            static void Main()
            {
                int n = Reports.All.Count;
                foreach (var r in Reports.ByZone("宁波国家高新区")) { n += r.Targets.Count; }
                var found = Reports.Find("宁波国家高新区", 2008);
                var byId = Reports.ById("Ningbo2008");
                System.Console.WriteLine(n + (found?.Id ?? "") + (byId?.Id ?? "") + EDIT);
            }
        }
        """;

    private CSharpCompilation _withGenerated = null!;
    private SyntaxTree _program = null!;
    private int _edits;

    [Params(57, 1000, 10000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        List<AdditionalText> texts = BenchmarkCorpus.AsAdditionalTexts(BenchmarkCorpus.Synthesise(Reports));
        CSharpCompilation compilation = BenchmarkCorpus.ConsumerCompilation();
        _program = compilation.SyntaxTrees.Single();
        CSharpGeneratorDriver.Create(new ReportGenerator()).AddAdditionalTexts(texts.ToImmutableArray())
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        _withGenerated = (CSharpCompilation)output;
        _withGenerated = _withGenerated.ReplaceSyntaxTree(_program, _program = Edited());
        int errors = _withGenerated.GetSemanticModel(_program).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
        {
            throw new InvalidOperationException(errors + " errors in the program that uses the index");
        }
    }

    private SyntaxTree Edited() => CSharpSyntaxTree.ParseText(Use.Replace("EDIT", (++_edits).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (CSharpParseOptions)_program.Options);

    /// <summary>A fresh compilation with the edited file (as each keystroke makes one) and that file bound.</summary>
    [Benchmark]
    public int BindAfterEdit()
    {
        SyntaxTree edited = Edited();
        CSharpCompilation compilation = _withGenerated.ReplaceSyntaxTree(_program, edited);
        _withGenerated = compilation;
        _program = edited;
        return compilation.GetSemanticModel(edited).GetDiagnostics().Length;
    }
}
