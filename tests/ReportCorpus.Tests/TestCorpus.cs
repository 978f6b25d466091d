using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus.Tests;

/// <summary>The bundled corpus as copied beside the test assembly.</summary>
internal static class TestCorpus
{
    public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "corpus");

    public static readonly IReadOnlyDictionary<string, string> Seeds = new Dictionary<string, string>
    {
        ["Ningbo2007"] = "zones/宁波国家高新区2007年工作总结和2008年工作安排.txt",
        ["Ningbo2008"] = "zones/宁波国家高新区2008年工作总结和2009年工作安排.txt",
        ["Ningbo2020"] = "zones/宁波国家高新区(新材料科技城)2020年工作总结和2021年工作安排.txt",
        ["Dalian2019"] = "zones/大连高新区2019年度工作情况及2020年重点工作安排.txt",
        ["Shengzhou2018"] = "zones/嵊州经济开发区2018年工作总结和2019年工作思路.txt",
    };

    private static readonly Dictionary<string, ParsedReport> s_cache = new();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static ParsedReport Seed(string id) => Parse(Seeds[id]);

    /// <summary>A report whose review part is <paramref name="sentence"/>: its facts are the sentence's achievements.</summary>
    public static ParsedReport InReview(string sentence) =>
        ReportParser.Parse("x.txt", "宁波国家高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n" + sentence + "\n");

    /// <summary>
    /// A report whose plan part (for 2009, after the review of 2008) is <paramref name="sentence"/>: its facts are the
    /// sentence's targets, or its achievements when it looks back.
    /// </summary>
    public static ParsedReport InPlan(string sentence) =>
        ReportParser.Parse("x.txt", "宁波国家高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n全区经济平稳。\n二、2009年工作安排\n" + sentence + "\n");

    public static ParsedReport Parse(string relative)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(relative, out ParsedReport? report))
            {
                report = ReportParser.Parse(PathOf(relative), Text(relative));
                s_cache[relative] = report;
            }

            return report;
        }
    }

    public static IEnumerable<string> NationalFiles() =>
        Directory.GetFiles(Path.Combine(Root, "national"), "*.txt").Select(f => "national/" + Path.GetFileName(f)).OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>The 69 local reports (Hebei province and counties of 保定), as crawlers and aggregators hold them.</summary>
    public static IEnumerable<string> LocalFiles() =>
        Directory.GetFiles(Path.Combine(Root, "local"), "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);

    public static IEnumerable<string> AllFiles() => Seeds.Values.Concat(NationalFiles()).Concat(LocalFiles());
}
