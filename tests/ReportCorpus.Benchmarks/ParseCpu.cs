using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportCorpus.Parsing;

namespace ReportCorpus.Benchmarks;

/// <summary>
/// `--parse-cpu DIR [COUNT] [ROUNDS]`: the parser alone, as the tool's first pass runs it (every core, texts already
/// decoded), over the first COUNT reports of DIR by path (the tool benchmark's folder); CPU seconds and wall time of
/// each round, and the least CPU of them. Not BenchmarkDotNet: on this VM a short job's error columns were as wide as the
/// changes being weighed (±40 % on 1,000 reports), where the least CPU of a few rounds, two builds run one after the
/// other, moved by a few per cent between runs of one build. The parser is the generator's (netstandard2.0), so a path
/// only the tool compiles (CharSet's SearchValues, .NET 8 and later) is not in these figures. The tool compiles its own
/// code optimised at once (tiering without quick JIT, in its runtimeconfig); this process tiers by default: run it with
/// DOTNET_TC_QuickJit=0 to compile the parser as the tool does.
/// </summary>
internal static class ParseCpu
{
    public static int Run(string directory, int count, int rounds)
    {
        string[] files = Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories)
            .OrderBy(static f => f, StringComparer.Ordinal).Take(count).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine("no reports in " + directory + ": run --tool-throughput on it first, or --synthesise DIR N");
            return 2;
        }

        string[] texts = files.Select(static f => Encoding.UTF8.GetString(File.ReadAllBytes(f))).ToArray();
        double megabytes = files.Sum(static f => new FileInfo(f).Length) / 1e6;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        double least = double.MaxValue;
        long facts = 0;
        for (int round = 0; round < rounds; round++)
        {
            using Process self = Process.GetCurrentProcess();
            TimeSpan cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            facts = 0;
            Parallel.For(0, texts.Length, options, i =>
            {
                var report = ReportParser.Parse(files[i], texts[i]);
                Interlocked.Add(ref facts, report.Targets.Count + report.Achievements.Count);
            });
            double wall = clock.Elapsed.TotalSeconds;
            self.Refresh();
            double cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
            least = Math.Min(least, cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {wall:0.00} s wall, {cpu:0.00} s CPU, {megabytes / wall:0} MB/s on {options.MaxDegreeOfParallelism} threads"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Length} reports, {megabytes:0.0} MB, {facts} facts: least CPU {least:0.00} s ({megabytes / least:0.0} MB per CPU-second)"));
        return 0;
    }
}
