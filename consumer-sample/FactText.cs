using System.Globalization;
using ReportCorpus;

namespace ConsumerSample;

/// <summary>How the sample writes a fact's figure: 95亿元 +40% 以上, or +1个百分点 vs 全市 for a relative figure.</summary>
internal static class FactText
{
    public static string Figure(Fact f) =>
        string.Join(" ", new[] { f.Amount?.ToString(), Growth(f.Growth), f.Relative?.ToString(), f.Qualifier }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>+40%, -4.6%, or "" when there is no growth.</summary>
    public static string Growth(decimal? growth) =>
        growth is decimal g ? (g >= 0 ? "+" : "") + g.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "";
}
