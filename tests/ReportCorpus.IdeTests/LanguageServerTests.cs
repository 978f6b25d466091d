using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportCorpus.IdeTests;

/// <summary>
/// What an editor user sees through csharp-ls on consumer-sample (issue 19): completion after <c>Reports.</c> and after
/// a report's <c>Targets.</c>, the hover of a target, go-to-definition into the generated source, and the RC
/// diagnostics of a workspace diagnostic pull, located in the report texts.
/// </summary>
public class LanguageServerTests : IClassFixture<IdeSession>
{
    private const string Ningbo2008File = "宁波国家高新区2008年工作总结和2009年工作安排.txt";

    // The members Reports declares beside one property per report, and those every class has.
    private static readonly string[] s_indexMembers = { "All", "ById", "ByZone", "Find" };
    private static readonly string[] s_objectMembers = { "Equals", "ReferenceEquals" };

    private readonly IdeSession _ide;

    public LanguageServerTests(IdeSession ide) => _ide = ide;

    [SkippableFact]
    public async Task Completion_after_Reports_lists_every_report_and_the_index_but_no_type()
    {
        Ready();
        List<string> labels = Labels(_ide.FirstCompletion);

        List<string> reports = labels.Except(s_indexMembers).Except(s_objectMembers).ToList();
        Assert.Subset(labels.ToHashSet(), s_indexMembers.ToHashSet());
        Assert.Contains("Ningbo2008", reports);
        Assert.Contains("China1954", reports);
        // One entry per report and nothing else: no per-report class (China1954Report, Ningbo2008Targets …), no helper.
        Assert.Equal(Directory.GetFiles(_ide.Corpus, "*.txt", SearchOption.AllDirectories).Length, reports.Count);
        Assert.DoesNotContain(labels, l => Regex.IsMatch(l, "(Report|Targets|Achievements|Lookup|Types)$"));
    }

