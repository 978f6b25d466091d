using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using ReportCorpus.Diagnostics;
using ReportCorpus.Model;

namespace ReportCorpus.Tool.Checking;

/// <summary>
/// SARIF 2.1.0 (the format GitHub code scanning and Azure DevOps read): one run, the analyzer's rules, one result per
/// finding located in its .txt file. Lines and columns are 1-based, columns in UTF-16 code units (run.columnKind).
/// </summary>
internal static class SarifWriter
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(Stream stream, IEnumerable<Finding> findings, string baseDirectory)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "reportcorpus");
        json.WriteString("version", GeneratorInfo.Version);
        json.WriteString("informationUri", GeneratorInfo.RepositoryUrl);
        json.WriteStartArray("rules");
        foreach (DiagnosticDescriptor rule in Findings.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("SRCROOT");
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(baseDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (Finding finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteString("level", Level(finding.Rule.DefaultSeverity));
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            (string uri, bool relative) = ArtifactUri(finding.Path, baseDirectory);
            json.WriteString("uri", uri);
            if (relative)
            {
                json.WriteString("uriBaseId", "SRCROOT");
            }

            json.WriteEndObject();
            LocationInfo span = finding.Span ?? new LocationInfo(0, 0, 0, 0, 0, 0);
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.Line + 1);
            json.WriteNumber("startColumn", span.Column + 1);
            json.WriteNumber("endLine", span.EndLine + 1);
            json.WriteNumber("endColumn", span.EndColumn + 1);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>SARIF's level for a Roslyn severity, as the compiler's own SARIF log writes it.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>A relative URI (percent-encoded, / separators) when the file is below the base directory, else an absolute file URI.</summary>
    public static (string Uri, bool Relative) ArtifactUri(string path, string baseDirectory)
    {
        string relative = Path.GetRelativePath(baseDirectory, path);
        if (Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal))
        {
            return (new Uri(path).AbsoluteUri, false);
        }

        return (string.Join("/", relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)), true);
    }
}
