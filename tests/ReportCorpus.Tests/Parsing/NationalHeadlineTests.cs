using System.Globalization;
using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>
/// The national headline series, hand-checked (Specs/national-headline.tsv): every row with a target quotes report Y
/// (and its actual quotes report Y+1), report Y's targets hold a fact of the series with the figure, and the Verifier
/// gives the hand verdict. A row's last column says "ok", or why the tool does not agree yet (a wording the vocabulary
/// does not know, a verdict rule being reworked): such a row must still disagree, so that fixing it updates the table.
/// </summary>
public class NationalHeadlineTests
{
    private static readonly string s_table = Path.Combine(AppContext.BaseDirectory, "Specs", "national-headline.tsv");

    private static readonly Dictionary<string, string[]> s_canonical = new()
    {
        // 国内生产总值; 国民生产总值 until 1994; 工农业总产值 in the plans of 1981 and 1982.
        ["EconomicGrowth"] = new[] { "GrossRegionalProduct", "GrossNationalProduct", "GrossAgriculturalIndustrialOutput" },
        // The price target of each era: retail prices (零售物价, 商品零售价格) until 1998, then 居民消费价格.
        ["ConsumerPrices"] = new[] { "ConsumerPrices", "RetailPrices" },
        ["NewUrbanJobs"] = new[] { "NewUrbanJobs" },
        ["UnemploymentRate"] = new[] { "RegisteredUnemploymentRate", "SurveyedUnemploymentRate" },
        ["EnergyIntensity"] = new[] { "EnergyPerUnitGdp" },
        ["GrainOutput"] = new[] { "GrainOutput" },
    };

    private sealed record Row(int Line, int Year, string Series, string Target, string Figure, string Actual, string Verdict, string Tool);

    private static IEnumerable<Row> Rows()
    {
        string[] lines = File.ReadAllLines(s_table);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#') || lines[i].StartsWith("year\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] c = lines[i].Split('\t');
            Assert.True(c.Length >= 8, $"national-headline.tsv:{i + 1}: {c.Length} columns, 8 expected");
            yield return new Row(i + 1, int.Parse(c[0], CultureInfo.InvariantCulture), c[1], c[2], c[3], c[4], c[5], c[7]);
        }
    }

    public static TheoryData<int> TargetRows()
    {
        var data = new TheoryData<int>();
        foreach (Row row in Rows().Where(r => r.Target != "-"))
        {
            data.Add(row.Line);
        }

        return data;
    }

    private static string File_(int year) => $"national/{year}年政府工作报告.txt";

    private static string Flat(string text) => text.Replace("\r", "").Replace("\n", "").Replace("\u200B", "");

    [Fact]
    public void Every_row_names_a_national_report_a_series_and_a_verdict()
    {
        var files = TestCorpus.NationalFiles().ToHashSet();
        var verdicts = new[] { "met", "missed", "no-actual", "unverifiable", "not-set" };
        foreach (Row row in Rows())
        {
            Assert.Contains(File_(row.Year), files);
            Assert.True(s_canonical.ContainsKey(row.Series), $"line {row.Line}: series {row.Series}");
            Assert.Contains(row.Verdict, verdicts);
            Assert.Equal(row.Target == "-", row.Verdict == "not-set");
            Assert.Equal(row.Target == "-", row.Figure == "-");
            if (row.Actual != "-")
            {
                Assert.Contains(File_(row.Year + 1), files);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TargetRows))]
    public void The_target_is_found_and_judged_as_by_hand(int line)
    {
        Row row = Rows().Single(r => r.Line == line);
        Assert.Contains(row.Target, Flat(TestCorpus.Text(File_(row.Year))));
        if (row.Actual != "-")
        {
            Assert.Contains(row.Actual, Flat(TestCorpus.Text(File_(row.Year + 1))));
        }

        ParsedReport report = TestCorpus.Parse(File_(row.Year));
        decimal figure = FirstNumber(row.Figure);
        bool growth = row.Figure.StartsWith('+') || row.Figure.StartsWith('-');
        // The target of the series with the figure, from the quoted sentence when there is one (a five-year goal or a
        // restatement may carry the same figure: 城镇调查失业率控制在5.5%以内 in China2021's 十四五 part).
        int index = -1;
        for (int i = 0; i < report.Targets.Count; i++)
        {
            FactSpec f = report.Targets[i];
            // A growth may be written as a percentage of a growth's name (经济增长预期目标为7%左右), which the Verifier reads as growth.
            bool matches = growth ? f.Growth == figure || (f.Growth is null && f.Amount is { Dimension: Dimension.Percent } p && p.Value == figure) : f.Amount?.Value == figure;
            if (s_canonical[row.Series].Contains(f.Canonical) && matches)
            {
                if (index < 0 || (!Flat(report.Targets[index].Sentence).Contains(row.Target, StringComparison.Ordinal)
                    && Flat(f.Sentence).Contains(row.Target, StringComparison.Ordinal)))
                {
                    index = i;
                }
            }
        }

        string verdict = HandVerdicts.Of(report, index, TestCorpus.NationalFiles().Select(f => ReportActuals.Of(TestCorpus.Parse(f))));
        HandVerdicts.AssertRow(verdict, row.Verdict, row.Tool, $"line {line}: China{row.Year} {row.Series} {row.Figure}");
    }

    /// <summary>The figure's number, negative for a decline (-3% about).</summary>
    internal static decimal FirstNumber(string figure)
    {
        int start = 0;
        while (start < figure.Length && !char.IsDigit(figure[start]))
        {
            start++;
        }

        int end = start;
        while (end < figure.Length && (char.IsDigit(figure[end]) || figure[end] == '.'))
        {
            end++;
        }

        decimal value = decimal.Parse(figure.Substring(start, end - start), CultureInfo.InvariantCulture);
        return figure.StartsWith('-') ? -value : value;
    }
}
