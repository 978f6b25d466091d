using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReportCorpus.Tool.Tests;

/// <summary>
/// The tool's findings must be the analyzer's: the analyzer (the generator's ReportAnalyzer, run by Roslyn on the
/// corpus as additional files) and the tool's SARIF give the same rule, file, place and message, one for one.
/// </summary>
public sealed class AnalyzerParityTests(CorpusOutputs outputs) : IClassFixture<CorpusOutputs>
{
    [Fact]
    public async Task SarifResultsAreTheAnalyzersDiagnostics()
    {
        ImmutableArray<AdditionalText> texts = TestCorpus.Files
            .Select(f => (AdditionalText)new InMemoryText(f, File.ReadAllText(f)))
            .ToImmutableArray();
        var compilation = CSharpCompilation.Create("parity", [CSharpSyntaxTree.ParseText("class C { }")]);
        var analyzer = new ReportCorpus.Diagnostics.ReportAnalyzer();
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([analyzer], new AnalyzerOptions(texts))
            .GetAnalyzerDiagnosticsAsync();
        var expected = diagnostics
            .Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                return string.Join(" | ", d.Id, new Uri(span.Path).AbsoluteUri, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                    span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1, Checking.SarifWriter.Level(d.Severity), d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            })
            .Order(StringComparer.Ordinal)
            .ToArray();

        using JsonDocument sarif = JsonDocument.Parse(File.ReadAllBytes(outputs.Sarif));
        var actual = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r =>
            {
                JsonElement location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                JsonElement region = location.GetProperty("region");
                return string.Join(" | ", r.GetProperty("ruleId").GetString(), location.GetProperty("artifactLocation").GetProperty("uri").GetString(),
                    region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
                    region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32(),
                    r.GetProperty("level").GetString(), r.GetProperty("message").GetProperty("text").GetString());
            })
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(expected.Length > 300, expected.Length + " diagnostics");
        Assert.Equal(expected, actual);

        // The rules too: the analyzer's supported diagnostics, with the same help links.
        JsonElement[] rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(
            analyzer.SupportedDiagnostics.Select(d => d.Id + " " + d.HelpLinkUri).Order(StringComparer.Ordinal),
            rules.Select(r => r.GetProperty("id").GetString() + " " + r.GetProperty("helpUri").GetString()));
    }
}
