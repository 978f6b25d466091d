using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportCorpus.Testing;

/// <summary>Runs a program to its end and captures what it prints: standard output alone, and both streams together.</summary>
public static class ExternalProcess
{
    public sealed record Result(int ExitCode, string Output, string StandardOutput)
    {
        public override string ToString() => "exit " + ExitCode + "\n" + Output;
    }

    public static Result Run(string fileName, string workingDirectory, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, Func<string, bool>? removeVariable = null, TimeSpan? timeout = null) =>
        Run(StartInfo(fileName, workingDirectory, arguments, environment, removeVariable), timeout);

    /// <summary>A process to start with its output redirected and its environment adjusted.</summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, Func<string, bool>? removeVariable = null)
    {
        var start = new ProcessStartInfo(fileName)
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

        foreach (string name in start.Environment.Keys.Where(n => removeVariable?.Invoke(n) == true).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        return start;
    }

    public static Result Run(ProcessStartInfo start, TimeSpan? timeout = null)
    {
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); standardOutput.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return new Result(-1, output + "\n(timed out)", standardOutput.ToString());
        }

        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString(), standardOutput.ToString());
        }
    }
}

/// <summary>The dotnet CLI, run as on a developer's machine rather than inside the test host's MSBuild.</summary>
public static class Dotnet
{
    public static ExternalProcess.Result Run(string workingDirectory, params string[] arguments) =>
        ExternalProcess.Run(StartInfo(workingDirectory, arguments));

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments)
    {
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            // No build servers outlive the test.
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["UseSharedCompilation"] = "false",
        };

        // The test host runs inside MSBuild/VSTest: its variables would point the child build at the wrong MSBuild.
        return ExternalProcess.StartInfo(host, workingDirectory, arguments, environment,
            name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase));
    }
}
