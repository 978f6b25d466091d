using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportCorpus.Model;

namespace ReportCorpus;

/// <summary>
/// How the generator and the analyzer decide a compilation's <see cref="DataMode"/>: one place for both. (Apart from
/// <see cref="ReportFiles"/>, which the command-line tool compiles without Microsoft.CodeAnalysis.CSharp.)
/// </summary>
internal static class DataModes
{
    /// <summary>
    /// How report data are written in a compilation of this language version: as UTF-8 literals, outside the user-string
    /// heap, from C# 11 where the compilation has <c>System.ReadOnlySpan&lt;T&gt;</c>; else as strings (<see cref="Emit.EmissionBudget"/>).
    /// </summary>
    public static DataMode Of(LanguageVersion version, bool hasReadOnlySpan) =>
        hasReadOnlySpan && version >= LanguageVersion.CSharp11 ? DataMode.Utf8 : DataMode.Strings;

    /// <summary>Whether the compilation can hold a u8 literal's type.</summary>
    public static bool HasReadOnlySpan(Compilation compilation) => compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null;
}
