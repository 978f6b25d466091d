namespace ReportCorpus
{
    /// <summary>A quantitative commitment for the plan year, with its outcome in the next report.</summary>
    internal sealed record Target : Fact
    {
        public Target(FactKind kind, string? indicator, string? canonical, Quantity? amount, Bound amountBound, decimal? growth, Bound growthBound, RelativeFigure? relative,
            string? qualifier, bool isEstimate, bool isMultiYear, int? partOf, string text, SourceSpan source, Outcome outcome)
            : base(kind, indicator, canonical, amount, amountBound, growth, growthBound, relative, qualifier, isEstimate, isMultiYear, partOf, text, source)
        {
            Outcome = outcome;
        }

        /// <summary>A target with the figures of <paramref name="fact"/> and the given outcome.</summary>
        internal Target(Fact fact, Outcome outcome)
            : base(fact)
        {
            Outcome = outcome;
        }

        /// <summary>How the target fared in the same jurisdiction's next report.</summary>
        public Outcome Outcome { get; }
    }
}
