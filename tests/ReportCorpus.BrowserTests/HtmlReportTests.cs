using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportCorpus.BrowserTests;

/// <summary>The main job's HTML report, written once for the tests: `consumer-sample --html` and, beside it, `--json`.</summary>
public sealed class ReportPage : IDisposable
{
    public ReportPage()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("reportcorpus-html-").FullName;
        HtmlPath = Path.Combine(Directory, "report.html");
        JsonPath = Path.Combine(Directory, "corpus.json");
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        string project = Path.Combine(RepositoryRoot.Path, "consumer-sample");
        HtmlRun = Dotnet.Run(RepositoryRoot.Path, "run", "--no-build", "-c", configuration, "--project", project, "--", "--html", HtmlPath);
        JsonRun = Dotnet.Run(RepositoryRoot.Path, "run", "--no-build", "-c", configuration, "--project", project, "--", "--json", JsonPath);
        Html = File.Exists(HtmlPath) ? File.ReadAllText(HtmlPath) : "";
    }

    public string Directory { get; }

    public string HtmlPath { get; }

    public string JsonPath { get; }

    public ExternalProcess.Result HtmlRun { get; }

    public ExternalProcess.Result JsonRun { get; }

    public string Html { get; }

    public int Attribute(string name) => int.Parse(Regex.Match(Html, name + "=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public int ChecksInJson()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(JsonPath));
        return json.RootElement.GetProperty("checks").GetArrayLength();
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A browser process may still hold its profile; the temporary folder is the system's to clean then.
        }
    }
}

public class HtmlReportTests : IClassFixture<ReportPage>
{
    // The national series the issue names, each a chart of its own.
    private static readonly string[] s_nationalCharts =
    {
        "chart-国务院-GrossRegionalProduct-rate", "chart-国务院-ConsumerPrices-rate",
        "chart-国务院-NewUrbanJobs-amount", "chart-国务院-RegisteredUnemploymentRate-rate",
    };

    private readonly ReportPage _page;

    public HtmlReportTests(ReportPage page) => _page = page;

    [Fact]
    public void The_page_is_self_contained_and_holds_the_named_charts()
    {
        Assert.True(_page.HtmlRun.ExitCode == 0, _page.HtmlRun.ToString());
        Assert.True(_page.JsonRun.ExitCode == 0, _page.JsonRun.ToString());
        Assert.DoesNotMatch("(src|href)\\s*=\\s*\"(https?:)?//", _page.Html);
        Assert.DoesNotContain("<link", _page.Html);
        Assert.DoesNotContain("@import", _page.Html);
        Assert.All(s_nationalCharts, id => Assert.Contains("id=\"" + id + "\"", _page.Html));
        // One row per target, the same targets the JSON export judges.
        Assert.Equal(_page.ChecksInJson(), _page.Attribute("data-checks"));
    }

    [SkippableFact]
    public void A_headless_browser_renders_the_charts_and_the_table()
    {
        string? browser = Browser();
        Skip.If(browser is null, "No Chromium found (looked for $CHROMIUM, chromium, chromium-browser, google-chrome): .ci/run installs Debian's chromium; install it to run this test.");
        Assert.True(_page.HtmlRun.ExitCode == 0, _page.HtmlRun.ToString());

        string screenshot = Path.Combine(_page.Directory, "report.png");
        ExternalProcess.Result shot = Chromium(browser!, "--window-size=1280,1600", "--screenshot=" + screenshot);
        Assert.True(File.Exists(screenshot), "no screenshot: " + shot);
        Png png = Png.Read(screenshot);
        Assert.Equal(1280, png.Width);
        (double inked, int colours, int metGreen) = Look(png);
        Assert.True(inked > 0.02, $"the page looks blank: {inked:P1} of it is not white");
        Assert.True(colours > 16, $"only {colours} colours on the page");
        Assert.True(metGreen > 50, $"no 'met' markers drawn ({metGreen} green pixels)");

        ExternalProcess.Result dom = Chromium(browser!, "--dump-dom");
        Assert.True(dom.ExitCode == 0, dom.ToString());
        string rendered = dom.StandardOutput;
        Assert.Equal(_page.Attribute("data-charts"), Regex.Matches(rendered, "<svg class=\"chart\"").Count);
        Assert.Equal(_page.Attribute("data-checks"), Regex.Matches(rendered, "<tr class=\"check ").Count);
        Assert.All(s_nationalCharts, id => Assert.Contains("id=\"" + id + "\"", rendered));
    }

    // A fresh profile each time; a browser that hangs on start (seen once, on its first run after installation) is
    // killed after a minute and started again, at most three times.
    [SkippableFact]
    public void The_table_sorts_in_the_browser()
    {
        string? browser = Browser();
        Skip.If(browser is null, "No Chromium found: .ci/run installs Debian's chromium; install it to run this test.");

        // #sort=1 clicks the Year heading once the page has loaded: the rows come back in ascending year order.
        ExternalProcess.Result dom = Chromium(browser!, "#sort=1", "--dump-dom");
        Assert.True(dom.ExitCode == 0, dom.ToString());
        int[] years = Years(dom.StandardOutput);
        Assert.Equal(_page.Attribute("data-checks"), years.Length);
        Assert.Equal(years.OrderBy(y => y), years);
        Assert.NotEqual(Years(_page.Html), years);
    }

    // The Year column of the table, row by row (a report without a plan year reads as the largest).
    private static int[] Years(string html) => Regex.Matches(html, "<tr class=\"check [^\"]*\"><td>[^<]*</td><td>(\\d*)</td>")
        .Select(m => m.Groups[1].Value.Length == 0 ? int.MaxValue : int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
        .ToArray();

    private ExternalProcess.Result Chromium(string browser, params string[] arguments)
    {
        string fragment = arguments.FirstOrDefault(a => a.StartsWith('#')) ?? "";
        arguments = arguments.Where(a => !a.StartsWith('#')).ToArray();
        ExternalProcess.Result result = null!;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            string profile = System.IO.Directory.CreateTempSubdirectory("reportcorpus-chromium-").FullName;
            string[] common =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--user-data-dir=" + profile,
            };
            result = ExternalProcess.Run(browser, _page.Directory, common.Concat(arguments).Append(new Uri(_page.HtmlPath).AbsoluteUri + fragment),
                timeout: TimeSpan.FromMinutes(1));
            if (result.ExitCode != -1)
            {
                break;
            }
        }

        return result;
    }

    private static string? Browser()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } given && File.Exists(given))
        {
            return given;
        }

        string[] names = { "chromium", "chromium-browser", "google-chrome" };
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    // The share of pixels that are not white, how many colours there are, and how many are the 'met' green (#15803d).
    private static (double Inked, int Colours, int MetGreen) Look(Png png)
    {
        int inked = 0, green = 0;
        var colours = new HashSet<int>();
        for (int i = 0; i < png.Rgba.Length; i += 4)
        {
            int r = png.Rgba[i], g = png.Rgba[i + 1], b = png.Rgba[i + 2];
            colours.Add((r << 16) | (g << 8) | b);
            inked += r < 245 || g < 245 || b < 245 ? 1 : 0;
            green += Math.Abs(r - 0x15) < 24 && Math.Abs(g - 0x80) < 24 && Math.Abs(b - 0x3d) < 24 ? 1 : 0;
        }

        return (inked / (double)(png.Width * png.Height), colours.Count, green);
    }
}
