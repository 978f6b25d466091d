using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportCorpus;

namespace ConsumerSample;

/// <summary>
/// The corpus as JSON, for pandas or R: one object per report, facts with their kind, flags and source position, and one
/// check per target with its kind, verdict and what the verdict rests on. Every count of the HTML report is a count of
/// these checks (judged: verdict other than not-judged; by kind).
/// </summary>
internal static class CorpusJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IEnumerable<Report> reports) => JsonSerializer.Serialize(
        new
        {
            reports = reports.Select(r => new
            {
                id = r.Id,
                zone = r.Zone,
                level = Words(r.Level),
                parent = r.Parent,
                city = r.City,
                reviewYear = r.ReviewYear,
                planYear = r.PlanYear,
                published = r.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                delivered = r.Delivered?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                title = r.Title,
                source = r.SourcePath,
                targets = r.Targets.Select(Fact),
                achievements = r.Achievements.Select(Fact),
                problems = r.Problems.Select(p => new { text = p.Text, line = p.Source.Line, column = p.Source.Column }),
            }),
            checks = reports.SelectMany(r => r.Targets.Select(t => new
            {
                report = r.Id,
                kind = Words(t.Kind),
                indicator = t.Indicator,
                target = Fact(t),
                nextReport = t.Outcome.NextReportId,
                actual = t.Outcome.Actual is { } a ? Fact(a) : null,
                verdict = Verdicts[t.Outcome.Verdict],
                basis = Words(t.Outcome.Basis),
                stated = t.Outcome.Stated is { } stated ? Words(stated) : null,
                statement = t.Outcome.Statement,
                statementDisagrees = t.Outcome.StatementDisagrees,
            })),
        },
        s_options);

    private static readonly Dictionary<Verdict, string> Verdicts = new()
    {
        [Verdict.Met] = "met",
        [Verdict.Missed] = "missed",
        [Verdict.NoActual] = "no-actual",
        [Verdict.Unverifiable] = "unverifiable",
        [Verdict.Undetermined] = "undetermined",
        [Verdict.NotJudged] = "not-judged",
    };

    // MultiYear → multi-year, as the tool's export writes enum members.
    private static string Words<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static object Fact(Fact f) => new
    {
        kind = Words(f.Kind),
        indicator = f.Indicator,
        canonical = f.Canonical,
        value = f.Amount?.Value,
        max = f.Amount?.Max,
        unit = f.Amount?.Unit.Symbol,
        growth = f.Growth,
        relative = f.Relative is { } r ? new { difference = r.Difference, unit = r.Unit.Symbol, against = r.Against } : null,
        qualifier = f.Qualifier,
        estimate = f.IsEstimate,
        multiYear = f.IsMultiYear,
        partOf = f.PartOf,
        text = f.Text,
        line = f.Source.Line,
        column = f.Source.Column,
    };
}
