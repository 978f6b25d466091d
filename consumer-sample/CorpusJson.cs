using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportCorpus;

namespace ConsumerSample;

/// <summary>
/// The corpus as JSON, for pandas or R: one object per report, facts with their kind, flags and source position, and one
/// check per target with its kind, verdict and what the verdict rests on. Every count of the HTML report is a count of
/// these checks (judged: verdict other than not-judged; by kind).
/// <para>
/// Written as the reports come (<see cref="Add"/>), so that a corpus need never be in memory at once: each report goes
/// out whole; its checks wait in a second stream (memory here, a temporary file in the command-line tool, which
/// compiles this file in: `reportcorpus extract -o corpus.json` writes this very export) and follow the reports as the
/// top-level "checks" array (<see cref="Complete"/>).
/// </para>
/// </summary>
internal sealed class CorpusJson : IDisposable
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions s_writer = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Stream _output;
    private readonly Stream _checks;
    private readonly Utf8JsonWriter _reportsJson;
    private readonly Utf8JsonWriter _checksJson;

    /// <param name="output">where the export goes</param>
    /// <param name="checks">an empty, seekable stream the checks wait in until the reports are written</param>
    public CorpusJson(Stream output, Stream checks)
    {
        _output = output;
        _checks = checks;
        _reportsJson = new Utf8JsonWriter(output, s_writer);
        _reportsJson.WriteStartObject();
        _reportsJson.WriteStartArray("reports");

        // The checks as a document of their own, { "checks": [ … ] }: at the depth the export's own "checks" has, so its
        // text after the "{" is the export's tail, byte for byte.
        _checksJson = new Utf8JsonWriter(checks, s_writer);
        _checksJson.WriteStartObject();
        _checksJson.WriteStartArray("checks");
    }

    /// <summary>The whole export of <paramref name="reports"/> (the main job's corpus is in memory anyway).</summary>
    public static string Write(IEnumerable<Report> reports)
    {
        using var output = new MemoryStream();
        using var checks = new MemoryStream();
        using (var json = new CorpusJson(output, checks))
        {
            foreach (Report report in reports)
            {
                json.Add(report);
            }

            json.Complete();
        }

        return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <summary>One report into "reports", its targets' checks into the waiting "checks".</summary>
    public void Add(Report r)
    {
        JsonSerializer.Serialize(_reportsJson, new
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
        }, s_options);
        foreach (Target t in r.Targets)
        {
            JsonSerializer.Serialize(_checksJson, new
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
            }, s_options);
        }

        // Each writer holds at most about a report's text before it goes to its stream.
        if (_reportsJson.BytesPending > 1 << 16)
        {
            _reportsJson.Flush();
        }

        if (_checksJson.BytesPending > 1 << 16)
        {
            _checksJson.Flush();
        }
    }

    /// <summary>Closes "reports", then copies the waiting checks after it and closes the export.</summary>
    public void Complete()
    {
        _reportsJson.WriteEndArray();
        _reportsJson.Flush();
        _checksJson.WriteEndArray();
        _checksJson.WriteEndObject();
        _checksJson.Flush();
        _output.WriteByte((byte)',');
        _checks.Position = 1; // after the checks document's "{"
        _checks.CopyTo(_output);
        _output.Flush();
    }

    public void Dispose()
    {
        _reportsJson.Dispose();
        _checksJson.Dispose();
    }

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
