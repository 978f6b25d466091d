using System.Linq;
using System.Reflection;

namespace ReportCorpus;

/// <summary>
/// Names and versions stamped on generated code and diagnostics. The version and the repository address come from
/// the project file (Version, RepositoryUrl) through the assembly's attributes, so they are written in one place.
/// </summary>
internal static class GeneratorInfo
{
    public const string Name = "ReportCorpus";

    private static readonly Assembly s_assembly = typeof(GeneratorInfo).Assembly;

    /// <summary>The package version (0.1.0), without build metadata.</summary>
    public static readonly string Version =
        (s_assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static readonly string RepositoryUrl =
        s_assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value ?? "";

    public static readonly string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Name + "\", \"" + Version + "\")]";
}
