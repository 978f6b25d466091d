using ReportCorpus.Model;
using ReportCorpus.Parsing;
using Xunit.Abstractions;

namespace ReportCorpus.Tests;

/// <summary>
/// Stated outcomes (Facts/StatedOutcomes.cs): the hand-checked sentence cases of Specs/stated.txt (its header gives the
/// notation), and the outcomes named reports of the bundled corpus state.
/// </summary>
public class StatedOutcomeTests(ITestOutputHelper output)
{
    public const string SpecFile = "stated.txt";

    public static TheoryData<string, string, string[]> Cases()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach ((string where, string sentence, string[] outcomes) in Read())
        {
            data.Add(where, sentence, outcomes);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_sentence_states_these_outcomes(string where, string sentence, string[] expected)
    {
        int reviewYear = 2008;
        if (sentence.StartsWith('['))
        {
            reviewYear = int.Parse(sentence.Substring(1, 4), System.Globalization.CultureInfo.InvariantCulture);
            sentence = sentence.Substring(sentence.IndexOf(']') + 1).TrimStart();
        }

        ParsedReport report = ReportParser.Parse("x.txt", $"宁波国家高新区{reviewYear}年工作总结和{reviewYear + 1}年工作安排\n一、{reviewYear}年工作回顾\n{sentence}\n二、{reviewYear + 1}年工作安排\n");
        Assert.Equal(reviewYear, report.Identity.ReviewYear);
        string[] actual = report.Stated.Select(OutcomeNotation.Of).ToArray();
        Assert.True(expected.SequenceEqual(actual),
            where + ": " + sentence + "\n  expected:\n    " + string.Join("\n    ", expected) + "\n  actual:\n    " + string.Join("\n    ", actual));
    }

    [Fact]
    public void The_spec_holds_outcomes_and_near_misses()
    {
        var cases = Read().ToList();
        Assert.Contains(cases, c => c.Outcomes.Length == 0);
        foreach (StatedResult result in Enum.GetValues<StatedResult>())
        {
            Assert.Contains(cases, c => c.Outcomes.Any(o => o.StartsWith(result + " ", StringComparison.Ordinal)));
        }
    }

    // China2007 admits China2006's energy-intensity target was missed: the figure alone (下降1.2%) once read as met.
    [Fact]
    public void China2007_states_the_energy_intensity_target_missed()
    {
        ParsedReport report = TestCorpus.Parse("national/2007年政府工作报告.txt");
        StatedOutcomeSpec energy = Assert.Single(report.Stated, s => s.Canonical == "EnergyPerUnitGdp");
        Assert.Equal(StatedResult.Missed, energy.Result);
        Assert.Equal("单位国内生产总值能耗", energy.Indicator);
        Assert.Contains("没有实现年初确定的", energy.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Stated, s => s.Indicator is null);
    }

    [Theory]
    [InlineData("national/2016年政府工作报告.txt", "Met (all)", "Exceeded NewUrbanJobs (城镇新增就业)", "Missed ImportExport (进出口总额)")]
    [InlineData("national/2018年政府工作报告.txt", "Exceeded (all)")]
    [InlineData("national/2023年政府工作报告.txt", "MostlyMet (all)")]
    [InlineData("national/2012年政府工作报告.txt", "Missed EnergySavingAndEmissionReduction (节能减排)", "Missed (物价调控)")]
    [InlineData("zones/宁波国家高新区2008年工作总结和2009年工作安排.txt", "Met (all)", "Exceeded EnergySavingAndEmissionReduction (节能减排)", "Met (市级计划生育)")]
    [InlineData("zones/大连高新区2019年度工作情况及2020年重点工作安排.txt")]
    public void A_report_states_these_outcomes(string file, params string[] expected)
    {
        Assert.Equal(expected, TestCorpus.Parse(file).Stated.Select(OutcomeNotation.Of).ToArray());
    }

    // The plan part's look-back sentences state outcomes too (PlanLookBack: one opening on the reviewed year); its forward
    // sentences none. Ningbo2008's opening sentence, and China2021's closing one, moved into a plan part.
    [Fact]
    public void A_plan_part_states_outcomes_only_where_it_looks_back()
    {
        const string text = "宁波国家高新区2008年工作总结和2009年工作安排\n一、2008年工作回顾\n全区实现技工贸总收入400亿元。\n二、2009年工作安排\n"
            + "2008年,在国际、国内宏观经济环境复杂严峻的情况下,全区奋力拼搏,扎实工作,圆满完成了各项目标任务,综合经济实力和社会发展水平显著提升。\n"
            + "让我们齐心协力，开拓进取，努力完成全年目标任务。\n";
        ParsedReport report = ReportParser.Parse("x.txt", text);
        Assert.Equal(new[] { "Met (all)" }, report.Stated.Select(OutcomeNotation.Of).ToArray());
        Assert.Contains("圆满完成了各项目标任务", Assert.Single(report.Stated).Sentence, StringComparison.Ordinal);
        Assert.True(text.IndexOf("二、2009年工作安排", StringComparison.Ordinal) < Assert.Single(report.Stated).Span.Start);
    }

    // Outcomes are about the year reviewed: the plan part's forward sentences (实现今年预期目标并非易事, 努力完成全年目标任务)
    // state none, and every outcome of the corpus lies before the plan part or in a sentence looking back.
    [Fact]
    public void No_outcome_comes_from_a_sentence_about_the_plan_year()
    {
        foreach (string file in TestCorpus.AllFiles())
        {
            foreach (StatedOutcomeSpec s in TestCorpus.Parse(file).Stated)
            {
                Assert.False(s.Sentence.Contains("今年", StringComparison.Ordinal) && !s.Sentence.Contains("为今年", StringComparison.Ordinal), file + ": " + s.Sentence);
            }
        }
    }

    // Every outcome of the bundled corpus names a clean indicator or none, and quotes the clause that states it; the counts
    // per report go to the test output (dotnet test --filter Every_outcome_of_the_corpus --logger "console;verbosity=detailed").
    [Fact]
    public void Every_outcome_of_the_corpus_quotes_its_clause_and_names_cleanly()
    {
        int total = 0;
        foreach (string file in TestCorpus.AllFiles().Concat(Directory.GetFiles(Path.Combine(TestCorpus.Root, "zones"), "*.txt").Select(f => "zones/" + Path.GetFileName(f))).Distinct().Order(StringComparer.Ordinal))
        {
            ParsedReport report = TestCorpus.Parse(file);
            string text = TestCorpus.Text(file);
            foreach (StatedOutcomeSpec s in report.Stated)
            {
                string clause = text.Substring(s.Span.Start, s.Span.Length);
                Assert.Contains(clause, s.Sentence, StringComparison.Ordinal);
                Assert.True(s.Indicator is null || (s.Indicator.Length is >= 2 and <= 20 && !s.Indicator.Any(char.IsDigit)), file + ": " + s.Indicator);
                Assert.True(s.Canonical is null || s.Indicator is not null, file + ": a canonical name with no written one");
            }

            total += report.Stated.Count;
            if (report.Stated.Count > 0)
            {
                output.WriteLine($"{report.Stated.Count,3}  {file}: " + string.Join("; ", report.Stated.Select(OutcomeNotation.Of)));
            }
        }

        output.WriteLine($"{total,3}  in all");
    }

    private static IEnumerable<(string Where, string Sentence, string[] Outcomes)> Read()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "Specs", SpecFile);
        string[] lines = File.ReadAllLines(file);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            Assert.False(lines[i].StartsWith(' '), $"{SpecFile}:{i + 1}: an outcome line with no sentence before it");
            int at = i;
            var outcomes = new List<string>();
            while (i + 1 < lines.Length && lines[i + 1].StartsWith("  ", StringComparison.Ordinal))
            {
                outcomes.Add(lines[++i].Trim());
            }

            Assert.True(outcomes.Count > 0, $"{SpecFile}:{at + 1}: a sentence with no outcomes listed (write \"  (none)\")");
            yield return ($"{SpecFile}:{at + 1}", lines[at], outcomes.SequenceEqual(new[] { "(none)" }) ? Array.Empty<string>() : outcomes.ToArray());
        }
    }
}

/// <summary>An outcome as Specs/stated.txt writes it: Missed EnergyPerUnitGdp (单位国内生产总值能耗), Met (all).</summary>
internal static class OutcomeNotation
{
    public static string Of(StatedOutcomeSpec s) =>
        s.Result + (s.Canonical is { } canonical ? " " + canonical : "") + " (" + (s.Indicator ?? "all") + ")";
}
