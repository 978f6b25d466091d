using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus.Tests;

/// <summary>Seeded random mutations of the seed reports: the parser never throws and every span stays in the text.</summary>
public class ParserFuzzTests
{
    private const string Noise = "0123456789０１２３.,，。；:：%％-－至以上左右多余近约亿万千百十一二两〇零增长下降其中分别()（）“”|\n\r\u200B\u2028\uFFFD\"\\rn&nbsp;\t";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mutated_seeds_parse_without_exceptions(int seed)
    {
        var random = new Random(seed);
        string[] texts = TestCorpus.Seeds.Values.Select(TestCorpus.Text).ToArray();
        for (int round = 0; round < 500; round++)
        {
            string text = Mutate(texts[random.Next(texts.Length)], random);
            ParsedReport report = ReportParser.Parse("fuzz.txt", text);
            foreach (FactSpec fact in report.Targets.Concat(report.Achievements))
            {
                Assert.InRange(fact.Span.Start, 0, text.Length);
                Assert.InRange(fact.Span.Start + fact.Span.Length, 0, text.Length);
            }

            // Quoted text is the structure view's (a crawler's escapes as blanks): same length, same offsets.
            string view = ReportCorpus.Parsing.Text.WebEscapes.AsBreaks(text);
            foreach (ProblemSpec problem in report.Problems)
            {
                Assert.Equal(problem.Text, view.Substring(problem.Span.Start, problem.Span.Length));
            }
        }
    }

    /// <summary>
    /// Mutated reports through the generator and the analyzer, ten files per compilation (so ids collide and year
    /// chains break): no generator diagnostic, generated code that compiles, no analyzer exception (AD0001).
    /// </summary>
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task Mutated_seeds_through_generator_and_analyzer(int seed)
    {
        var random = new Random(seed);
        string[] texts = TestCorpus.Seeds.Values.Select(TestCorpus.Text).ToArray();
        for (int batch = 0; batch < 10; batch++)
        {
            var files = Enumerable.Range(0, 10)
                .Select(i => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryText(GeneratorHarness.ReportPath($"fuzz{batch}_{i}.txt"),
                    Mutate(texts[random.Next(texts.Length)], random)))
                .ToList();
            var (output, result) = GeneratorHarness.Run(files);
            Assert.Empty(result.Diagnostics);
            Assert.Empty(GeneratorHarness.Problems(output));
            var diagnostics = await AnalyzerHarness.RunAsync(files);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = new List<char>(text);
        int edits = random.Next(1, 60);
        for (int e = 0; e < edits && chars.Count > 0; e++)
        {
            int at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 1:
                    chars.RemoveRange(at, Math.Min(random.Next(1, 200), chars.Count - at));
                    break;
                case 2:
                    int length = Math.Min(random.Next(1, 300), chars.Count - at);
                    chars.InsertRange(random.Next(chars.Count), chars.GetRange(at, length));
                    break;
                default:
                    chars[at] = (char)random.Next(0x20, 0xA000);
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
