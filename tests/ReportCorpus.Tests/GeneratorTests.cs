using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus.Tests;

/// <summary>The generator on the seeds: the output compiles cleanly, is typed as promised and matches its snapshot.</summary>
public class GeneratorTests
{
    private const string Usage = """
        using System.Linq;
        using ReportCorpus;

        namespace Consumer
        {
            internal static class Use
            {
                public static decimal? Gdp() => Reports.Ningbo2008.Targets.GrossRegionalProduct.Amount?.Value;
                public static int Count() => Reports.All.Sum(r => r.Targets.Count + r.Achievements.Count + r.Problems.Count);
                public static string? Zone() => Reports.ById("Dalian2019")?.Zone;
                public static Target Revenue() => Reports.Ningbo2007.Targets.GeneralBudgetRevenue;
                public static Achievement Patents() => Reports.Ningbo2008.Achievements.PatentsGranted;
                public static string Missed() => string.Join(",", Reports.Ningbo2007.Targets.Where(t => t.Outcome.Verdict == Verdict.Missed).Select(t => t.Indicator));
                public static decimal? MissedBy() => Reports.Ningbo2007.Targets.GeneralBudgetRevenue.Outcome.Actual?.Amount?.Value;
                public static string? JudgedBy() => Reports.Ningbo2007.Targets.GeneralBudgetRevenue.Outcome.NextReportId;
                public static Verdict Lone() => Reports.Dalian2019.Targets[0].Outcome.Verdict;
            }
        }
        """;

    private static IEnumerable<AdditionalText> Seeds() => TestCorpus.Seeds.Keys.Select(GeneratorHarness.Seed);

