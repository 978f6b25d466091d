namespace ReportCorpus.PackageTests;

/// <summary>
/// The command-line tool as a user gets it: `dotnet pack tool`, then `dotnet tool install` from that feed into a tool
/// path, then the installed `reportcorpus` command on the bundled corpus.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("reportcorpus-tool-package-").FullName;

    [Fact]
    public void The_packed_tool_installs_and_checks_the_bundled_corpus()
    {
        string root = RepositoryRoot.Path;
        string feed = Path.Combine(_work, "feed"), tools = Path.Combine(_work, "tools");
        ExternalProcess.Result pack = Dotnet.Run(root, "pack", Path.Combine(root, "tool", "ReportCorpus.Tool.csproj"), "-c", "Release", "-o", feed);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Single(Directory.GetFiles(feed, "ReportCorpus.Tool.*.nupkg"));

        ExternalProcess.Result install = Dotnet.Run(_work, "tool", "install", "ReportCorpus.Tool", "--tool-path", tools, "--add-source", feed);
        Assert.True(install.ExitCode == 0, install.ToString());
        string command = Path.Combine(tools, OperatingSystem.IsWindows() ? "reportcorpus.exe" : "reportcorpus");

        ExternalProcess.Result version = ExternalProcess.Run(command, _work, ["--version"]);
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", version.StandardOutput.Trim());

        // Ningbo2007's revenue target is missed in Ningbo2008 (README): --fail-on missed makes the check fail.
        ExternalProcess.Result check = ExternalProcess.Run(command, _work, ["check", Path.Combine(root, "corpus", "zones"), "--sarif", "zones.sarif", "--fail-on", "missed"]);
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("RC0002", File.ReadAllText(Path.Combine(_work, "zones.sarif")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
