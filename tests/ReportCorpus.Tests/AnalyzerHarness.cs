using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportCorpus.Diagnostics;

namespace ReportCorpus.Tests;

/// <summary>Runs the analyzer directly on in-memory report files, for tests that look at many diagnostics at once.</summary>
internal static class AnalyzerHarness
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null)
    {
        var compilation = GeneratorHarness.Compilation("class C { }");
        var analyzerOptions = new AnalyzerOptions(texts.ToImmutableArray(), options ?? new TestOptions());
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ReportAnalyzer()), analyzerOptions);
        return (await withAnalyzers.GetAnalyzerDiagnosticsAsync())
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