    [Fact]
    public void Seeds_generate_code_that_compiles_without_warnings()
    {
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(Seeds(), Usage);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Equal(
            new[] { "ReportCorpus.Types.g.cs", "Reports.Dalian2019.g.cs", "Reports.Ningbo2007.g.cs", "Reports.Ningbo2008.g.cs", "Reports.Ningbo2020.g.cs", "Reports.Shengzhou2018.g.cs", "Reports.g.cs" },
            result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal));
    }

    /// <summary>
    /// The IDE hover: every type and every non-private member the generated code offers a user has an XML doc comment
    /// (constructors excepted: users never call them).
    /// </summary>
    [Fact]
    public void Every_generated_member_a_user_sees_is_documented()
    {
        (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Seeds(), Usage);
        var undocumented = new List<string>();
        foreach (GeneratedSourceResult source in result.Results.Single().GeneratedSources)
        {
            SyntaxNode root = source.SyntaxTree.GetRoot();
            foreach (var member in root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>())
            {
                // A partial class is documented on one of its parts (Reports.g.cs); an explicit interface member by the interface.
                bool hidden = member.AncestorsAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>()
                        .Any(m => m.Modifiers.Any(k => k.IsKind(SyntaxKind.PrivateKeyword) || k.IsKind(SyntaxKind.ProtectedKeyword)))
                    || member.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword))
                    || member is Microsoft.CodeAnalysis.CSharp.Syntax.BasePropertyDeclarationSyntax { ExplicitInterfaceSpecifier: not null }
                    || member is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax { ExplicitInterfaceSpecifier: not null }
                    || member is Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax
                        or Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax
                    || (member is Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax && !member.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword)));
                bool documented = member.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
                if (!hidden && !documented)
                {
                    undocumented.Add(source.HintName + ": " + member.ToString().Split('\n')[0].Trim());
                }
            }
        }

        Assert.True(undocumented.Count == 0, string.Join("\n", undocumented));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp9, null)]
    [InlineData(LanguageVersion.CSharp9, "utf8")]
    [InlineData(LanguageVersion.CSharp10, null)]
    [InlineData(LanguageVersion.Latest, null)]
    [InlineData(LanguageVersion.Latest, "utf8")]
    public void Generated_code_compiles_in_every_supported_language_version(LanguageVersion version, string? data)
    {
        (Compilation output, _) = GeneratorHarness.Run(Seeds(), "", new TestOptions(data: data), version);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void The_identity_of_a_local_report_reaches_the_generated_report()
    {
        // ——2020年1月21日在保定市满城区第二届人民代表大会第四次会议上: a district of 保定市, delivered that day.
        const string file = "local/mancheng/保定市满城区2020年政府工作报告.txt";
        const string usage = """
            namespace Consumer
            {
                internal static class Identity
                {
                    public static string Of() => Reports.Mancheng2020.Zone + "|" + Reports.Mancheng2020.Level + "|" + Reports.Mancheng2020.Parent
                        + "|" + Reports.Mancheng2020.Delivered?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                        + "|" + Reports.Mancheng2020.City + "|" + Reports.Mancheng2020.PlanYear;
                }
            }
            """;
        (Compilation output, _) = GeneratorHarness.Run(new[] { (AdditionalText)new InMemoryText(GeneratorHarness.ReportPath(file), TestCorpus.Text(file)) }, usage);
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        var identity = System.Reflection.Assembly.Load(stream.ToArray()).GetType("Consumer.Identity")!;
        Assert.Equal("满城区|District|保定市|2020-01-21|Mancheng|2020", identity.GetMethod("Of")!.Invoke(null, null));
    }

    [Fact]
    public void Generated_data_is_what_the_parser_read()
    {
        (Compilation output, _) = GeneratorHarness.Run(Seeds(), Usage);
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        var use = assembly.GetType("Consumer.Use")!;
        Assert.Equal(123m, use.GetMethod("Gdp")!.Invoke(null, null));
        Assert.Equal("大连高新区", use.GetMethod("Zone")!.Invoke(null, null));
        Assert.Contains("财政一般预算收入", (string)use.GetMethod("Missed")!.Invoke(null, null)!);
        Assert.Equal(16.5m, use.GetMethod("MissedBy")!.Invoke(null, null));
        Assert.Equal("Ningbo2008", use.GetMethod("JudgedBy")!.Invoke(null, null));
        Assert.Equal("Unverifiable", use.GetMethod("Lone")!.Invoke(null, null)!.ToString());

        int expected = TestCorpus.Seeds.Keys.Select(TestCorpus.Seed).Sum(r => r.Targets.Count + r.Achievements.Count + r.Problems.Count);
        Assert.Equal(expected, use.GetMethod("Count")!.Invoke(null, null));
    }

    /// <summary>
    /// Every field of every fact, problem and outcome, read back at run time from the compiled generated code, equals
    /// what the parser and the verifier produced: whatever shape the generated code takes, it carries the data whole,
    /// as strings (C# 9 and 10) and as UTF-8 literals (C# 11 and later).
    /// </summary>
    [Theory]
    [InlineData(LanguageVersion.CSharp9, null)]
    [InlineData(LanguageVersion.CSharp10, null)]
    [InlineData(LanguageVersion.Latest, null)]
    [InlineData(LanguageVersion.Latest, "utf8")]
    public void Every_generated_fact_round_trips_at_run_time(LanguageVersion version, string? data)
    {
        List<AdditionalText> texts = RoundTripTexts();
        (Compilation output, _) = GeneratorHarness.Run(texts, options: new TestOptions(data: data), version: version);
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        var all = (System.Collections.IEnumerable)Static(assembly.GetType("Consumer.Reports")!, "All");

        var parsed = texts.Select(t => ReportParser.Parse(t.Path, t.GetText()!.ToString())).ToDictionary(r => r.Path.Substring(GeneratorHarness.ProjectDirectory.Length + 1));
        var actuals = parsed.Values.Select(ReportActuals.Of).ToList();
        int reports = 0;
        foreach (object report in all)
        {
            reports++;
            ParsedReport expected = parsed[(string)Get(report, "SourcePath")!];
            var checks = TargetChecks.Of(expected, actuals);
            AssertFacts(expected.Targets, (System.Collections.IEnumerable)Get(report, "Targets")!, checks);
            AssertFacts(expected.Achievements, (System.Collections.IEnumerable)Get(report, "Achievements")!, null);
            Assert.Equal(expected.Problems.Select(p => (p.Text, p.Span.Line + 1, p.Span.Column + 1, p.Span.Length)),
                ((System.Collections.IEnumerable)Get(report, "Problems")!).Cast<object>()
                    .Select(p => ((string)Get(p, "Text")!, (int)Get(Get(p, "Source")!, "Line")!, (int)Get(Get(p, "Source")!, "Column")!, (int)Get(Get(p, "Source")!, "Length")!)));
        }

        Assert.Equal(texts.Count, reports);
    }

    // The seeds and a hostile report: quotes, backslashes, control and line-separator characters, a comment's end, and a
    // lone surrogate, which has no UTF-8 form (its constant stays a string in UTF-8 mode).
    private static List<AdditionalText> RoundTripTexts() => Seeds().Append(new InMemoryText(GeneratorHarness.ReportPath("hostile.txt"),
        "\"宁波\\*/\u2028高新区2008年工作总结和2009年工作安排\u001F\n一、2008年工作回顾\n生产总值\u001E\"95亿元,增长40%,高于全市1个百分点。\n"
        + "存在问题:一是\u001F\"\\\uD800。\n二、2009年工作安排\n地区生产总值123亿元以上,增长30%\uDC00。\n")).ToList();

    /// <summary>
    /// The same corpus, emitted as strings (C# 10, and the latest C# for a corpus this small) and as UTF-8 literals (the
    /// latest C# with ReportCorpusData=utf8), reads the same at run time, field by field.
    /// </summary>
    [Fact]
    public void String_and_utf8_data_decode_to_the_same_reports()
    {
        List<AdditionalText> texts = RoundTripTexts();
        (Compilation strings, GeneratorDriverRunResult stringRun) = GeneratorHarness.Run(texts, version: LanguageVersion.CSharp10);
        (Compilation latest, GeneratorDriverRunResult latestRun) = GeneratorHarness.Run(texts, version: LanguageVersion.Latest);
        (Compilation utf8, GeneratorDriverRunResult utf8Run) = GeneratorHarness.Run(texts, options: TestOptions.Utf8, version: LanguageVersion.Latest);
        Assert.DoesNotContain(latestRun.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("\"u8"));
        Assert.DoesNotContain(stringRun.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("\"u8"));
        Assert.Contains(utf8Run.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("\"u8"));
        string dumped = RunTimeDump(strings);
        Assert.Contains("生产总值", dumped);
        Assert.Equal(dumped, RunTimeDump(utf8));
        Assert.Equal(dumped, RunTimeDump(latest));
    }

    /// <summary>Every report of <c>Reports.All</c> at run time, with every public property of its facts and problems, as text.</summary>
    internal static string RunTimeDump(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        var sb = new System.Text.StringBuilder();
        foreach (object report in (System.Collections.IEnumerable)Static(assembly.GetType("Consumer.Reports")!, "All"))
        {
            Dump(sb, report, 0);
        }

        return sb.ToString();
    }

    private static void Dump(System.Text.StringBuilder sb, object? value, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value is DateTime || value.GetType().IsEnum || depth > 4)
        {
            sb.Append(value is IFormattable f ? f.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : value?.ToString() ?? "null").Append('|');
            return;
        }

        if (value is System.Collections.IEnumerable items)
        {
            sb.Append('[');
            foreach (object? item in items)
            {
                Dump(sb, item, depth + 1);
            }

            sb.Append(']');
            return;
        }

        foreach (System.Reflection.PropertyInfo p in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            sb.Append(p.Name).Append('=');
            Dump(sb, p.GetValue(value), depth + 1);
        }

        sb.Append('\n');
    }

    /// <summary>
    /// A report's lists get a type of their own only when they have a named indicator to offer; a list is filled once by
    /// its report, and one a user makes with new is empty.
    /// </summary>
    [Fact]
    public void Lists_are_typed_where_they_name_indicators_and_filled_once()
    {
        var plain = new InMemoryText(GeneratorHarness.ReportPath("zones/hangzhou.txt"),
            "杭州高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n全年新建公园3个。\n二、2009年工作安排\n全年新建公园5个。\n");
        const string use = """
            namespace Consumer
            {
                internal static class Lists
                {
                    public static ReportCorpus.FactList<ReportCorpus.Target> Plain() => Reports.Hangzhou2008.Targets;
                    public static Consumer.ReportTypes.Ningbo2008Targets Named() => Reports.Ningbo2008.Targets;
                    public static int Made() => new Consumer.ReportTypes.Ningbo2008Targets().Count;
                }
            }
            """;
        (Compilation output, _) = GeneratorHarness.Run(Seeds().Append(plain), use);
        Assert.Empty(GeneratorHarness.Problems(output));
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        Assert.Null(assembly.GetType("Consumer.ReportTypes.Hangzhou2008Targets"));
        // The per-report types stand in their own namespace: Reports itself declares none (IntelliSense after "Reports.").
        Assert.DoesNotContain(assembly.GetType("Consumer.Reports")!.GetNestedTypes(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic),
            t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false));
        Assert.NotNull(assembly.GetType("Consumer.ReportTypes.Ningbo2008Report"));

        Type lists = assembly.GetType("Consumer.Lists")!;
        Assert.Single(((System.Collections.IEnumerable)lists.GetMethod("Plain")!.Invoke(null, null)!).Cast<object>());
        Assert.Equal(0, lists.GetMethod("Made")!.Invoke(null, null));

        object targets = lists.GetMethod("Named")!.Invoke(null, null)!;
        Type target = assembly.GetType("ReportCorpus.Target")!;
        var fill = assembly.GetType("ReportCorpus.FactList`1")!.MakeGenericType(target)
            .GetMethod("Fill", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.MakeGenericMethod(targets.GetType());
        var refused = Assert.Throws<System.Reflection.TargetInvocationException>(() => fill.Invoke(null, new[] { targets, Array.CreateInstance(target, 0) }));
        Assert.IsType<InvalidOperationException>(refused.InnerException);
    }

    [Fact]
    public void Lazy_members_give_every_thread_the_same_instance()
    {
        (Compilation output, _) = GeneratorHarness.Run(Seeds().ToList());
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        Type reports = assembly.GetType("Consumer.Reports")!;

        // Eight threads released together read the same lazily made members; each must see the one published value.
        const int Threads = 8;
        using var start = new Barrier(Threads);
        object[][] seen = Enumerable.Range(0, Threads).Select(_ => new object[4]).ToArray();
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            object report = Static(reports, "Ningbo2008");
            seen[t] = new[] { Static(reports, "All"), report, Get(report, "Targets")!, Get(report, "Problems")! };
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        for (int member = 0; member < 4; member++)
        {
            Assert.All(seen, s => Assert.Same(seen[0][member], s[member]));
        }

        // The rule behind it, without a race: a value made second is dropped for the one already published.
        var publish = assembly.GetType("ReportCorpus.Once")!.GetMethod("Publish")!.MakeGenericMethod(typeof(string));
        object?[] empty = { null, "made first" }, taken = { "made first", "made second" };
        Assert.Equal("made first", publish.Invoke(null, empty));
        Assert.Equal("made first", empty[0]);
        Assert.Equal("made first", publish.Invoke(null, taken));
        Assert.Equal("made first", taken[0]);
    }

    private static void AssertFacts(EquatableArray<FactSpec> expected, System.Collections.IEnumerable generated, EquatableArray<CheckSpec>? checks)
    {
        var facts = generated.Cast<object>().ToList();
        Assert.Equal(expected.Count, facts.Count);
        for (int i = 0; i < facts.Count; i++)
        {
            FactSpec e = expected[i];
            object f = facts[i];
            object? amount = Get(f, "Amount"), relative = Get(f, "Relative"), source = Get(f, "Source")!;
            Assert.Equal(e.Indicator, Get(f, "Indicator"));
            Assert.Equal(e.Canonical, Get(f, "Canonical"));
            Assert.Equal(e.Amount is null, amount is null);
            if (e.Amount is { } a)
            {
                object unit = Get(amount!, "Unit")!;
                Assert.Equal((a.Value, a.Max, a.Unit, a.Dimension.ToString(), a.Factor),
                    ((decimal)Get(amount!, "Value")!, (decimal?)Get(amount!, "Max"), (string)Get(unit, "Symbol")!, Get(unit, "Dimension")!.ToString(), (decimal)Get(unit, "ToBase")!));
            }

            Assert.Equal(e.AmountBound.ToString(), Get(f, "AmountBound")!.ToString());
            Assert.Equal(e.Growth, Get(f, "Growth"));
            Assert.Equal(e.GrowthBound.ToString(), Get(f, "GrowthBound")!.ToString());
            Assert.Equal(e.Relative is null, relative is null);
            if (e.Relative is { } r)
            {
                Assert.Equal((r.Difference, r.Bound.ToString(), r.Unit, r.Dimension.ToString(), r.Against),
                    ((decimal)Get(relative!, "Difference")!, Get(relative!, "Bound")!.ToString(), (string)Get(Get(relative!, "Unit")!, "Symbol")!,
                        Get(Get(relative!, "Unit")!, "Dimension")!.ToString(), (string)Get(relative!, "Against")!));
            }

            Assert.Equal(e.Qualifiers.Length == 0 ? null : e.Qualifiers, Get(f, "Qualifier"));
            Assert.Equal((e.IsEstimate, e.IsMultiYear, e.PartOf < 0 ? (int?)null : e.PartOf, e.Sentence),
                ((bool)Get(f, "IsEstimate")!, (bool)Get(f, "IsMultiYear")!, (int?)Get(f, "PartOf"), (string)Get(f, "Text")!));
            Assert.Equal((e.Span.Line + 1, e.Span.Column + 1, e.Span.Length), ((int)Get(source, "Line")!, (int)Get(source, "Column")!, (int)Get(source, "Length")!));
            if (checks is { } c)
            {
                object outcome = Get(f, "Outcome")!;
                Assert.Equal(c[i].Verdict.ToString(), Get(outcome, "Verdict")!.ToString());
                object? actual = Get(outcome, "Actual");
                Assert.Equal(c[i].Actual >= 0, actual is not null);
            }
        }
    }

    // The most derived property of that name (a report's typed Targets hides the base class's list).
    private static object? Get(object o, string property) =>
        o.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            .First(p => p.Name == property).GetValue(o);

    private static object Static(Type type, string property) =>
        type.GetProperty(property, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    [Fact]
    public void Namespace_follows_ReportCorpusNamespace_then_RootNamespace()
    {
        (_, GeneratorDriverRunResult custom) = GeneratorHarness.Run(Seeds(), options: new TestOptions("Consumer", "My.Data"));
        Assert.Contains("namespace My.Data\n", Index(custom));
        Assert.Contains("namespace My.Data.ReportTypes\n", Index(custom));

        (Compilation output, GeneratorDriverRunResult global) = GeneratorHarness.Run(Seeds(), "class C { object O => Reports.Ningbo2008; }", new TestOptions(rootNamespace: null));
        // Reports in the global namespace, the per-report types in ReportTypes.
        Assert.StartsWith("internal static partial class Reports", Index(global).Split("[global::System.CodeDom.Compiler.GeneratedCode")[1].Split('\n')[1]);
        Assert.Contains("\nnamespace ReportTypes\n", Index(global));
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void ReportId_metadata_overrides_the_id_and_duplicates_are_kept_apart()
    {
        AdditionalText first = GeneratorHarness.Seed("Ningbo2007");
        var copy = new InMemoryText(GeneratorHarness.ReportPath("zones/copy.txt"), TestCorpus.Text(TestCorpus.Seeds["Ningbo2007"]));
        AdditionalText dalian = GeneratorHarness.Seed("Dalian2019");
        var options = new TestOptions().WithReportId(dalian.Path, "DalianHighTech2019");

        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(new[] { first, copy, dalian }, "class C { object[] O => new object[] { Consumer.Reports.Ningbo2007, Consumer.Reports.Ningbo2007_2, Consumer.Reports.DalianHighTech2019 }; }", options);
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.HintName == "Reports.Ningbo2007_2.g.cs");
    }

    [Fact]
    public void Non_report_additional_files_are_ignored()
    {
        var json = new InMemoryText(GeneratorHarness.ReportPath("settings.json"), "{ \"a\": 1 }");
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(new[] { json });
        Assert.Empty(GeneratorHarness.Problems(output));
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("Reports.", StringComparison.Ordinal) && s.HintName != "Reports.g.cs");
    }

    [Fact]
    public void Output_is_identical_whatever_the_order_of_the_files()
    {
        var forward = GeneratorHarness.Run(Seeds()).Result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var backward = GeneratorHarness.Run(Seeds().Reverse()).Result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(forward.Keys.OrderBy(k => k, StringComparer.Ordinal), backward.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hint, text) in forward)
        {
            Assert.Equal(text, backward[hint]);
        }
    }

    [Fact]
    public void Snapshot_of_one_report()
    {
        // With its next report beside it, so the snapshot shows the targets' outcomes too; as UTF-8 literals, the shape
        // of a corpus past the heap's budget (a corpus this small is written as strings, as C# 10 writes it).
        (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(new[] { GeneratorHarness.Seed("Ningbo2007"), GeneratorHarness.Seed("Ningbo2008") }, options: TestOptions.Utf8);
        string actual = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Reports.Ningbo2007.g.cs").SourceText.ToString();
        Snapshots.Match("Reports.Ningbo2007.g.cs", actual);
    }

    [Fact]
    public void Reports_is_one_declaration_in_the_index_file()
    {
        // Binding any member of Reports builds all of its members from all of its declarations: with one partial
        // declaration per report file, a keystroke in a file that uses the index went through every report's file
        // (1.07 s at 10,000 reports; IndexBindingBenchmarks, docs/performance.md).
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(Seeds());
        INamedTypeSymbol reports = output.GetTypeByMetadataName("Consumer.Reports")!;

        SyntaxReference declaration = Assert.Single(reports.DeclaringSyntaxReferences);
        Assert.EndsWith("Reports.g.cs", declaration.SyntaxTree.FilePath, StringComparison.Ordinal);
        Assert.Equal(result.Results.Single().GeneratedSources.Length - 2, reports.GetMembers().OfType<IPropertySymbol>().Count(p => p.Name != "All"));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public void ById_finds_every_report_when_the_ids_are_past_one_switch(LanguageVersion version)
    {
        // 150 reports of one zone, a year each: past ReportEmitter.IdsPerBucket, ById switches over buckets of ids
        // (IdBuckets, the same code in the generator and in the generated index), each bucket a switch of its own.
        List<AdditionalText> texts = Enumerable.Range(1900, 150).Select(year => (AdditionalText)new InMemoryText(
            GeneratorHarness.ReportPath("years/" + year + ".txt"),
            "宁波国家高新区" + year + "年工作总结和" + (year + 1) + "年工作安排\n一、" + year + "年工作回顾\n生产总值" + (year - 1800) + "亿元,增长10%。\n")).ToList();
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(texts, version: version);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(Index(result), @"private static global::ReportCorpus\.Report\? ById\d+\(string id\)").Count > 1);

        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        Type reports = System.Reflection.Assembly.Load(stream.ToArray()).GetType("Consumer.Reports")!;
        System.Reflection.MethodInfo byId = reports.GetMethod("ById")!;
        List<object> all = ((System.Collections.IEnumerable)Static(reports, "All")).Cast<object>().ToList();
        Assert.Equal(150, all.Count);
        Assert.All(all, report => Assert.Same(report, byId.Invoke(null, new[] { Get(report, "Id") })));
        Assert.Null(byId.Invoke(null, new object[] { "Ningbo2100" }));
        Assert.Null(byId.Invoke(null, new object[] { "" }));
    }

    [Fact]
    public void Snapshot_of_the_index()
    {
        (_, GeneratorDriverRunResult result) = GeneratorHarness.Run(Seeds());
        Snapshots.Match("Reports.g.cs", Index(result));
    }

    private static string Index(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName == "Reports.g.cs").SourceText.ToString();
}

/// <summary>
/// Snapshot files live in tests/ReportCorpus.Tests/Snapshots. A mismatch fails the test and writes the
/// new output beside the snapshot as *.received; set UPDATE_SNAPSHOTS=1 to accept new output.
/// </summary>
internal static class Snapshots
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(caller)!, "Snapshots");
        string file = Path.Combine(folder, name + ".snap");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(file, actual);
            File.Delete(file + ".received");
            return;
        }

        Assert.True(File.Exists(file), $"No snapshot {file}: run the tests once with UPDATE_SNAPSHOTS=1 and review it.");
        string expected = File.ReadAllText(file).Replace("\r\n", "\n");
        if (expected != actual)
        {
            File.WriteAllText(file + ".received", actual);
        }

        Assert.Equal(expected, actual);
    }
}
