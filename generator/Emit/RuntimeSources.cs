using System;
using System.IO;
using System.Text;

namespace ReportCorpus.Emit;

/// <summary>
/// The runtime types (generator/Runtime/*.cs), embedded in the generator as resources: real C# files that the
/// runtime test project compiles on its own, and the text <see cref="SharedTypes"/> emits into the user's compilation.
/// </summary>
internal static class RuntimeSources
{
    private const string ResourcePrefix = "ReportCorpus.Runtime.";

    /// <summary>Every runtime file, in the order its types appear in the generated shared types.</summary>
    public static readonly string[] Files =
    {
        "Dimension.cs", "Bound.cs", "Unit.cs", "Quantity.cs", "RelativeFigure.cs", "SourceSpan.cs", "Fact.cs", "Target.cs",
        "Verdict.cs", "FactKind.cs", "GovernmentLevel.cs", "VerdictBasis.cs", "StatedResult.cs", "Outcome.cs", "Achievement.cs", "Problem.cs", "FactFields.cs", "ReportData.cs", "Once.cs", "IdBuckets.cs", "FactList.cs", "Report.cs", "FigureText.cs",
    };

    /// <summary>The text of one runtime file (Bound.cs), with \n line endings whatever the checkout uses.</summary>
    public static string Text(string fileName)
    {
        using Stream stream = typeof(RuntimeSources).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new ArgumentException("No runtime file " + fileName + " is embedded.", nameof(fileName));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>The runtime files embedded in the generator, by file name.</summary>
    public static string[] Embedded()
    {
        string[] names = typeof(RuntimeSources).Assembly.GetManifestResourceNames();
        return Array.ConvertAll(Array.FindAll(names, n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)), n => n.Substring(ResourcePrefix.Length));
    }
}
