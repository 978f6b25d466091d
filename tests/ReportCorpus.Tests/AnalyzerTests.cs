using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ReportCorpus.Diagnostics;

namespace ReportCorpus.Tests;

/// <summary>The analyzer through Roslyn's analyzer testing framework, with the reports as AdditionalFiles.</summary>
public class AnalyzerTests
{
    private static readonly string Ningbo2007 = GeneratorHarness.ReportPath(TestCorpus.Seeds["Ningbo2007"]);
    private static readonly string Ningbo2008 = GeneratorHarness.ReportPath(TestCorpus.Seeds["Ningbo2008"]);

    // Every diagnostic on Ningbo2007 when Ningbo2008 is its next report: (id, line, column, end column, message).
    // All on line 14: the whole report body is one line.
    private static readonly (string Id, int Line, int Column, int EndColumn, string Message)[] s_ningbo2007 =
    {
        ("RC0002", 14, 5225, 5249, "Target '财政一般预算收入' missed: 17.5亿元 +46% planned, 16.5亿元 +38% reported in Ningbo2008"),
        ("RC0001", 14, 5250, 5270, "Target '工业总产值' (250亿元 +47%) has no matching actual in Ningbo2008"),
        ("RC0001", 14, 5271, 5295, "Target '高新技术产品产值占工业总产值的比重' (60% 以上) has no matching actual in Ningbo2008"),
        ("RC0002", 14, 5325, 5346, "Target '实际利用内外资总额' missed: 34亿元 +30% planned, 26.8亿元 reported in Ningbo2008"),
        ("RC0002", 14, 5347, 5371, "Target '投资亿元人民币和千万美元以上的产业项目' missed: 10家 引进 planned, 5个 引进 reported in Ningbo2008"),
        ("RC0001", 14, 5372, 5397, "Target '投资10亿元人民币和1亿美元以上的产业项目' (1家 引进) has no matching actual in Ningbo2008"),
    };

    private static CSharpAnalyzerTest<ReportAnalyzer, DefaultVerifier> Test(params string[] seeds)
    {
        var test = new CSharpAnalyzerTest<ReportAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Net80.NoPackages,
            TestState = { Sources = { "class C { }" } },
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        foreach (string seed in seeds)
        {
            test.TestState.AdditionalFiles.Add((GeneratorHarness.ReportPath(TestCorpus.Seeds[seed]), TestCorpus.Text(TestCorpus.Seeds[seed])));
        }

        return test;
    }

    private static DiagnosticResult Expected(DiagnosticDescriptor descriptor, string path, int line, int column, int endLine, int endColumn, string message) =>
        new DiagnosticResult(descriptor).WithSpan(path, line, column, endLine, endColumn).WithMessage(message);

    [Fact]
    public async Task Ningbo2007_against_Ningbo2008_exact_diagnostics_and_spans()
    {
        var test = Test("Ningbo2007", "Ningbo2008");
        foreach (var (id, line, column, endColumn, message) in s_ningbo2007)
        {
            DiagnosticDescriptor descriptor = id == "RC0001" ? DiagnosticDescriptors.TargetHasNoActual : DiagnosticDescriptors.TargetMissed;
            test.ExpectedDiagnostics.Add(Expected(descriptor, Ningbo2007, line, column, line, endColumn, message));
        }

        test.ExpectedDiagnostics.Add(Expected(DiagnosticDescriptors.TargetsUnverifiable, Ningbo2008, 103, 3, 103, 24,
            "No report of 宁波国家高新区 reviewing 2009 is in the corpus, so the 18 judged targets of Ningbo2008 cannot be checked"));
        await test.RunAsync();
    }

