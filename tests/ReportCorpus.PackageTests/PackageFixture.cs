using System.IO.Compression;

namespace ReportCorpus.PackageTests;

/// <summary>Packs the generator once per test run into a temporary feed.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepositoryRoot = ReportCorpus.Testing.RepositoryRoot.Path;
        WorkDirectory = Directory.CreateTempSubdirectory("reportcorpus-package-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(WorkDirectory, "feed")).FullName;
        PackResult = Dotnet.Run(RepositoryRoot, "pack", Path.Combine(RepositoryRoot, "generator", "ReportCorpus.csproj"), "-c", "Release", "-o", Feed);
        PackagePath = Directory.GetFiles(Feed, "ReportCorpus.*.nupkg").SingleOrDefault();
    }

    public string RepositoryRoot { get; }

    public string WorkDirectory { get; }

    public string Feed { get; }

    public ExternalProcess.Result PackResult { get; }

    public string? PackagePath { get; }

    public string Version => Path.GetFileNameWithoutExtension(PackagePath!).Substring("ReportCorpus.".Length);

    public ZipArchive OpenPackage() => ZipFile.OpenRead(PackagePath!);

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is the system's to clean then.
        }
    }
}
