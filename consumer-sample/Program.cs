// The main job: the bundled corpus as typed C# data. Everything below reads the generated
// `Reports` class; nothing here parses a report.
using System.Globalization;
using ConsumerSample;
using ReportCorpus;

if (args.Length > 0 && args[0] == "--json")
{
    string json = CorpusJson.Write(Reports.All);
    if (args.Length > 1)
    {
        File.WriteAllText(args[1], json);
        Console.Error.WriteLine($"Wrote {Reports.All.Count} reports to {args[1]}");
    }
    else
    {
        Console.WriteLine(json);
    }

    return 0;
}

if (args.Length == 2 && args[0] == "--html")
{
    File.WriteAllText(args[1], HtmlReport.Render(Reports.All));
    Console.Error.WriteLine($"Wrote the attainment report of {Reports.All.Count} reports to {args[1]}");
    return 0;
}

if (args.Length > 0)
{
    Console.Error.WriteLine("usage: ConsumerSample [--json [PATH] | --html PATH]");
    return 2;
}

// Typed access: this line compiles only because the generator found the Ningbo 2008 report and its GDP target.
Target gdp = Reports.Ningbo2008.Targets.GrossRegionalProduct;
Console.WriteLine($"Reports.Ningbo2008.Targets.GrossRegionalProduct = {gdp.Amount}, growth {gdp.Growth}% ({gdp.Source})");
Console.WriteLine();

foreach (Report report in Reports.All)
{
    Console.WriteLine($"{report.Id}  {report.Zone}  reviews {report.ReviewYear} → plans {report.PlanYear}"
        + (report.Published is DateTime published ? $"  published {published:yyyy-MM-dd}" : ""));
    Console.WriteLine($"  {report.Title}");
    Console.WriteLine($"  {report.Targets.Count} targets, {report.Achievements.Count} achievements, {report.Problems.Count} problems");
    PrintMain("targets", report.Targets);
    PrintMain("achievements", report.Achievements);
    PrintAttainment(report);
    Console.WriteLine();
}

return 0;

// How the report's targets fared in the next report: counts, then every missed and unmatched target.
static void PrintAttainment(Report report)
{
    if (report.Targets.Count == 0)
    {
        return;
    }

    var byVerdict = report.Targets.GroupBy(t => t.Outcome.Verdict).ToDictionary(g => g.Key, g => g.Count());
    string next = report.Targets[0].Outcome.NextReportId is string id ? "judged by " + id : "no next report in the corpus";
    Console.WriteLine($"  attainment ({next}): {Count(Verdict.Met)} met, {Count(Verdict.Missed)} missed, {Count(Verdict.NoActual)} no actual, "
        + $"{Count(Verdict.Unverifiable)} unverifiable, {Count(Verdict.Undetermined)} undetermined");
    foreach (Target t in report.Targets.Where(t => t.Outcome.Verdict is Verdict.Missed or Verdict.NoActual))
    {
        string actual = t.Outcome.Actual is { } a ? $" → actual {a.Figure()}" : "";
        Console.WriteLine($"    {t.Outcome.Verdict,-9} {t.Indicator} {t.Figure()}{actual}");
    }

    int Count(Verdict v) => byVerdict.TryGetValue(v, out int n) ? n : 0;
}


// The facts whose indicator the dictionary knows (GrossRegionalProduct …), at most eight.
static void PrintMain(string what, IEnumerable<Fact> facts)
{
    var main = facts.Where(f => f.Canonical != f.Indicator).Take(8).ToList();
    if (main.Count == 0)
    {
        return;
    }

    Console.WriteLine($"  main {what}:");
    foreach (Fact f in main)
    {
        Console.WriteLine($"    {f.Canonical,-26} {f.Amount?.ToString() ?? "",-12} {(f.Growth is decimal g ? FigureText.Growth(g) : ""),-8} {f.Qualifier}");
    }
}
