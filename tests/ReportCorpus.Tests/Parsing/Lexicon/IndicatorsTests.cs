using ReportCorpus.Parsing.Lexicon;

namespace ReportCorpus.Tests;

/// <summary>
/// The canonical indicator vocabulary (Lexicon/Indicators.cs): a sound table, and the written indicators of real reports
/// in Specs/indicators.tsv resolve to the canonical the spec says, near misses to none.
/// </summary>
public class IndicatorsTests
{
    private static IEnumerable<(string Word, Indicators.Entry Entry)> Words() =>
        Indicators.All.SelectMany(e => e.Synonyms.Concat(e.Whole ?? Array.Empty<string>()).Select(w => (w, e)));

    [Fact]
    public void Every_synonym_belongs_to_exactly_one_entry()
    {
        string[] twice = Words().GroupBy(p => p.Word, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => g.Key + " (" + string.Join(", ", g.Select(p => p.Entry.Name)) + ")").ToArray();
        Assert.True(twice.Length == 0, "in more than one entry, or twice in one: " + string.Join("; ", twice));

        string[] excludedToo = Indicators.NotIndicators.Where(n => Words().Any(p => p.Word == n)).ToArray();
        Assert.True(excludedToo.Length == 0, "both a synonym and a non-indicator: " + string.Join(", ", excludedToo));
    }

    [Fact]
    public void Names_are_unique_identifiers()
    {
        string[] twice = Indicators.All.GroupBy(e => e.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(twice);
        Assert.All(Indicators.All, e => Assert.True(
            e.Name.Length > 0 && char.IsAsciiLetterUpper(e.Name[0]) && e.Name.All(char.IsAsciiLetterOrDigit), e.Name + " is no C# property name"));
    }

    /// <summary>The generated API's property names: an entry may be added, never renamed or removed.</summary>
    [Theory]
    [InlineData("GrossRegionalProduct"), InlineData("GeneralBudgetRevenue"), InlineData("TotalFiscalRevenue"), InlineData("FixedAssetInvestment")]
    [InlineData("UtilisedForeignCapital"), InlineData("ContractedForeignCapital"), InlineData("PatentsGranted"), InlineData("InventionPatentsGranted")]
    [InlineData("PatentApplications"), InlineData("ResearchInstitutions"), InlineData("HighTechEnterprises"), InlineData("HighLevelTalent")]
    [InlineData("Talent"), InlineData("TechIndustryTradeRevenue"), InlineData("IndustrialOutput"), InlineData("IndustrialValueAdded")]
    [InlineData("ImportExport"), InlineData("ConsumerPrices"), InlineData("NewUrbanJobs"), InlineData("RegisteredUnemploymentRate")]
    [InlineData("SurveyedUnemploymentRate"), InlineData("EnergyPerUnitGdp"), InlineData("GrainOutput"), InlineData("LandRequisitioned")]
    [InlineData("DemolitionArea"), InlineData("SulphurDioxideEmissions"), InlineData("ChemicalOxygenDemand"), InlineData("TechnologyContractTurnover")]
    [InlineData("RetailSales")]
    public void Earlier_names_stay(string name) => Assert.NotNull(Indicators.ByName(name));

    [Fact]
    public void Every_parent_exists_and_no_entry_is_its_own_ancestor()
    {
        foreach (Indicators.Entry entry in Indicators.All)
        {
            var seen = new HashSet<string> { entry.Name };
            for (string? parent = entry.Parent; parent is not null; parent = Indicators.ByName(parent)!.Parent)
            {
                Assert.True(Indicators.ByName(parent) is not null, entry.Name + ": no entry " + parent);
                Assert.True(seen.Add(parent), entry.Name + ": a cycle through " + parent);
            }
        }
    }

    [Fact]
    public void The_Chinese_name_is_a_synonym()
    {
        Assert.All(Indicators.All, e => Assert.True(
            e.Synonyms.Contains(e.Chinese) || (e.Whole ?? Array.Empty<string>()).Contains(e.Chinese), e.Name + ": " + e.Chinese));
    }

    [Fact]
    public void Dimensions_agree_with_the_measure()
    {
        foreach (Indicators.Entry e in Indicators.All)
        {
            Assert.True(e.Dimensions.Length > 0 && e.Dimensions.Distinct().Count() == e.Dimensions.Length, e.Name);

            // A ratio or a change is a percentage; a level's percentage is its growth, never its figure.
            Assert.True(e.Measure == Measure.Level ? !e.Dimensions.SequenceEqual(new[] { Dimension.Percent }) : e.Dimensions.Contains(Dimension.Percent),
                e.Name + ": " + e.Measure + " with " + string.Join(", ", e.Dimensions));
        }
    }

    /// <summary>
    /// Head nouns many indicators end with: as a synonym (matched at the end) any of them would capture every indicator
    /// of its kind (增加值 takes 服务业增加值, 收入 takes 城镇居民人均可支配收入).
    /// </summary>
    [Theory]
    [InlineData("增加值"), InlineData("收入"), InlineData("投资"), InlineData("产值"), InlineData("总产值"), InlineData("总额"), InlineData("总值")]
    [InlineData("就业"), InlineData("排放"), InlineData("排放量"), InlineData("产量"), InlineData("价格"), InlineData("增长"), InlineData("企业")]
    [InlineData("可支配收入"), InlineData("人均可支配收入"), InlineData("纯收入"), InlineData("失业率"), InlineData("能耗"), InlineData("比重")]
    public void No_bare_head_noun_is_a_synonym(string head)
    {
        Assert.DoesNotContain(Words(), p => p.Word == head);
    }

    [Fact]
    public void Whole_words_are_short_and_never_suffix_synonyms()
    {
        foreach (Indicators.Entry e in Indicators.All)
        {
            foreach (string word in e.Whole ?? Array.Empty<string>())
            {
                Assert.True(word.Length <= 2, e.Name + ": " + word + " is long enough to be an ordinary synonym");
            }
        }
    }

    // The spec rows: Specs/indicators.tsv.
    private static readonly string s_spec = Path.Combine(AppContext.BaseDirectory, "Specs", "indicators.tsv");

    internal sealed record SpecRow(int Line, string Written, string Expected, string Source);

    internal static IReadOnlyList<SpecRow> ReadSpec(string[] lines)
    {
        var rows = new List<SpecRow>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            string[] fields = lines[i].Split('\t');
            if (fields.Length is < 3 or > 4 || fields.Take(3).Any(f => f.Trim().Length == 0 || f != f.Trim()))
            {
                throw new FormatException($"indicators.tsv:{i + 1}: want written<TAB>name or none<TAB>source[<TAB>why]: {lines[i]}");
            }

            rows.Add(new SpecRow(i + 1, fields[0], fields[1], fields[2]));
        }

        return rows;
    }

