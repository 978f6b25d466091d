using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ReportCorpus.Parsing;

namespace ReportCorpus.Benchmarks;

/// <summary>
/// The parser over a whole corpus per operation, beside a baseline that reads the same texts and runs one linear scan
/// for digits: the ratio of the two is the parser's cost over the least any reader of the reports must do.
/// Two pairs: from disk (read the files, as the compiler does before the generator sees a text, then parse or scan)
/// and in memory (the texts already decoded, so only the parse is weighed against a bare scan).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ParseBenchmarks
{
    private (string Path, string Text)[] _reports = Array.Empty<(string, string)>();
    private string[] _files = Array.Empty<string>();
    private string _directory = "";

    [Params(57, 1000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reports = BenchmarkCorpus.Synthesise(Reports).ToArray();
        _directory = Path.Combine(Path.GetTempPath(), "reportcorpus-parse-" + Reports);
        Directory.CreateDirectory(_directory);
        _files = new string[_reports.Length];
        for (int i = 0; i < _reports.Length; i++)
        {
            _files[i] = Path.Combine(_directory, i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt");
            File.WriteAllText(_files[i], _reports[i].Text);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true), BenchmarkCategory("from disk")]
    public int ReadAndScanDigits()
    {
        int digits = 0;
        foreach (string file in _files)
        {
            digits += CountDigits(File.ReadAllText(file));
        }

        return digits;
    }

    [Benchmark, BenchmarkCategory("from disk")]
    public int ReadAndParse()
    {
        int facts = 0;
        foreach (string file in _files)
        {
            var report = ReportParser.Parse(file, File.ReadAllText(file));
            facts += report.Targets.Count + report.Achievements.Count;
        }

        return facts;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("in memory")]
    public int ScanDigits()
    {
        int digits = 0;
        foreach ((_, string text) in _reports)
        {
            digits += CountDigits(text);
        }

        return digits;
    }

    [Benchmark, BenchmarkCategory("in memory")]
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

    private static int CountDigits(string text)
    {
        int digits = 0;
        foreach (char c in text)
        {
            if ((uint)(c - '0') <= 9)
            {
                digits++;
            }
        }

        return digits;
    }
}
