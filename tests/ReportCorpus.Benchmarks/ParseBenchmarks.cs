using BenchmarkDotNet.Attributes;
using ReportCorpus.Parsing;

namespace ReportCorpus.Benchmarks;

/// <summary>
/// The parser over a whole corpus per operation, beside a baseline that reads the same texts with one linear scan for
/// digits: the ratio of the two is the parser's cost over the least any scan can do.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private (string Path, string Text)[] _reports = Array.Empty<(string, string)>();

    [Params(57, 1000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reports = BenchmarkCorpus.Synthesise(Reports).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int ScanDigits()
    {
        int digits = 0;
        foreach ((_, string text) in _reports)
        {
            foreach (char c in text)
            {
                if ((uint)(c - '0') <= 9)
                {
                    digits++;
                }
            }
        }

        return digits;
    }

    [Benchmark]
    public int Parse()
    {
        int facts = 0;
        foreach ((string path, string text) in _reports)
        {
            var report = ReportParser.Parse(path, text);
            facts += report.Targets.Count + report.Achievements.Count;
        }

        return facts;
    }
}
