using System.Text;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Facts;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;
using Xunit.Abstractions;

namespace ReportCorpus.Tests;

/// <summary>
/// Issue 15, point 2: every indicator of the bundled corpus is a clean noun phrase. No indicator opens or closes on a
/// verb, a connector, a modal or a time word of the lexicon, holds a date, a stray figure or debris, or is one character.
/// The measurement (facts, unclean names by category, examples) is printed by
/// <c>dotnet test tests/ReportCorpus.Tests --filter "FullyQualifiedName~IndicatorCleanliness" --logger "console;verbosity=detailed"</c>.
/// </summary>
public class IndicatorCleanlinessTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_indicator_of_the_corpus_is_a_clean_noun_phrase()
    {
        var facts = TestCorpus.AllFiles().SelectMany(f => TestCorpus.Parse(f).Targets.Concat(TestCorpus.Parse(f).Achievements)).ToList();
        string report = IndicatorCleanliness.Measure(facts, out int unclean);
        output.WriteLine(report);
        Assert.True(unclean == 0, report);
    }

    [Theory]
    [InlineData("增加到", "trailing verb")]
    [InlineData("又解决", "connector")]
    [InlineData("完成", "leading verb")]
    [InlineData("和", "one character")]
    [InlineData("本年收入", "time word")]
    [InlineData("提高到2012年", "time word")]
    [InlineData("同１９５５年比较", "connector")]
    [InlineData("硫＠①", "debris")]
    [InlineData("实际增长5·", "debris")]
    [InlineData("赤字率拟按", "modal")]
    [InlineData("增加到2002年", "digits")]
    public void The_check_sees_each_kind_of_fault(string name, string fault) =>
        Assert.Contains(fault, IndicatorCleanliness.Faults(name));

    [Theory]
    [InlineData("城镇新增就业")]
    [InlineData("实际利用外资")]
    [InlineData("工业增加值")]
    [InlineData("在校学生")]
    [InlineData("广义货币M2")]
    [InlineData("销售5亿元以上企业")]
    [InlineData("经济增长")]
    [InlineData("农村危房改造")]
    public void A_name_with_a_verb_or_a_figure_inside_is_clean(string name) => Assert.Empty(IndicatorCleanliness.Faults(name));
}

/// <summary>The faults of an indicator name, by category, and their count over a set of facts.</summary>
internal static class IndicatorCleanliness
{
    private static readonly WordTable[] s_timeWords =
        { TimeWords.InPhrase, TimeWords.MultiYear, TimeWords.PastOpeners, TimeWords.Ahead, TimeWords.SeveralYearOpeners };

    public static IEnumerable<string> Faults(string name)
    {
        if (name.Length == 1)
        {
            yield return "one character";
        }

        // The words before a figure (PhraseWords.Trailing: 增加到, 达到, 为) are verbs at the end only: 超10亿元的企业 opens on a threshold.
        // A one-character growth verb opens other verbs (减轻农民负担, 增强): at the start only the longer ones count.
        if (OpensWith(name, VerbWords.Acts) || OpensWith(name, VerbWords.Changes) || (OpensWith(name, GrowthWords.Verbs) && !OpensWithOneCharacterGrowthVerb(name)))
        {
            yield return "leading verb";
        }

        if (ClosesWith(name, VerbWords.Acts) || ClosesWith(name, VerbWords.Changes) || ClosesWith(name, GrowthWords.Verbs)
            || ClosesWith(name, PhraseWords.Trailing))
        {
            yield return "trailing verb";
        }

        if (OpensWith(name, Coordinators.AroundNames) || ClosesWith(name, Coordinators.AroundNames) || ClosesWith(name, PhraseWords.ExampleMarkers))
        {
            yield return "connector";
        }

        if (OpensWith(name, VerbWords.Modals) || ClosesWith(name, VerbWords.Modals))
        {
            yield return "modal";
        }

        if (s_timeWords.Any(t => OpensWith(name, t) || ClosesWith(name, t)) || OpensWithDate(name) || ClosesWithDate(name))
        {
            yield return "time word";
        }

        if (HasStrayDigits(name))
        {
            yield return "digits";
        }

        if (name.Any(IndicatorPhrase.IsDebris))
        {
            yield return "debris";
        }
    }

