namespace ReportCorpus
{
    /// <summary>A quantitative result of the reviewed year.</summary>
    internal sealed record Achievement : Fact
    {
        public Achievement(FactKind kind, string? indicator, string? canonical, Quantity? amount, Bound amountBound, decimal? growth, Bound growthBound, RelativeFigure? relative,
            string? qualifier, bool isEstimate, bool isMultiYear, int? partOf, string text, SourceSpan source)
            : base(kind, indicator, canonical, amount, amountBound, growth, growthBound, relative, qualifier, isEstimate, isMultiYear, partOf, text, source)
        {
        }
    }
}
