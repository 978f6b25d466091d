using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportCorpus.Model;

namespace ReportCorpus;

/// <summary>
/// What the generator and the analyzer read of a compilation to decide its <see cref="DataMode"/> (through
/// <see cref="Emit.EmissionBudget.Plan(System.Collections.Generic.IReadOnlyList{ReportCost}, DataSettings)"/>): one place for
/// both. (Apart from <see cref="ReportFiles"/>, which the command-line tool compiles without Microsoft.CodeAnalysis.CSharp.)
/// </summary>
internal static class DataModes
{
    /// <summary>
    /// Whether a compilation of this language version can hold report data as UTF-8 literals, outside the user-string
    /// heap: from C# 11, where the compilation has <c>System.ReadOnlySpan&lt;T&gt;</c>; else data are strings (<see cref="Emit.EmissionBudget"/>).
    /// </summary>
    public static bool Utf8Allowed(LanguageVersion version, bool hasReadOnlySpan) => hasReadOnlySpan && version >= LanguageVersion.CSharp11;

    /// <summary>Whether the compilation can hold a u8 literal's type.</summary>
    public static bool HasReadOnlySpan(Compilation compilation) => compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null;

    /// <summary>The analyzer's settings, from the compilation and the project's options, as the generator's pipeline takes them.</summary>
    public static DataSettings Settings(CSharpCompilation compilation, AnalyzerConfigOptions global) =>
        new(Utf8Allowed(compilation.LanguageVersion, HasReadOnlySpan(compilation)), ReportFiles.ForceUtf8(global));
}
