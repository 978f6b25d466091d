using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReportCorpus.Tests;

/// <summary>
/// Dependencies run one way (README, How it works): Model depends on nothing but the runtime enums; Parsing, Emit,
/// Corpus and Verification on the model; Verification on the parser's lexicon only. The generator's sources are bound
/// with Roslyn and every name a folder uses is checked against the namespaces that folder may not reach.
/// </summary>
public class LayerTests
{
    private static readonly string[] s_parsing = { "ReportCorpus.Parsing", "ReportCorpus.Parsing.Text", "ReportCorpus.Parsing.Structure", "ReportCorpus.Parsing.Facts", "ReportCorpus.Parsing.Lexicon" };

    public static TheoryData<string, string[]> Rules() => new()
    {
        { "Model", s_parsing.Concat(new[] { "ReportCorpus.Emit", "ReportCorpus.Corpus", "ReportCorpus.Verification", "ReportCorpus.Diagnostics" }).ToArray() },
        { "Parsing", new[] { "ReportCorpus.Emit", "ReportCorpus.Corpus", "ReportCorpus.Verification", "ReportCorpus.Diagnostics" } },
        { "Emit", s_parsing.Concat(new[] { "ReportCorpus.Corpus", "ReportCorpus.Verification", "ReportCorpus.Diagnostics" }).ToArray() },
        { "Verification", s_parsing.Where(n => n != "ReportCorpus.Parsing.Lexicon").Concat(new[] { "ReportCorpus.Emit", "ReportCorpus.Corpus", "ReportCorpus.Diagnostics" }).ToArray() },
        { "Corpus", new[] { "ReportCorpus.Emit", "ReportCorpus.Diagnostics" } },
    };

    private static readonly Lazy<CSharpCompilation> s_generator = new(() =>
    {
        string root = Path.Combine(ReportCorpus.Testing.RepositoryRoot.Path, "generator");
        var trees = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "Runtime" + Path.DirectorySeparatorChar) || IsSharedRuntimeFile(f))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f));
        return CSharpCompilation.Create("Generator", trees,
            Basic.Reference.Assemblies.Net80.References.All.Concat(new[]
            {
                MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location),
            }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    });

    // The runtime files the generator compiles in too (its project file links them); the rest are emitted only.
    private static bool IsSharedRuntimeFile(string path)
    {
        string project = File.ReadAllText(Path.Combine(ReportCorpus.Testing.RepositoryRoot.Path, "generator", "ReportCorpus.csproj"));
        return project.Contains("Runtime/" + Path.GetFileName(path), StringComparison.Ordinal);
    }

    [Fact]
    public void The_layered_folders_bind_so_the_check_sees_every_name()
    {
        // Errors in the sources only: the test host's Roslyn is newer than .NET 8's reference assemblies (CS1705), which
        // does not stop binding.
        string[] folders = Rules().Select(r => Path.Combine(ReportCorpus.Testing.RepositoryRoot.Path, "generator", (string)r[0]) + Path.DirectorySeparatorChar).ToArray();
        Assert.Empty(s_generator.Value.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.IsInSource
            && folders.Any(f => d.Location.SourceTree!.FilePath.StartsWith(f, StringComparison.Ordinal))));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_folder_uses_nothing_against_the_flow(string folder, string[] forbidden)
    {
        CSharpCompilation compilation = s_generator.Value;
        string prefix = Path.Combine(ReportCorpus.Testing.RepositoryRoot.Path, "generator", folder) + Path.DirectorySeparatorChar;
        var violations = new List<string>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith(prefix, StringComparison.Ordinal)))
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (SimpleNameSyntax name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                // Types and members only: a namespace named in a using directive or a qualified name is checked
                // through the types it is used for.
                ISymbol? symbol = model.GetSymbolInfo(name).Symbol;
                string? ns = symbol is null or INamespaceSymbol ? null : symbol.ContainingNamespace?.ToDisplayString();
                if (ns is not null && forbidden.Contains(ns))
                {
                    violations.Add(Path.GetFileName(tree.FilePath) + ":" + (name.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + " " + name + " (" + ns + ")");
                }
            }
        }

        Assert.True(violations.Count == 0, folder + " reaches against the flow:\n" + string.Join("\n", violations.Distinct()));
    }
}