    private static bool OpensWithOneCharacterGrowthVerb(string name) => GrowthWords.Verbs[GrowthWords.Verbs.MatchAt(name, 0, name.Length)].Length == 1;

    private static bool OpensWith<T>(string name, WordTable<T> table)
    {
        int w = table.MatchAt(name, 0, name.Length);
        return w >= 0 && !IndicatorPhrase.IsProtectedStart(name, 0, name.Length, table[w].Length);
    }

    private static bool ClosesWith<T>(string name, WordTable<T> table)
    {
        int w = table.MatchEndingAt(name, name.Length, 0);
        return w >= 0 && !(table is WordTable<int> t && t.ValueAt(w) > 0) && !IndicatorPhrase.IsProtectedEnd(name, 0, name.Length, table[w].Length);
    }

    private static bool IsNumeral(char c) => CharClass.IsDigit(c) || ChineseNumerals.IsDigitChar(c) || c is '十' or '两' or '○';

    // 一九八五年…, ５月份…, 五年…
    private static bool OpensWithDate(string name)
    {
        int p = 0;
        while (p < name.Length && IsNumeral(name[p]))
        {
            p++;
        }

        return p > 0 && p < name.Length && name[p] is '年' or '月';
    }

    // …2002年, …一九五四年底, …１０月份
    private static bool ClosesWithDate(string name)
    {
        int p = name.Length;
        while (p > 0 && name[p - 1] is '底' or '末' or '初' or '份' or '内' or '度')
        {
            p--;
        }

        return p >= 2 && name[p - 1] is '年' or '月' or '日' && IsNumeral(name[p - 2]);
    }

    // A figure in a name belongs to it only joined to Latin letters (M2, PM2.5, 5G), as a number (5号地块) or with its unit
    // (5亿元以上企业).
    private static bool HasStrayDigits(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            if (!CharClass.IsDigit(name[i]))
            {
                continue;
            }

            int end = i;
            while (end < name.Length && (CharClass.IsDigit(name[end]) || name[end] is '.' or '-'))
            {
                end++;
            }

            bool letters = (i > 0 && CharClass.IsAsciiLetter(name[i - 1])) || (end < name.Length && CharClass.IsAsciiLetter(name[end]));
            int unit = end + Units.MatchMultiplier(name, end, name.Length, out _);
            bool threshold = (end < name.Length && (name[end] == '%' || PhraseWords.NumberedNames.MatchAt(name, end, name.Length) >= 0))
                || (unit < name.Length && name[unit] is not ('年' or '月' or '日') && Units.MatchBase(name, unit, name.Length, out _) > 0);
            if (!letters && !threshold)
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    /// <summary>Facts, unclean names by category, and up to 12 examples of each.</summary>
    public static string Measure(IReadOnlyList<FactSpec> facts, out int unclean)
    {
        var byCategory = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        unclean = 0;
        int named = 0;
        foreach (FactSpec fact in facts)
        {
            string? name = fact.Indicator;
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            named++;
            string[] faults = Faults(name).ToArray();
            if (faults.Length > 0)
            {
                unclean++;
            }

            foreach (string fault in faults)
            {
                if (!byCategory.TryGetValue(fault, out List<string>? names))
                {
                    byCategory[fault] = names = new List<string>();
                }

                names.Add(name);
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine($"facts: {facts.Count}, with an indicator: {named}, unclean: {unclean} ({(named == 0 ? 0 : 100.0 * unclean / named):F1}%)");
        foreach ((string fault, List<string> names) in byCategory)
        {
            sb.AppendLine($"  {fault}: {names.Count}  e.g. {string.Join(" | ", names.Distinct().Take(12))}");
        }

        return sb.ToString();
    }
}
