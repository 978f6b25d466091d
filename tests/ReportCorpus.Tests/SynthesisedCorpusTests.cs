using ReportCorpus.Model;
using ReportCorpus.Parsing.Structure;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Tests;

/// <summary>The synthesised corpora the benchmarks and build-scale.sh build (tests/Shared/SynthesisedCorpus.cs).</summary>
public class SynthesisedCorpusTests
{
    private static ReportIdentity Identity(string path, string text) => IdentityParser.Parse(path, text, new LineMap(text), out _);

    [Fact]
    public void Twenty_thousand_reports_have_unique_ids_realistic_years_and_a_jurisdiction_per_copy_with_its_whole_chain()
    {
        var seeds = SynthesisedCorpus.Seeds.ToDictionary(s => s.Path, s => Identity(s.Path, s.Text));
        Assert.Equal(57, seeds.Count);
        Assert.Equal(4, seeds.Values.Select(s => s.Zone).Distinct().Count()); // 国务院 and three zones

        var seedDigits = SynthesisedCorpus.Seeds.ToDictionary(s => s.Path, s => LongestDigitRunBefore年(s.Text));
        Assert.Equal(4, seedDigits.Values.Max()); // older reports write years in Chinese numerals or full-width digits
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var zoneOf = new Dictionary<(int Copy, string SeedZone), string>();
        var copyOf = new Dictionary<string, (int Copy, string SeedZone)>(StringComparer.Ordinal);
        int count = 0;
        foreach (SynthesisedCorpus.Synthesised report in SynthesisedCorpus.Copies(20_000))
        {
            count++;
            ReportIdentity seed = seeds[report.Seed];
            ReportIdentity copy = Identity(report.Path, report.Text);
            Assert.True(ids.Add(copy.IdCandidate), $"{report.Path}: id {copy.IdCandidate} taken");

            // The same report years as the seed's, shifted, within 1900–2099; no year in the text grows a digit.
            int shift = SynthesisedCorpus.ShiftOf(report.Copy);
            Assert.Equal(seed.CitedYear + shift, copy.CitedYear);
            Assert.Equal(seed.ReviewYear + shift, copy.ReviewYear);
            Assert.Equal(seed.PlanYear + shift, copy.PlanYear);
            Assert.InRange(copy.CitedYear!.Value, 1900, 2099);
            Assert.Equal(seedDigits[report.Seed], LongestDigitRunBefore年(report.Text));

            // One jurisdiction per seed jurisdiction and copy, used by no other: the seed's chain lands in it whole.
            if (report.Copy > 0)
            {
                Assert.NotEqual("国务院", copy.Zone);
                Assert.Contains(copy.CityName, copy.Title);
            }

            (int, string) key = (report.Copy, seed.Zone);
            if (zoneOf.TryGetValue(key, out string? zone))
            {
                Assert.Equal(zone, copy.Zone);
            }
            else
            {
                zoneOf[key] = copy.Zone;
                Assert.True(copyOf.TryAdd(copy.Zone, key), $"{copy.Zone} is the jurisdiction of two copies");
            }
        }

        Assert.Equal(20_000, count);
        Assert.Equal(20_000 / 57 + 1, zoneOf.Keys.Select(k => k.Copy).Distinct().Count());
    }

    [Fact]
    public void Place_names_are_distinct_and_years_shift_within_the_window()
    {
        var names = Enumerable.Range(0, 10_000).Select(SynthesisedCorpus.PlaceName).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Count, names.Select(Parsing.Lexicon.Pinyin.OfPlace).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("2000年，1899年，12019年，2099年", SynthesisedCorpus.ShiftYears("1990年，1899年，12019年，2089年", 10));
    }

    private static int LongestDigitRunBefore年(string text)
    {
        int longest = 0;
        for (int at = text.IndexOf('年'); at >= 0; at = text.IndexOf('年', at + 1))
        {
            int start = at;
            while (start > 0 && text[start - 1] is >= '0' and <= '9')
            {
                start--;
            }

            longest = Math.Max(longest, at - start);
        }

        return longest;
    }
}
