using System.Diagnostics;
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

    public Dotnet.Result PackResult { get; }

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

/// <summary>Runs the dotnet CLI in a clean environment and captures what it prints.</summary>
public static class Dotnet
{
    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => "exit " + ExitCode + "\n" + Output;
    }

    public static Result Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside MSBuild/VSTest: its variables would point the child build at the wrong MSBuild.
        foreach (string name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No build servers outlive the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return new Result(-1, output + "\n(timed out)");
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString());
        }
    }
}
