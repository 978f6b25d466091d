using System.Reflection;
using System.Text.RegularExpressions;
using ReportCorpus.Emit;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;

namespace ReportCorpus.Tests;

/// <summary>Every word table of the parser: no word twice, longest first; every bound word in the public docs.</summary>
public class LexiconTests
{
    private static readonly Assembly s_generator = typeof(WordTable).Assembly;

    /// <summary>Every static field of the generator that holds a word table, public or not, by "Type.field".</summary>
    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (string name in AllTables().Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    private static readonly HashSet<string> s_wordTables = new(StringComparer.Ordinal);

    private static Dictionary<string, string[]> AllTables()
    {
        var tables = new Dictionary<string, string[]>();
        foreach (Type type in s_generator.GetTypes())
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                bool wordTable = field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(WordTable<>)
                    || field.FieldType == typeof(WordTable);
                if (wordTable || (field.FieldType == typeof(string[]) && type.Namespace == typeof(WordTable).Namespace))
                {
                    tables[type.Name + "." + field.Name] = ((IEnumerable<string>)field.GetValue(null)!).ToArray();
                    if (wordTable)
                    {
                        lock (s_wordTables)
                        {
                            s_wordTables.Add(type.Name + "." + field.Name);
                        }
                    }
                }
            }
        }

        return tables;
    }

    [Fact]
    public void Finds_the_tables()
    {
        Dictionary<string, string[]> tables = AllTables();
        Assert.Contains("BoundWords.AfterFigure", tables.Keys);
        Assert.Contains("Units.s_baseUnits", tables.Keys);
        Assert.Contains("Indicators.s_synonyms", tables.Keys);
        Assert.True(tables.Count >= 25, string.Join(", ", tables.Keys));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void No_word_twice(string table)
    {
        string[] words = AllTables()[table];
        Assert.NotEmpty(words);
        string[] twice = words.GroupBy(w => w, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(twice.Length == 0, table + " lists " + string.Join(", ", twice) + " more than once");
        Assert.DoesNotContain("", words);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Word_tables_read_longest_first(string table)
    {
        if (!s_wordTables.Contains(table))
        {
            return; // a plain list (ZoneSuffixesByPreference is a preference order), not a longest-match table
        }

        string[] words = AllTables()[table];
        for (int i = 1; i < words.Length; i++)
        {
            Assert.True(words[i - 1].Length >= words[i].Length, table + ": " + words[i - 1] + " before " + words[i]);
        }
    }

    /// <summary>The words the public docs of a bound list: "超过, 突破: more than." lists 超过 and 突破.</summary>
    private static string[] DocumentedWords(Bound bound)
    {
        // The member's doc comment in the runtime file the generated enum is emitted from.
        string description = Regex.Match(RuntimeSources.Text("Bound.cs"), @"/// <summary>([^<]*)</summary>\s*" + bound + ",").Groups[1].Value;
        int colon = description.IndexOf(':');
        return colon < 0 ? Array.Empty<string>() : description.Substring(0, colon).Split(", ");
    }

    public static TheoryData<string, string, string> BoundWordsData()
    {
        var data = new TheoryData<string, string, string>();
        foreach ((string name, WordTable<Bound> table) in new[]
        {
            ("BeforeFigure", BoundWords.BeforeFigure), ("AfterFigure", BoundWords.AfterFigure), ("InsideFigure", BoundWords.InsideFigure),
        })
        {
            for (int i = 0; i < table.Count; i++)
            {
                data.Add(name, table[i], table.ValueAt(i).ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BoundWordsData))]
    public void Every_bound_word_is_in_the_public_Bound_docs(string table, string word, string boundName)
    {
        var bound = (Bound)Enum.Parse(typeof(Bound), boundName);
        Assert.True(DocumentedWords(bound).Contains(word),
            $"{table}: {word} reads as Bound.{bound}, whose docs list only {string.Join(", ", DocumentedWords(bound))}");
    }
}