    [SkippableFact]
    public async Task Completion_after_Targets_offers_every_indicator_property_of_the_report()
    {
        Ready();
        // The indicator properties the generated Ningbo2008Targets declares, read from the source the server generated.
        string source = await GeneratedSource("Reports.Ningbo2008.g.cs", "GrossRegionalProduct");
        string targetsClass = source.Substring(source.IndexOf("class Ningbo2008Targets", StringComparison.Ordinal));
        targetsClass = targetsClass.Substring(0, targetsClass.IndexOf("\n    }", StringComparison.Ordinal));
        List<string> declared = Regex.Matches(targetsClass, @"public global::ReportCorpus\.Target (\w+) =>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("GrossRegionalProduct", declared);
        Assert.True(declared.Count >= 10, string.Join(", ", declared));

        var clock = Stopwatch.StartNew();
        JsonElement completion = await _ide.Completion(_ide.After("Targets."));
        Timings.Record("completion after Reports.Ningbo2008.Targets.", clock.Elapsed);
        const int property = 10;
        var properties = IdeSession.CompletionItems(completion).Where(i => i.GetProperty("kind").GetInt32() == property).Select(i => i.GetProperty("label").GetString()!).ToHashSet();
        Assert.Subset(properties, declared.ToHashSet());
    }

    [SkippableFact]
    public async Task Hover_on_a_target_shows_its_figure_sentence_file_and_line()
    {
        Ready();
        var clock = Stopwatch.StartNew();
        JsonElement hover = await _ide.Request("textDocument/hover", _ide.After("Targets.Gross"));
        Timings.Record("hover on GrossRegionalProduct", clock.Elapsed);

        string text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        // The sentence of the target, and the line it stands on in the report (1-based, as an editor shows it).
        string[] lines = File.ReadAllLines(Path.Combine(_ide.Corpus, "zones", Ningbo2008File));
        int line = Array.FindIndex(lines, l => l.Contains("地区生产总值123亿元", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0);
        Assert.Contains("GrossRegionalProduct", text);
        Assert.Contains("123亿元", text);
        Assert.Contains("“地区生产总值123亿元", text);
        Assert.Contains("(" + Ningbo2008File + ", line " + line + ")", text);
    }

    [SkippableFact]
    public async Task Go_to_definition_reaches_the_generated_source()
    {
        Ready();
        JsonElement location = Assert.Single((await _ide.Request("textDocument/definition", _ide.After("Targets.Gross"))).EnumerateArray());
        string uri = location.GetProperty("uri").GetString()!;
        Assert.StartsWith("csharp:/", uri);
        Assert.EndsWith("/generated/Reports.Ningbo2008.g.cs", uri);

        JsonElement metadata = await _ide.Request("csharp/metadata", new { textDocument = new { uri } });
        string[] lines = metadata.GetProperty("source").GetString()!.Split('\n');
        JsonElement start = location.GetProperty("range").GetProperty("start");
        string declaration = lines[start.GetProperty("line").GetInt32()];
        Assert.Contains("public global::ReportCorpus.Target GrossRegionalProduct =>", declaration);
        Assert.Equal("GrossRegionalProduct", declaration.Substring(start.GetProperty("character").GetInt32(), "GrossRegionalProduct".Length));
    }

    [SkippableFact]
    public async Task Workspace_diagnostics_with_analyzers_on_hold_the_RC_rules_at_their_report_spans_and_no_compiler_error()
    {
        Ready();
        var clock = Stopwatch.StartNew();
        JsonElement report = await _ide.Request("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }, seconds: 240);
        Timings.Record("workspace diagnostic pull (analyzers on)", clock.Elapsed);

        var all = report.GetProperty("items").EnumerateArray()
            .SelectMany(file => file.GetProperty("items").EnumerateArray().Select(d => (Path: IdeSession.PathOf(file.GetProperty("uri").GetString()!), Diagnostic: d)))
            .ToList();
        // Opened on the folder of the solution, the server finds no error in any C# file (the generator's included).
        var errors = all.Where(d => d.Diagnostic.GetProperty("severity").GetInt32() == 1).Select(d => d.Path + ": " + d.Diagnostic.GetProperty("message")).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var rc = all.Where(d => d.Diagnostic.GetProperty("code").GetString()?.StartsWith("RC", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(rc);
        Assert.All(rc, d => Assert.StartsWith(_ide.Corpus, d.Path));
        Assert.All(rc, d => Assert.EndsWith(".txt", d.Path));

        // The README's example: Ningbo2007's revenue target, missed, marked at its sentence in the report text.
        var missed = Assert.Single(rc, d => d.Diagnostic.GetProperty("code").GetString() == "RC0002"
            && d.Path.EndsWith("宁波国家高新区2007年工作总结和2008年工作安排.txt", StringComparison.Ordinal)
            && d.Diagnostic.GetProperty("message").GetString()!.Contains("'财政一般预算收入' missed", StringComparison.Ordinal));
        JsonElement range = missed.Diagnostic.GetProperty("range");
        string marked = Text(missed.Path, range);
        Assert.Contains("财政一般预算收入", marked);
        Assert.Contains("17.5亿元", marked);
    }

    /// <summary>
    /// A build while the editor is open writes no C# file the editor would add to the project: consumer-sample does not
    /// set EmitCompilerGeneratedFiles, whose obj/ copies of the generated sources made every generated type ambiguous
    /// (CS0229) once an editor reported them as new files (docs/ide.md).
    /// </summary>
    [SkippableFact]
    public async Task A_build_while_the_editor_is_open_leaves_the_generated_types_unambiguous()
    {
        Ready();
        string project = Path.Combine(_ide.Folder, "consumer-sample");
        var before = Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories).ToHashSet();
        File.SetLastWriteTimeUtc(Path.Combine(project, "Program.cs"), DateTime.UtcNow);
        ExternalProcess.Result build = Dotnet.Run(_ide.Folder, "build", project);
        Assert.True(build.ExitCode == 0, build.ToString());

        // What an editor's file watcher reports to the server: every C# file the build created.
        var created = Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories).Where(f => !before.Contains(f)).ToList();
        await _ide.Server.Notify("workspace/didChangeWatchedFiles", new { changes = created.Select(f => new { uri = IdeSession.Uri(f), type = 1 }).ToArray() });
        Assert.Empty(created);

        JsonElement diagnostics = await _ide.Request("textDocument/diagnostic", new { textDocument = new { uri = IdeSession.Uri(_ide.ProbePath) } });
        Assert.Empty(diagnostics.GetProperty("items").EnumerateArray().Where(d => d.GetProperty("severity").GetInt32() == 1).Select(d => d.GetProperty("message").GetString()));
        JsonElement hover = await _ide.Request("textDocument/hover", _ide.After("Targets.Gross"));
        Assert.Contains("123亿元", hover.GetProperty("contents").GetProperty("value").GetString());
    }

    private void Ready()
    {
        Skip.If(_ide.SkipReason is not null, _ide.SkipReason + "\nRun `dotnet tool restore` at the repository root (.ci/run does) to run these tests.");
        Assert.True(_ide.Build?.ExitCode == 0, "the copy of consumer-sample does not build:\n" + _ide.Build);
    }

    private async Task<string> GeneratedSource(string hintName, string symbol)
    {
        JsonElement location = (await _ide.Request("textDocument/definition", _ide.After("Targets." + symbol.Substring(0, 3)))).EnumerateArray().First();
        string uri = location.GetProperty("uri").GetString()!;
        Assert.EndsWith("/" + hintName, uri);
        return (await _ide.Request("csharp/metadata", new { textDocument = new { uri } })).GetProperty("source").GetString()!;
    }

    private static List<string> Labels(JsonElement completion) => IdeSession.CompletionItems(completion).Select(i => i.GetProperty("label").GetString()!).ToList();

    // The text an LSP range covers (lines, and UTF-16 columns, as C# strings count them).
    private static string Text(string path, JsonElement range)
    {
        string[] lines = File.ReadAllLines(path);
        JsonElement start = range.GetProperty("start"), end = range.GetProperty("end");
        int startLine = start.GetProperty("line").GetInt32(), endLine = end.GetProperty("line").GetInt32();
        Assert.Equal(startLine, endLine);
        return lines[startLine].Substring(start.GetProperty("character").GetInt32(),
            end.GetProperty("character").GetInt32() - start.GetProperty("character").GetInt32());
    }
}