    private static IReadOnlyList<SpecRow> Spec() => ReadSpec(File.ReadAllLines(s_spec));

    public static TheoryData<int, string, string> SpecRows()
    {
        var data = new TheoryData<int, string, string>();
        foreach (SpecRow row in Spec())
        {
            data.Add(row.Line, row.Written, row.Expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecRows))]
    public void A_written_indicator_resolves_as_the_spec_says(int line, string written, string expected)
    {
        Assert.True(expected == "none" || Indicators.ByName(expected) is not null, $"indicators.tsv:{line}: no entry {expected}");
        Assert.Equal((line, expected), (line, Indicators.Find(written)?.Name ?? "none"));
    }

    [Fact]
    public void The_spec_reader_reads_rows_and_skips_comments()
    {
        IReadOnlyList<SpecRow> rows = ReadSpec(new[] { "# a comment", "", "钢\tSteelOutput\tChina1955", "出口\tnone\tChina2001\twhy" });
        Assert.Equal(new[] { new SpecRow(3, "钢", "SteelOutput", "China1955"), new SpecRow(4, "出口", "none", "China2001") }, rows);
        Assert.Throws<FormatException>(() => ReadSpec(new[] { "钢 SteelOutput China1955" }));
        Assert.Throws<FormatException>(() => ReadSpec(new[] { "钢\t\tChina1955" }));
    }

    [Fact]
    public void The_spec_names_every_written_indicator_once_and_every_entry()
    {
        IReadOnlyList<SpecRow> rows = Spec();
        Assert.True(rows.Count >= 100, rows.Count + " rows");
        string[] twice = rows.GroupBy(r => r.Written).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(twice.Length == 0, "twice: " + string.Join(", ", twice));

        // Each entry with a real report that writes it, and near misses beside them.
        string[] unseen = Indicators.All.Select(e => e.Name).Except(rows.Select(r => r.Expected)).ToArray();
        Assert.True(unseen.Length == 0, "no spec row for " + string.Join(", ", unseen));
        Assert.True(rows.Count(r => r.Expected == "none") >= 20, "near misses");
    }

    [Fact]
    public void Every_spec_source_writes_its_indicator()
    {
        foreach (SpecRow row in Spec().Where(r => r.Source.StartsWith("China", StringComparison.Ordinal) || TestCorpus.Seeds.ContainsKey(r.Source)))
        {
            string file = TestCorpus.Seeds.TryGetValue(row.Source, out string? seed) ? seed : "national/" + row.Source.Substring("China".Length) + "年政府工作报告.txt";
            string text = TestCorpus.Text(file);
            Assert.True(text.Contains(row.Written, StringComparison.Ordinal) || Normalised(text).Contains(row.Written, StringComparison.Ordinal),
                $"indicators.tsv:{row.Line}: {row.Source} does not write {row.Written}");
        }
    }

    // A report may break a line inside a name or put an aside in it: 细颗粒物（PM2.5）平均浓度.
    private static string Normalised(string text) =>
        ReportCorpus.Parsing.Text.PhraseText.RemoveParenthesised(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()));
}
