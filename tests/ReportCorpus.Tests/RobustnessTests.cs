using System.Text;
using Microsoft.CodeAnalysis;
using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus.Tests;

/// <summary>
/// No input breaks the build, loses another report or reaches generated code unescaped (docs/robustness.md).
/// Each case goes through the parser, the generator (whose output must compile) and the analyzer.
/// </summary>
public class RobustnessTests
{
    private static readonly string Ningbo2008 = TestCorpus.Text(TestCorpus.Seeds["Ningbo2008"]);

    static RobustnessTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Generator and analyzer over the bad file beside a good report: code compiles, the good report is whole.</summary>
    private static async Task<IReadOnlyList<Diagnostic>> BesideAGoodReport(string name, string content)
    {
        var texts = new AdditionalText[] { GeneratorHarness.Seed("Ningbo2008"), new InMemoryText(GeneratorHarness.ReportPath(name), content) };
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts, "class Use { int N => Consumer.Reports.Ningbo2008.Targets.Count; }");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(TestCorpus.Seed("Ningbo2008").Targets.Count, GeneratorHarness.TargetCountAtRunTime(output, "Ningbo2008"));

        var diagnostics = await AnalyzerHarness.RunAsync(texts);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith(name, StringComparison.Ordinal)).ToList();
    }

    private static string Generated(GeneratorDriverRunResult result, string hint) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString();

    [Fact]
    public async Task A_GB18030_file_is_named_with_the_fix_and_yields_no_facts()
    {
        byte[] gb = Encoding.GetEncoding("GB18030").GetBytes(Ningbo2008);
        string asTheCompilerReadsIt = new UTF8Encoding(false, false).GetString(gb);

        ParsedReport report = ReportParser.Parse("gbk.txt", asTheCompilerReadsIt);
        Assert.Empty(report.Targets);
        Assert.Empty(report.Achievements);
        ParseNote note = Assert.Single(report.Notes);
        Assert.Equal(ParseNoteCode.NotText, note.Code);
        Assert.Contains("iconv -f GB18030 -t UTF-8", note.Message);

        var diagnostics = await BesideAGoodReport("宁波2009gbk.txt", asTheCompilerReadsIt);
        Diagnostic rc0106 = Assert.Single(diagnostics);
        Assert.Equal("RC0106", rc0106.Id);
        Assert.Equal(DiagnosticSeverity.Error, rc0106.Severity);
        Assert.Contains("宁波2009gbk.txt", rc0106.GetMessage());
    }

    [Fact]
    public void A_stray_replacement_character_is_not_an_encoding_problem()
    {
        ParsedReport report = ReportParser.Parse("x.txt", Ningbo2008.Insert(200, "\uFFFD").Insert(900, "\uFFFD\uFFFD\uFFFD\uFFFD"));
        Assert.DoesNotContain(report.Notes, n => n.Code == ParseNoteCode.NotText);
        Assert.Equal(TestCorpus.Seed("Ningbo2008").Targets.Count, report.Targets.Count);
    }

    [Theory]
    [InlineData("bom")]
    [InlineData("crlf")]
    [InlineData("cr")]
    [InlineData("mixed")]
    public void Line_ends_and_a_BOM_parse_the_same(string form)
    {
        string lf = Ningbo2008.Replace("\r\n", "\n");
        int line = 0;
        string text = form switch
        {
            "bom" => "\uFEFF" + lf,
            "crlf" => lf.Replace("\n", "\r\n"),
            "cr" => lf.Replace("\n", "\r"),
            // A lone \r before an empty line's \n would make one CRLF of two breaks, so empty lines end in CRLF.
            _ => string.Concat(lf.Split('\n').Select(l => l + (l.Length == 0 ? "\r\n" : (line++ % 3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" }))),
        };

        static string[] Facts(ParsedReport r) => r.Targets.Concat(r.Achievements)
            .Select(f => f.Role + " " + f.Indicator + " " + FactFormat.Figure(f) + " line " + f.Span.Line + ":" + f.Span.Column).ToArray();

        ParsedReport expected = ReportParser.Parse("n.txt", lf), actual = ReportParser.Parse("n.txt", text);
        Assert.Equal(expected.Identity, actual.Identity);
        Assert.Equal(Facts(expected), Facts(actual));
        Assert.Equal(expected.Problems.Select(p => p.Text.Replace("\r", "")), actual.Problems.Select(p => p.Text.Replace("\r", "")));
    }

    [Theory]
    [InlineData("empty.txt", "", "RC0107")]
    [InlineData("blank.txt", "  \n\t\r\n\u3000 ", "RC0107")]
    [InlineData("binary.txt", "\0\0\u0001PK\u0003\u0004\0\0\uFFFD\uFFFD\0\u0014\0\0\0\b\0", "RC0106")]
    public async Task Empty_blank_and_binary_files_are_named(string name, string content, string id)
    {
        var diagnostics = await BesideAGoodReport(name, content);
        Assert.Equal(id, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_parser_failure_becomes_a_note_and_cancellation_still_cancels()
    {
        ParsedReport report = ReportFiles.Parse("/p/宁波国家高新区2008年工作总结.txt", "text", default,
            (_, _, _) => throw new IndexOutOfRangeException("bug"));
        ParseNote note = Assert.Single(report.Notes);
        Assert.Equal(ParseNoteCode.ParserFailed, note.Code);
        Assert.Contains("IndexOutOfRangeException", note.Message);
        Assert.Equal(2008, report.Identity.ReviewYear);
        Assert.Empty(report.Targets);

        Assert.Throws<OperationCanceledException>(() =>
            ReportFiles.Parse("/p/x.txt", "text", default, (_, _, _) => throw new OperationCanceledException()));
    }

    [Fact]
    public async Task An_unreadable_file_is_named_and_the_build_goes_on()
    {
        var texts = new AdditionalText[] { GeneratorHarness.Seed("Ningbo2008"), new UnreadableText(GeneratorHarness.ReportPath("locked.txt")) };
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        var diagnostics = await AnalyzerHarness.RunAsync(texts);
        Diagnostic rc0103 = Assert.Single(diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("locked.txt", StringComparison.Ordinal));
        Assert.Equal("RC0103", rc0103.Id);
    }

    private sealed class UnreadableText : AdditionalText
    {
        public UnreadableText(string path) => Path = path;

        public override string Path { get; }

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }

    [Fact]
    public async Task A_README_is_a_report_without_year_or_plan_and_nothing_breaks()
    {
        string readme = "# ReportCorpus\n\nA compile-time corpus. Run `dotnet test`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        var diagnostics = await BesideAGoodReport("README.txt", readme);
        Assert.Equal(new[] { "RC0102", "RC0105" }, diagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_report_with_no_review_section_keeps_its_targets()
    {
        string text = "某某高新区2009年工作安排\n二、2009年工作安排\n地区生产总值增长10%。\n";
        ParsedReport report = ReportParser.Parse("plan.txt", text);
        Assert.Single(report.Targets);
        await BesideAGoodReport("plan.txt", text);
    }

    public static TheoryData<string> HostileTexts() => new()
    {
        "\"; System.Environment.Exit(1); //",
        "\\\\\\\" \\u0022 \\",
        "*/ class Injected { } /*",
        "\n#line 1 \"evil.cs\"\n#error injected\n",
        "\"\"\" raw \"\"\"\"",
        "\uD800 lone high \uDC00 lone low \uDBFF",
        "line\u2028separator\u2029paragraph\u0085next",
        "bidi \u202E\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D\u200E\u200F",
        "</summary><see cref=\"System.Object\"/> <!-- &amp; &lt; ]]>",
        "{{ }} {0} $\"{System.Environment.Exit(1)}\"",
        new string('长', 5000),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task Hostile_text_in_every_field_compiles_and_stays_in_literals(string hostile)
    {
        // Title, zone, indicator, sentence and problem all carry the hostile text.
        string text = hostile + "宁波" + hostile + "高新区2008年工作总结和2009年工作安排" + hostile + "\n一、2008年工作回顾\n"
            + hostile + "生产总值" + hostile + "95亿元,增长40%" + hostile + "。\n存在问题:一是" + hostile + "。二是用地紧张。\n"
            + "二、2009年工作安排\n" + hostile + "地区生产总值" + hostile + "123亿元,增长30%。\n";
        var texts = new AdditionalText[] { new InMemoryText(GeneratorHarness.ReportPath(hostile.Length > 100 ? "long.txt" : "hostile.txt"), text) };
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));

        foreach (GeneratedSourceResult source in result.Results.Single().GeneratedSources)
        {
            string code = source.SourceText.ToString();
            // Nothing that ends a line, reorders text or is not a whole character stands raw in generated code.
            Assert.DoesNotContain(code, c => c is '\u2028' or '\u2029' or '\u0085' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069'
                or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u200E' or '\u200F' || char.IsSurrogate(c));
            // Only the generator's own directives start a line with #.
            Assert.All(code.Split('\n').Where(l => l.TrimStart().StartsWith('#')), l => Assert.Matches(@"^\s*#(nullable|pragma) ", l));
        }

        Assert.Null(output.GetTypeByMetadataName("Injected"));

        await BesideAGoodReport("hostile.txt", text);
    }

    [Theory]
    [InlineData("Ningbo2008", "Ningbo2008")]
    [InlineData("class", "@class")]
    [InlineData("2008", "Report2008")]
    [InlineData("宁波-2008 b", "___2008_b")]
    [InlineData("", "Report")]
    public void Identifiers_are_sanitised(string written, string identifier) => Assert.Equal(identifier, ReportCorpus.Model.CSharpNames.Identifier(written));

    [Fact]
    public void Ids_from_metadata_and_text_are_usable_identifiers()
    {
        // A keyword, a leading digit and punctuation as ReportId, and a title with no city at all.
        var texts = new AdditionalText[]
        {
            new InMemoryText(GeneratorHarness.ReportPath("a.txt"), "宁波国家高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n生产总值95亿元。\n"),
            new InMemoryText(GeneratorHarness.ReportPath("b.txt"), "宁波国家高新区2009年工作总结和2010年工作安排\n一、2009年工作回顾\n生产总值99亿元。\n"),
            new InMemoryText(GeneratorHarness.ReportPath("c.txt"), "2010年工作总结和2011年工作安排\n一、2010年工作回顾\n生产总值120亿元。\n"),
        };
        var options = new TestOptions().WithReportId(texts[0].Path, "class").WithReportId(texts[1].Path, "2009 宁波-b");
        const string use = "class Use { int N => Consumer.Reports.classReport.Achievements.Count + Consumer.Reports.Report2009____b.Achievements.Count + Consumer.Reports.All.Count; }";
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts, use, options);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        string[] perReport = result.Results.Single().GeneratedSources.Select(s => s.HintName)
            .Where(h => h.StartsWith("Reports.", StringComparison.Ordinal) && h != "Reports.g.cs").ToArray();
        Assert.Equal(3, perReport.Length);
        Assert.All(perReport, h => Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(h.Split('.')[1]), h));
    }

    [Theory]
    [InlineData("All")]
    [InlineData("BuildAll")]
    [InlineData("s_all")]
    [InlineData("ReportTypes")]
    [InlineData("ReportLookup")]
    public void An_id_that_names_a_member_of_the_generated_index_still_compiles(string id)
    {
        var texts = new AdditionalText[]
        {
            new InMemoryText(GeneratorHarness.ReportPath("a.txt"), "宁波国家高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n生产总值95亿元。\n"),
            new InMemoryText(GeneratorHarness.ReportPath("b.txt"), "宁波国家高新区2009年工作总结和2010年工作安排\n一、2009年工作回顾\n生产总值99亿元。\n"),
        };
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts, "class Use { int N => Consumer.Reports.All.Count; }", new TestOptions().WithReportId(texts[0].Path, id));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(2, GeneratorHarness.ReportCountAtRunTime(output));
    }

    [Fact]
    public void An_id_that_names_a_bucket_of_ById_still_compiles()
    {
        // Past 64 reports ById's buckets are private methods ById0, ById1 … of Reports (ReportEmitter.IdsPerBucket).
        List<AdditionalText> texts = Enumerable.Range(1900, 70).Select(year => (AdditionalText)new InMemoryText(GeneratorHarness.ReportPath(year + ".txt"),
            "宁波国家高新区" + year + "年工作总结和" + (year + 1) + "年工作安排\n一、" + year + "年工作回顾\n生产总值95亿元。\n")).ToList();
        TestOptions options = new TestOptions().WithReportId(texts[0].Path, "ById0").WithReportId(texts[1].Path, "ById1");
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts, "class Use { int N => Consumer.Reports.ById0Report.Achievements.Count; }", options);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(70, GeneratorHarness.ReportCountAtRunTime(output));
    }

    public static TheoryData<string, int> BigInputs() => new()
    {
        { "20 MB report", 0 },
        { "1 MB line", 1 },
        { "100,000 numbers in a row", 2 },
        { "10,000-digit numbers", 3 },
        { "repeated punctuation", 4 },
        { "repeated headings", 5 },
        { "stated outcomes in one long run", 6 },
    };

    internal static string BigInput(int kind) => kind switch
    {
        0 => string.Concat(Enumerable.Repeat(Ningbo2008, 20_000_000 / Ningbo2008.Length + 1)),
        1 => "宁波国家高新区2008年工作总结和2009年工作安排\n" + string.Concat(Enumerable.Repeat("生产总值95亿元增长40%", 1_000_000 / 14)),
        2 => "宁波国家高新区2008年工作总结\n" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => (i % 997).ToString() + "亿元")),
        3 => "宁波国家高新区2008年工作总结\n生产总值" + new string('9', 10_000) + "亿元。" + new string('８', 10_000) + "%" + new string('三', 10_000) + "万元",
        4 => "宁波国家高新区2008年工作总结\n" + new string('。', 300_000) + new string('(', 300_000) + new string('—', 300_000) + new string('|', 300_000),
        5 => string.Concat(Enumerable.Repeat("二、2009年工作安排\n一是\n存在问题:\n", 50_000)),
        _ => "宁波国家高新区2008年工作总结\n一、2008年工作回顾\n" + string.Concat(Enumerable.Repeat("城镇新增就业980万人，超过预期目标，主要目标任务全面完成，没有实现年初确定的单位国内生产总值能耗降低4%、", 20_000)),
    };

    [Theory]
    [MemberData(nameof(BigInputs))]
    public void Big_and_pathological_inputs_finish(string what, int kind)
    {
        // A bound of minutes, not a timing: a quadratic scan over these inputs would take hours and be cancelled here.
        string text = BigInput(kind);
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        ParsedReport report = ReportParser.Parse(what + ".txt", text, bound.Token);
        Assert.NotNull(report.Identity);
        Assert.All(report.Targets.Concat(report.Achievements), f => Assert.InRange(f.Span.Start + f.Span.Length, 0, text.Length));
        Assert.All(report.Stated, s => Assert.InRange(s.Span.Start + s.Span.Length, 0, text.Length));
    }

    [Fact]
    public void Cancellation_stops_a_parse()
    {
        string text = BigInput(0);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ReportParser.Parse("big.txt", text, cancelled.Token));

        // Cancelled while running: it stops instead of finishing the 20 MB.
        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        Assert.ThrowsAny<OperationCanceledException>(() => ReportParser.Parse("big.txt", string.Concat(text, text), soon.Token));
    }
}
