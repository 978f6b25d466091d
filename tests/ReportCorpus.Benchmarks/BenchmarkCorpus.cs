using System.Text;
using Microsoft.CodeAnalysis;

namespace ReportCorpus.Benchmarks;

/// <summary>The bundled corpus, and larger corpora synthesised from it.</summary>
internal static class BenchmarkCorpus
{
    private static readonly string[] s_cities =
    {
        "杭州", "南京", "苏州", "成都", "武汉", "西安", "郑州", "长沙", "合肥", "福州", "厦门", "济南", "青岛", "沈阳", "长春",
        "太原", "南昌", "南宁", "昆明", "贵阳", "兰州", "西宁", "银川", "海口", "无锡", "常州", "温州", "绍兴", "嘉兴",
    };

    private static readonly string[] s_seedCities = { "宁波", "大连", "嵊州" };

    public static string RepositoryRoot => ReportCorpus.Testing.RepositoryRoot.Path;

    /// <summary>(path, text) of the 57 bundled reports, in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Bundled { get; } = Directory
        .GetFiles(Path.Combine(RepositoryRoot, "corpus"), "*.txt", SearchOption.AllDirectories)
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => (p, File.ReadAllText(p)))
        .ToList();

    /// <summary>
    /// <paramref name="count"/> distinct reports: copy k of the corpus has every year shifted by 100·k and its zones
    /// renamed, so ids never collide and each year chain stays as long as the original. Deterministic.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Synthesise(int count)
    {
        var result = new List<(string, string)>(count);
        for (int k = 0; result.Count < count; k++)
        {
            foreach ((string path, string text) in Bundled)
            {
                if (result.Count == count)
                {
                    break;
                }

                if (k == 0)
                {
                    result.Add((path, text));
                    continue;
                }

                string city = s_cities[(k - 1) % s_cities.Length];
                string renamed = ShiftYears(text, 100 * k);
                string name = ShiftYears(Path.GetFileName(path), 100 * k);
                foreach (string seedCity in s_seedCities)
                {
                    renamed = renamed.Replace(seedCity, city);
                    name = name.Replace(seedCity, city);
                }

                result.Add((Path.Combine(Path.GetDirectoryName(path)!, "copy" + k, name), renamed));
            }
        }

        return result;
    }

    /// <summary><see cref="Synthesise"/>'s reports written below <paramref name="directory"/>, laid out as under corpus/.</summary>
    public static void WriteSynthesised(string directory, int count)
    {
        string corpus = Path.Combine(RepositoryRoot, "corpus");
        foreach ((string path, string text) in Synthesise(count))
        {
            string target = Path.Combine(directory, Path.GetRelativePath(corpus, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }

    /// <summary>The consumer project the generator runs in: one Program class, .NET 8 reference assemblies.</summary>
    public static Microsoft.CodeAnalysis.CSharp.CSharpCompilation ConsumerCompilation() =>
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Consumer",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Consumer; class Program { static void Main() { } }") },
            Basic.Reference.Assemblies.Net80.References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication));

    public static List<AdditionalText> AsAdditionalTexts(IEnumerable<(string Path, string Text)> reports) =>
        reports.Select(r => (AdditionalText)new InMemoryText(r.Path, r.Text)).ToList();

    /// <summary>1990年 → 2090年 for a shift of 100: four ASCII digits from 1900 to 2099 followed by 年.</summary>
    internal static string ShiftYears(string text, int shift)
    {
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (i + 4 < text.Length && text[i + 4] == '年' && (text[i] == '1' || text[i] == '2') && char.IsAsciiDigit(text[i + 1])
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                int year = int.Parse(text.AsSpan(i, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
                if (year is >= 1900 and <= 2099)
                {
                    sb.Append((year + shift).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    i += 4;
                    continue;
                }
            }

            sb.Append(text[i]);
            i++;
        }

        return sb.ToString();
    }
}
