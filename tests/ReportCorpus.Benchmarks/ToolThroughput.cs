using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReportCorpus.Benchmarks;

/// <summary>
/// `--tool-throughput DIR [COUNT] [FORMAT]`: the command-line tool end to end on COUNT synthetic reports (20,000, about
/// 1.2 GB, written to DIR once), against the read-and-scan baseline (read every file, decode its UTF-8, count its
/// digits: the least any reader of the reports must do), on one core and on every core, with the tool's peak memory.
/// Not BenchmarkDotNet: one run of the tool is 10–60 s over 1.2 GB, its peak working set is what is asked for (a
/// BenchmarkDotNet job reports allocations, not the high-water mark), and the tool is measured as users run it: its
/// own process (Release build), its real output, startup and JIT included.
/// Single core: the tool with -j 1 under `taskset -c 0` (its GC and writer threads share that core too); every core:
/// -j N. The baseline runs in this process, one thread or Parallel.ForEach on N; of both, the best of three runs is kept.
/// Peak memory is the child's VmHWM (/proc/PID/status), read every 20 ms until it exits.
/// </summary>
internal static class ToolThroughput
{
    /// <summary>
    /// Runs of the tool per configuration; the fastest is kept, as for the baseline, and every run is printed. This VM's
    /// speed drifts by a quarter from one minute to the next (docs/performance.md), and one run was a draw of that.
    /// Peak memory is the highest of the runs.
    /// </summary>
    private const int ToolRuns = 3;

    public static int Run(string directory, int count, string format)
    {
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        string tool = Path.Combine(BenchmarkCorpus.RepositoryRoot, "tool", "bin", configuration, "net10.0", "ReportCorpus.Tool.dll");
        if (!File.Exists(tool))
        {
            Console.Error.WriteLine("build the tool first: dotnet build -c " + configuration + " tool (not found: " + tool + ")");
            return 2;
        }

        string marker = Path.Combine(directory, ".synthesised-" + count.ToString(CultureInfo.InvariantCulture));
        if (!File.Exists(marker))
        {
            Console.WriteLine($"synthesising {count} reports into {directory} …");
            BenchmarkCorpus.WriteSynthesised(directory, count);
            File.WriteAllText(marker, "");
        }

        string[] files = Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories);
        long bytes = files.Sum(f => new FileInfo(f).Length);
        double mb = bytes / 1e6;
        int cores = Environment.ProcessorCount;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} files, {mb:0.0} MB of UTF-8; {cores} cores; load {Load()}"));

        Scan(files, 1); // the page cache, and the JIT
        double baseline1 = Enumerable.Range(0, 3).Min(_ => Scan(files, 1));
        double baselineN = Enumerable.Range(0, 3).Min(_ => Scan(files, cores));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read-and-scan baseline: 1 thread {baseline1:0.00} s ({mb / baseline1:0} MB/s), {cores} threads {baselineN:0.00} s ({mb / baselineN:0} MB/s)"));

        string output = Path.Combine(Path.GetTempPath(), "reportcorpus-throughput-" + Environment.ProcessId + "." + format);
        var rows = new List<string>();
        foreach (int threads in new[] { 1, cores })
        {
            bool pinned = threads == 1 && OperatingSystem.IsLinux() && File.Exists("/usr/bin/taskset");
            string loadBefore = Load();
            var times = new List<double>();
            long peak = 0;
            string lastLine = "";
            for (int run = 0; run < ToolRuns; run++)
            {
                (double took, long runPeak, string runLine, int exit) = Tool(tool, pinned, ["extract", directory, "-o", output, "-j", threads.ToString(CultureInfo.InvariantCulture)]);
                Delete(output);
                if (exit != 0)
                {
                    Console.Error.WriteLine($"the tool exited with {exit}: {runLine}");
                    return 1;
                }

                if (times.Count == 0 || took < times.Min())
                {
                    lastLine = runLine;
                }

                times.Add(took);
                peak = Math.Max(peak, runPeak);
            }

            double seconds = times.Min();

            double baseline = threads == 1 ? baseline1 : baselineN;
            string row = string.Create(CultureInfo.InvariantCulture,
                $"| {(pinned ? "taskset -c 0, " : "")}-j {threads} | {seconds:0.0} s ({string.Join(", ", times.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}) | **{mb / seconds:0.0} MB/s** | {baseline:0.00} s ({mb / baseline:0} MB/s) | **{seconds / baseline:0.0}×** | **{peak / 1048576.0:0} MB** | {lastLine} | {loadBefore} |");
            rows.Add(row);
            Console.WriteLine(row);
        }

        Console.WriteLine();
        Console.WriteLine($"| tool `extract -o OUT.{format}` | wall time, best of {ToolRuns} (each run) | throughput | read-and-scan baseline | tool ÷ baseline | peak working set | tool's first-pass line | load before (1/5/15 min) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine("load after: " + Load());
        return 0;
    }

    /// <summary>The baseline: read each file, decode it, count its ASCII digits; seconds.</summary>
    private static double Scan(string[] files, int threads)
    {
        long digits = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => 0L, (file, _, local) =>
        {
            string text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            foreach (char c in text)
            {
                if ((uint)(c - '0') <= 9)
                {
                    local++;
                }
            }

            return local;
        }, local => Interlocked.Add(ref digits, local));
        double seconds = clock.Elapsed.TotalSeconds;
        return digits > 0 ? seconds : double.NaN;
    }

    /// <summary>One run of the tool in its own process: wall seconds, peak working set, its last progress line, exit code.</summary>
    private static (double Seconds, long Peak, string LastLine, int Exit) Tool(string tool, bool pinned, string[] args)
    {
        var start = new ProcessStartInfo(pinned ? "taskset" : "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (pinned)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("0");
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        string last = "";
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("parsed ", StringComparison.Ordinal) == true)
            {
                last = e.Data;
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        long peak = 0;
        string status = $"/proc/{process.Id}/status";
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(status));
        }

        process.WaitForExit();
        return (clock.Elapsed.TotalSeconds, peak, last, process.ExitCode);
    }

    // VmHWM of a running process (taskset execs dotnet in the same process), in bytes; 0 once it is gone.
    private static long HighWaterMark(string status)
    {
        try
        {
            foreach (string line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
