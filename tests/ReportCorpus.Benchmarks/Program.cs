using BenchmarkDotNet.Running;
using ReportCorpus.Benchmarks;

// dotnet run -c Release --project tests/ReportCorpus.Benchmarks -- --filter '*Parse*' '*Generator*' '*Analyzer*' --job short
// dotnet run -c Release --project tests/ReportCorpus.Benchmarks -- --filter '*ColdStart*'          (a fresh process per run)
// dotnet run -c Release --project tests/ReportCorpus.Benchmarks -- --synthesise DIR 1000   (reports for the build-scale script)
if (args.Length == 3 && args[0] == "--synthesise")
{
    foreach ((string path, string text) in BenchmarkCorpus.Synthesise(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)))
    {
        string relative = Path.GetRelativePath(Path.Combine(BenchmarkCorpus.RepositoryRoot, "corpus"), path);
        string target = Path.Combine(args[1], relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
