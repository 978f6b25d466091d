namespace ReportCorpus.Model;

/// <summary>How a fact's figure reads in doc comments and diagnostics: 17.5亿元 +46% 以上, as the generated code writes it.</summary>
internal static class FactFormat
{
    public static string Figure(FactSpec fact) => FigureText.Fact(
        fact.Amount is { } amount ? FigureText.Amount(amount.Value, amount.Max, amount.Unit) : null,
        fact.Growth,
        fact.Relative is { } relative ? FigureText.Relative(relative.Difference, relative.Unit, relative.Against) : null,
        fact.Qualifiers);
}
