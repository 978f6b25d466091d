using Microsoft.CodeAnalysis;

namespace ReportCorpus.Benchmarks;

/// <summary>Corpora synthesised from the bundled seeds, and the compilation the generator runs in.</summary>
internal static class BenchmarkCorpus
{
    public static string RepositoryRoot => ReportCorpus.Testing.RepositoryRoot.Path;

    /// <summary>
    /// <paramref name="count"/> distinct reports made from the 57 seeds (<see cref="SynthesisedCorpus"/>): copy k gives
    /// each jurisdiction a generated place of its own and shifts its years by k mod 65, within 1900–2099. Deterministic.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Synthesise(int count) => SynthesisedCorpus.Enumerate(count).ToList();

    /// <summary><see cref="Synthesise"/>'s reports written below <paramref name="directory"/>, laid out as under corpus/, one at a time (20,000 are 1.2 GB).</summary>
    public static void WriteSynthesised(string directory, int count)
    {
        string corpus = Path.Combine(RepositoryRoot, "corpus");
        foreach ((string path, string text) in SynthesisedCorpus.Enumerate(count))
        {
            string target = Path.Combine(directory, Path.GetRelativePath(corpus, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }

    /// <summary>The consumer project the generator runs in: one Program class, .NET 8 reference assemblies.</summary>
    public static Microsoft.CodeAnalysis.CSharp.CSharpCompilation ConsumerCompilation() =>
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Consumer",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Consumer; class Program { static void Main() { } }") },
            Basic.Reference.Assemblies.Net80.References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication));

    public static List<AdditionalText> AsAdditionalTexts(IEnumerable<(string Path, string Text)> reports) =>
        reports.Select(r => (AdditionalText)new InMemoryText(r.Path, r.Text)).ToList();
}
