using BenchmarkDotNet.Running;
using ReportCorpus.Benchmarks;

// dotnet run -c Release --project tests/ReportCorpus.Benchmarks -- --filter '*Parse*' '*Generator*' '*Analyzer*' --job short
// dotnet run -c Release --project tests/ReportCorpus.Benchmarks -- --filter '*ColdStart*'          (a fresh process per run)
// dotnet run -c Release --project tests/ReportCorpus.Benchmarks -- --synthesise DIR 1000   (reports for the build-scale script)
// dotnet run -c Release --project tests/ReportCorpus.Benchmarks -- --tool-throughput DIR [20000] [parquet]
//                                  (the reportcorpus tool on 20,000 synthetic reports against read-and-scan: ToolThroughput.cs)
// dotnet run -c Release --project tests/ReportCorpus.Benchmarks -- --parse-cpu DIR [4000] [5]
//                                  (the parser alone on every core over DIR's first reports: CPU seconds, ParseCpu.cs)
if (args.Length >= 2 && args[0] == "--tool-throughput")
{
    return ToolThroughput.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000, args.Length > 3 ? args[3] : "parquet");
}

if (args.Length >= 2 && args[0] == "--parse-cpu")
{
    return ParseCpu.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 4_000,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (args.Length == 3 && args[0] == "--synthesise")
{
    BenchmarkCorpus.WriteSynthesised(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
return 0;
