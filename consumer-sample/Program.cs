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

// The summary: per jurisdiction and plan year, the headline targets with their verdicts, and the counts of every
// judged target (headline and commitment). Budget lines, shares, multi-year goals … are kept but never judged.
foreach (IGrouping<string, Report> zone in Reports.All.GroupBy(r => r.Zone))
{
    Console.WriteLine($"{zone.Key} ({zone.First().City})");
    foreach (Report report in zone.Where(r => r.Targets.Count > 0).OrderBy(r => r.PlanYear))
    {
        PrintYear(report);
    }

    Console.WriteLine();
}

PrintTotals(Reports.All.SelectMany(r => r.Targets).ToList());
return 0;

// One plan year: the judged counts, then each headline target with its verdict and the actual it was judged against.
static void PrintYear(Report report)
{
    var judged = report.Targets.Where(t => t.Outcome.Verdict != Verdict.NotJudged).ToList();
    string next = report.Targets[0].Outcome.NextReportId is string id ? "judged by " + id : "no next report in the corpus";
    Console.WriteLine($"  {report.PlanYear} ({report.Id}, {next}): {Counts(judged)}; {report.Targets.Count - judged.Count} not judged");
    foreach (Target t in report.Targets.Where(t => t.Kind == FactKind.Headline))
    {
        string actual = t.Outcome.Actual is { } a ? $"  actual {a.Figure()}" : "";
        Console.WriteLine($"    {Words(t.Outcome.Verdict),-12} {t.Canonical,-28} {t.Figure()}{actual}");
    }
}

static void PrintTotals(IReadOnlyList<Target> targets)
{
    var judged = targets.Where(t => t.Outcome.Verdict != Verdict.NotJudged).ToList();
    Console.WriteLine($"All reports: {targets.Count} targets, {judged.Count} judged ({judged.Count(t => t.Kind == FactKind.Headline)} headline, "
        + $"{judged.Count(t => t.Kind == FactKind.Commitment)} commitments): {Counts(judged)}.");
    // A headline or commitment target is not judged only when it names no indicator (提高到380元, 产量 alone).
    Console.WriteLine("Not judged: " + string.Join(", ", targets.Where(t => t.Outcome.Verdict == Verdict.NotJudged)
        .GroupBy(t => t.Kind).OrderBy(g => g.Key)
        .Select(g => g.Key is FactKind.Headline or FactKind.Commitment ? $"{g.Count()} {g.Key} with no indicator" : $"{g.Count()} {g.Key}")) + ".");
    Console.WriteLine("Every target, actual and verdict: dotnet run --project consumer-sample -- --json corpus.json (or --html report.html).");
}

// met / missed / dropped (the next report states no actual) / stated (the next report says what became of it).
static string Counts(IReadOnlyList<Target> judged) =>
    $"{judged.Count(t => t.Outcome.Verdict == Verdict.Met)} met, {judged.Count(t => t.Outcome.Verdict == Verdict.Missed)} missed, "
    + $"{judged.Count(t => t.Outcome.Verdict == Verdict.NoActual)} dropped, {judged.Count(t => t.Outcome.Basis == VerdictBasis.Stated)} stated, "
    + $"{judged.Count(t => t.Outcome.Verdict is Verdict.Unverifiable or Verdict.Undetermined)} not settled";

static string Words(Verdict v) => v switch
{
    Verdict.NoActual => "dropped",
    Verdict.Unverifiable => "unverifiable",
    Verdict.Undetermined => "undetermined",
    _ => v.ToString().ToLowerInvariant(),
};