    [Fact]
    public void The_expected_list_holds_the_verdicts_the_issue_names()
    {
        Assert.Contains(s_ningbo2007, d => d.Id == "RC0002" && d.Message.Contains("'财政一般预算收入' missed: 17.5亿元 +46% planned, 16.5亿元"));
        foreach (string indicator in new[] { "工业总产值", "高新技术产品产值占工业总产值的比重" })
        {
            Assert.Contains(s_ningbo2007, d => d.Id == "RC0001" && d.Message.StartsWith($"Target '{indicator}'", StringComparison.Ordinal));
        }

        // 二氧化硫 and 化学需氧量排放 are met on Ningbo2008's words (节能减排任务超额完成), with no diagnostic.
        foreach (string met in new[] { "技工贸收入", "地区生产总值", "固定资产投资", "授权专利", "二氧化硫", "化学需氧量排放" })
        {
            Assert.DoesNotContain(s_ningbo2007, d => d.Message.Contains($"'{met}'"));
        }

        // The spans point at the target's own text.
        string text = TestCorpus.Text(TestCorpus.Seeds["Ningbo2007"]);
        string line14 = text.Split('\n')[13];
        var revenue = s_ningbo2007.Single(d => d.Id == "RC0002" && d.Message.Contains("财政一般预算收入"));
        Assert.Equal("完成财政一般预算收入17.5亿元,同比增长46%", line14.Substring(revenue.Column - 1, revenue.EndColumn - revenue.Column));
    }

    [Fact]
    public async Task A_lone_report_gets_one_RC0003()
    {
        var test = Test("Dalian2019");
        test.ExpectedDiagnostics.Add(Expected(DiagnosticDescriptors.TargetsUnverifiable, GeneratorHarness.ReportPath(TestCorpus.Seeds["Dalian2019"]), 54, 8, 54, 18,
            "No report of 大连高新区 reviewing 2020 is in the corpus, so the 14 judged targets of Dalian2019 cannot be checked"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Severity_is_configurable_in_a_global_analyzer_config()
    {
        // Diagnostics in report files belong to no C# file, so their severity comes from a global config
        // (.globalconfig, or an .editorconfig with is_global = true), not from [*.cs] sections.
        var test = Test("Ningbo2007", "Ningbo2008");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            dotnet_diagnostic.RC0002.severity = none
            dotnet_diagnostic.RC0003.severity = none
            """));
        foreach (var (id, line, column, endColumn, message) in s_ningbo2007.Where(d => d.Id == "RC0001"))
        {
            test.ExpectedDiagnostics.Add(Expected(DiagnosticDescriptors.TargetHasNoActual, Ningbo2007, line, column, line, endColumn, message));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task Duplicate_ids_get_a_diagnostic_on_each_file()
    {
        string copy = GeneratorHarness.ReportPath("zones/copy-of-dalian.txt");
        string original = GeneratorHarness.ReportPath(TestCorpus.Seeds["Dalian2019"]);
        var test = Test("Dalian2019");
        test.TestState.AdditionalFiles.Add((copy, TestCorpus.Text(TestCorpus.Seeds["Dalian2019"])));

        // The copy sorts first by path, so it keeps Dalian2019 and the original becomes Dalian2019_2.
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DuplicateId).WithSpan(copy, 1, 1, 1, 1)
            .WithArguments("Dalian2019", Path.GetFileName(original), "Dalian2019"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.TargetsUnverifiable).WithSpan(copy, 54, 8, 54, 18)
            .WithArguments("大连高新区", "2020", 14, "Dalian2019"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DuplicateId).WithSpan(original, 1, 1, 1, 1)
            .WithArguments("Dalian2019", "copy-of-dalian.txt", "Dalian2019_2"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.TargetsUnverifiable).WithSpan(original, 54, 8, 54, 18)
            .WithArguments("大连高新区", "2020", 14, "Dalian2019_2"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_report_with_no_year_and_no_plan_is_named_and_the_build_goes_on()
    {
        string path = GeneratorHarness.ReportPath("notes.txt");
        var test = Test();
        test.TestState.AdditionalFiles.Add((path, "这是一份说明,没有年份,也没有目标。"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoYear).WithSpan(path, 1, 1, 1, 1).WithArguments("notes.txt"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoPlanSection).WithSpan(path, 1, 1, 1, 1).WithArguments("notes.txt"));
        await test.RunAsync();
    }
}
