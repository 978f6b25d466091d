namespace ReportCorpus;

/// <summary>Names and versions stamped on generated code.</summary>
internal static class GeneratorInfo
{
    public const string Name = "ReportCorpus";

    public const string Version = "0.1.0";

    public const string RepositoryUrl = "https://github.com/reportcorpus/reportcorpus";

    public const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Name + "\", \"" + Version + "\")]";
}
