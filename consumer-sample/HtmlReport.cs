using System.Globalization;
using System.Net;
using System.Text;
using ReportCorpus;

namespace ConsumerSample;

/// <summary>
/// The attainment report as one self-contained HTML page: per jurisdiction, a chart of every recurring indicator's
/// judged target against its actual year by year, then a sortable table of every target with its kind and verdict.
/// Everything comes from the generated <c>Reports</c> class and the targets' outcomes; the charts are inline SVG
/// written here. Every count on the page is a count of the JSON export's checks (kind, verdict), so an analyst can
/// reproduce it from the export alone.
/// </summary>
internal static class HtmlReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One year of a chart: the target set for that year, the actual reported for it (if any) and the verdict.</summary>
    private sealed record Point(int Year, decimal Target, decimal? Actual, Verdict Verdict, string Label);

    /// <summary>One indicator of one jurisdiction, measured either as a rate (%) or as an amount in one unit.</summary>
    private sealed record Series(string Zone, string Indicator, string Measure, IReadOnlyList<Point> Points)
    {
        public string Id => "chart-" + Zone + "-" + Indicator + "-" + (Measure == "%" ? "rate" : "amount");
    }

    public static string Render(IReadOnlyList<Report> reports)
    {
        List<Series> charts = reports.GroupBy(r => r.Zone).SelectMany(SeriesOf).ToList();
        List<(Report Report, Target Target)> checks = reports.SelectMany(r => r.Targets.Select(t => (r, t))).ToList();

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>ReportCorpus: targets and outcomes</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n")
            .Append(Invariant, $"<body>\n<main data-charts=\"{charts.Count}\" data-checks=\"{checks.Count}\">\n")
            .Append("<h1>Targets and outcomes</h1>\n<p class=\"summary\">")
            .Append(Invariant, $"{reports.Count} reports, {checks.Count} targets, {checks.Count(c => c.Target.Outcome.Verdict != Verdict.NotJudged)} judged: ")
            .Append(string.Join(", ", checks.Where(c => c.Target.Outcome.Verdict != Verdict.NotJudged).GroupBy(c => c.Target.Outcome.Verdict).OrderBy(g => g.Key)
                .Select(g => $"<span class=\"v-{g.Key}\">{g.Count()} {Words(g.Key)}</span>")))
            .Append("; not judged: ")
            .Append(string.Join(", ", checks.Where(c => c.Target.Outcome.Verdict == Verdict.NotJudged).GroupBy(c => c.Target.Kind).OrderBy(g => g.Key)
                .Select(g => $"{g.Count()} {Words(g.Key)}")))
            .Append(".</p>\n").Append(Legend);

        foreach (var zone in charts.GroupBy(c => c.Zone))
        {
            html.Append("<section>\n<h2>").Append(Encode(zone.Key)).Append("</h2>\n");
            foreach (Series series in zone)
            {
                Chart(html, series);
            }

            html.Append("</section>\n");
        }

        Table(html, checks);
        html.Append("</main>\n<script>").Append(SortScript).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    // Recurring indicators: a known indicator targeted in at least two years, once as a rate and once as an amount.
    private static IEnumerable<Series> SeriesOf(IGrouping<string, Report> zone)
    {
        var targets = zone
            .Where(r => r.PlanYear is not null)
            .SelectMany(r => r.Targets.Select(t => (Year: r.PlanYear!.Value, Target: t)))
            .Where(x => x.Target.Outcome.Verdict != Verdict.NotJudged && x.Target.Canonical != x.Target.Indicator)
            .ToList();

        foreach (var indicator in targets.GroupBy(x => x.Target.Canonical).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (string measure in indicator.SelectMany(x => Measures(x.Target)).Distinct().OrderBy(m => m, StringComparer.Ordinal))
            {
                List<Point> points = indicator
                    .Where(x => Value(x.Target, measure) is not null)
                    .GroupBy(x => x.Year)
                    .Select(year => year.First())
                    .Select(x => new Point(x.Year, Value(x.Target, measure)!.Value,
                        x.Target.Outcome.Actual is { } actual ? Value(actual, measure) : null,
                        x.Target.Outcome.Verdict, x.Target.Indicator!))
                    .OrderBy(p => p.Year)
                    .ToList();
                if (points.Count >= 2)
                {
                    yield return new Series(zone.Key, indicator.Key!, measure, points);
                }
            }
        }
    }

    // A fact is charted as a rate (增长8%, 涨幅3%, 失业率4.5%), as an amount in its unit (1100万人, 123亿元), or both.
    private static IEnumerable<string> Measures(Fact fact)
    {
        if (Rate(fact) is not null)
        {
            yield return "%";
        }

        if (fact.Amount is { } amount && amount.Unit.Dimension != Dimension.Percent)
        {
            yield return amount.Unit.Symbol;
        }
    }

    private static decimal? Rate(Fact fact) =>
        fact.Growth ?? (fact.Amount is { Unit.Dimension: Dimension.Percent } percent ? percent.Value : null);

    private static decimal? Value(Fact fact, string measure) =>
        measure == "%" ? Rate(fact)
        : fact.Amount is { } amount && amount.Unit.Symbol == measure ? amount.Value
        : null;

    private static void Chart(StringBuilder html, Series series)
    {
        const int width = 580, height = 220, left = 56, right = 16, top = 32, bottom = 32;
        int firstYear = series.Points[0].Year, lastYear = series.Points[^1].Year;
        var values = series.Points.Select(p => p.Target).Concat(series.Points.Select(p => p.Actual).OfType<decimal>()).ToList();
        (decimal min, decimal max, decimal step) = Axis(values.Min(), values.Max());

        double X(int year) => left + (width - left - right) * (lastYear == firstYear ? 0.5 : (year - firstYear) / (double)(lastYear - firstYear));
        double Y(decimal value) => top + (height - top - bottom) * (double)((max - value) / (max - min));
        string F(double d) => d.ToString("0.#", Invariant);

        html.Append(Invariant, $"<figure><svg class=\"chart\" id=\"{Encode(series.Id)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\">\n")
            .Append(Invariant, $"<text class=\"title\" x=\"{left}\" y=\"18\">{Encode(series.Indicator)} ({Encode(series.Points[^1].Label)}), {Encode(series.Measure)}</text>\n");

        for (decimal tick = min; tick <= max; tick += step)
        {
            html.Append(Invariant, $"<line class=\"grid\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{F(Y(tick))}\" y2=\"{F(Y(tick))}\"/>")
                .Append(Invariant, $"<text class=\"tick\" x=\"{left - 6}\" y=\"{F(Y(tick) + 4)}\" text-anchor=\"end\">{Number(tick)}</text>\n");
        }

        int yearStep = Math.Max(1, (lastYear - firstYear) / 12 + 1);
        for (int year = firstYear; year <= lastYear; year += yearStep)
        {
            html.Append(Invariant, $"<text class=\"tick\" x=\"{F(X(year))}\" y=\"{height - 10}\" text-anchor=\"middle\">{year}</text>");
        }

        string Line(IEnumerable<(int Year, decimal Value)> points) => string.Join(" ", points.Select(p => F(X(p.Year)) + "," + F(Y(p.Value))));
        html.Append(Invariant, $"\n<polyline class=\"target\" points=\"{Line(series.Points.Select(p => (p.Year, p.Target)))}\"/>\n")
            .Append(Invariant, $"<polyline class=\"actual\" points=\"{Line(series.Points.Where(p => p.Actual is not null).Select(p => (p.Year, p.Actual!.Value)))}\"/>\n");

        foreach (Point p in series.Points)
        {
            string tip = $"{p.Year}: target {Number(p.Target)}{series.Measure}"
                + (p.Actual is decimal a ? $", actual {Number(a)}{series.Measure}" : "") + $", {Words(p.Verdict)}";
            html.Append(Invariant, $"<circle class=\"mark v-{p.Verdict}\" cx=\"{F(X(p.Year))}\" cy=\"{F(Y(p.Target))}\" r=\"5\"><title>{Encode(tip)}</title></circle>");
            if (p.Actual is decimal actual)
            {
                html.Append(Invariant, $"<rect class=\"real\" x=\"{F(X(p.Year) - 3)}\" y=\"{F(Y(actual) - 3)}\" width=\"6\" height=\"6\"/>");
            }
        }

        html.Append("\n</svg></figure>\n");
    }

    // A value axis with round ticks (0, 2, 4 … or 500, 1000 …) that holds every value with a margin.
    private static (decimal Min, decimal Max, decimal Step) Axis(decimal low, decimal high)
    {
        decimal span = Math.Max(high - low, Math.Max(Math.Abs(high) * 0.1m, 1m));
        decimal step = 1m;
        while (span / step > 5) { step *= 10; }
        while (span / step < 2) { step /= 10; }
        step = span / step > 4 ? step * 2 : step;
        decimal min = Math.Floor(low / step - 0.5m) * step, max = Math.Ceiling(high / step + 0.5m) * step;
        // Counts and amounts never go below zero, so neither does their axis.
        return (low >= 0 ? Math.Max(min, 0) : min, max, step);
    }

    private static void Table(StringBuilder html, List<(Report Report, Target Target)> checks)
    {
        html.Append("<h2>Every target</h2>\n<table id=\"checks\">\n<thead><tr>")
            .Append(string.Concat(new[] { "Report", "Year", "Kind", "Indicator", "Target", "Actual", "Verdict", "Target as written", "Actual as written" }
                .Select(h => "<th>" + h + "</th>")))
            .Append("</tr></thead>\n<tbody>\n");
        foreach ((Report report, Target target) in checks)
        {
            Achievement? actual = target.Outcome.Actual;
            html.Append(Invariant, $"<tr class=\"check v-{target.Outcome.Verdict}\">")
                .Append(Cell(report.Id)).Append(Cell(report.PlanYear?.ToString(Invariant) ?? ""))
                .Append(Cell(Words(target.Kind))).Append(Cell(target.Indicator ?? "")).Append(Cell(target.Figure())).Append(Cell(actual is null ? "" : actual.Figure()))
                .Append(Cell(Words(target.Outcome.Verdict))).Append(Cell(target.Text, "text")).Append(Cell(actual?.Text ?? "", "text"))
                .Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Cell(string text, string? cls = null) => (cls is null ? "<td>" : $"<td class=\"{cls}\">") + Encode(text) + "</td>";

    private static string Number(decimal d) => d.ToString("0.##", Invariant);

    private static string Encode(string s) => WebUtility.HtmlEncode(s);

    private static string Words(Verdict v) => v switch
    {
        Verdict.Met => "met",
        Verdict.Missed => "missed",
        Verdict.NoActual => "no actual",
        Verdict.Unverifiable => "unverifiable",
        Verdict.NotJudged => "not judged",
        _ => "undetermined",
    };

    private static string Words(FactKind k) => k switch
    {
        FactKind.MultiYear => "multi-year",
        _ => k.ToString().ToLowerInvariant(),
    };

    private const string Legend =
        "<p class=\"legend\"><svg width=\"640\" height=\"20\" role=\"img\">"
        + "<line class=\"target\" x1=\"0\" x2=\"24\" y1=\"10\" y2=\"10\"/><text x=\"30\" y=\"14\">target</text>"
        + "<line class=\"actual\" x1=\"90\" x2=\"114\" y1=\"10\" y2=\"10\"/><rect class=\"real\" x=\"99\" y=\"7\" width=\"6\" height=\"6\"/><text x=\"120\" y=\"14\">actual</text>"
        + "<circle class=\"mark v-Met\" cx=\"190\" cy=\"10\" r=\"5\"/><text x=\"200\" y=\"14\">met</text>"
        + "<circle class=\"mark v-Missed\" cx=\"250\" cy=\"10\" r=\"5\"/><text x=\"260\" y=\"14\">missed</text>"
        + "<circle class=\"mark v-NoActual\" cx=\"325\" cy=\"10\" r=\"5\"/><text x=\"335\" y=\"14\">no actual</text>"
        + "<circle class=\"mark v-Unverifiable\" cx=\"415\" cy=\"10\" r=\"5\"/><text x=\"425\" y=\"14\">unverifiable / undetermined</text>"
        + "</svg></p>\n";

    private const string Style = """
        body { font-family: system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem; color: #111827; background: #fff; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
        figure { display: inline-block; margin: 0 1rem 1rem 0; }
        svg text { font-size: 12px; fill: #374151; } svg .title { font-size: 13px; font-weight: 600; fill: #111827; }
        .grid { stroke: #e5e7eb; } .target { fill: none; stroke: #6b7280; stroke-width: 1.5; stroke-dasharray: 5 4; }
        .actual { fill: none; stroke: #111827; stroke-width: 2; } .real { fill: #111827; }
        .mark { stroke-width: 2; } .mark.v-Met { fill: #15803d; stroke: #15803d; } .mark.v-Missed { fill: #b91c1c; stroke: #b91c1c; }
        .mark.v-NoActual { fill: #9ca3af; stroke: #9ca3af; } .mark.v-Unverifiable, .mark.v-Undetermined { fill: #fff; stroke: #2563eb; }
        .summary .v-Met { color: #15803d; } .summary .v-Missed { color: #b91c1c; }
        table { border-collapse: collapse; font-size: 13px; } th { cursor: pointer; background: #f3f4f6; position: sticky; top: 0; }
        th, td { border: 1px solid #e5e7eb; padding: 4px 6px; vertical-align: top; text-align: left; }
        td.text { max-width: 32rem; } tr.v-Met td:nth-child(7) { color: #15803d; } tr.v-Missed td:nth-child(7) { color: #b91c1c; font-weight: 600; }
        tr.v-NotJudged { color: #6b7280; }
        """;

    // Click a heading to sort by that column; numbers sort as numbers, text by the reader's locale.
    private const string SortScript = """
        document.querySelectorAll('#checks th').forEach((th, column) => th.addEventListener('click', () => {
          const body = th.closest('table').tBodies[0];
          const ascending = th.dataset.order !== 'asc';
          th.dataset.order = ascending ? 'asc' : 'desc';
          const key = row => row.cells[column].textContent;
          const rows = [...body.rows].sort((a, b) => {
            const x = parseFloat(key(a)), y = parseFloat(key(b));
            const order = !isNaN(x) && !isNaN(y) ? x - y : key(a).localeCompare(key(b), 'zh-CN');
            return ascending ? order : -order;
          });
          body.append(...rows);
        }));
        // report.html#sort=6 opens the table sorted by its seventh column (Verdict), so a sorted view can be linked.
        const sorted = /^#sort=(\d+)$/.exec(location.hash);
        if (sorted) document.querySelectorAll('#checks th')[+sorted[1]]?.click();
        """;
}
