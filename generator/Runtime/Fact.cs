namespace ReportCorpus
{
    /// <summary>A quantitative statement of a report: what it measures, the figure, the growth and where it is written.</summary>
    internal abstract record Fact
    {
        protected Fact(FactKind kind, string? indicator, string? canonical, Quantity? amount, Bound amountBound, decimal? growth, Bound growthBound, RelativeFigure? relative,
            string? qualifier, bool isEstimate, bool isMultiYear, int? partOf, string text, SourceSpan source)
        {
            Kind = kind;
            Indicator = indicator;
            Canonical = canonical;
            Amount = amount;
            AmountBound = amountBound;
            Growth = growth;
            GrowthBound = growthBound;
            Relative = relative;
            Qualifier = qualifier;
            IsEstimate = isEstimate;
            IsMultiYear = isMultiYear;
            PartOf = partOf;
            Text = text;
            Source = source;
        }

        /// <summary>What kind of figure this is: a headline target, a commitment, a budget line, a result … Only headline and commitment targets are judged.</summary>
        public FactKind Kind { get; }

        /// <summary>The indicator as the report writes it (财政一般预算收入), or null when the words before the figure name no indicator (提高到380元).</summary>
        public string? Indicator { get; }

        /// <summary>The canonical indicator (GeneralBudgetRevenue), the written name when the vocabulary does not know it, or null with no indicator.</summary>
        public string? Canonical { get; }

        /// <summary>The stated amount, or null for a growth-only statement (增长7.5%).</summary>
        public Quantity? Amount { get; }

        /// <summary>How the amount bounds the true figure.</summary>
        public Bound AmountBound { get; }

        /// <summary>Growth in signed percent (增长40% → 40, 下降4.6% → -4.6, 增长1倍 → 100), or null.</summary>
        public decimal? Growth { get; }

        /// <summary>How the growth bounds the true figure.</summary>
        public Bound GrowthBound { get; }

        /// <summary>
        /// For a figure relative to something else (高于全市1个百分点, 比上年提高0.4个百分点), the difference and its base;
        /// such a fact has no <see cref="Amount"/> and no <see cref="Growth"/>. Null otherwise.
        /// </summary>
        public RelativeFigure? Relative { get; }

        /// <summary>The qualifiers as written (预计, 力争, 以上, 左右 …), comma-separated, or null.</summary>
        public string? Qualifier { get; }

        /// <summary>True for an estimate (预计), which is not yet an actual.</summary>
        public bool IsEstimate { get; }

        /// <summary>True for a figure over several years (年均, 五年, “十四五”), which no single year's report settles.</summary>
        public bool IsMultiYear { get; }

        /// <summary>For 其中 statements, the index in the same list of the fact this one is a part of.</summary>
        public int? PartOf { get; }

        /// <summary>The source sentence.</summary>
        public string Text { get; }

        /// <summary>Where the statement stands in the report file.</summary>
        public SourceSpan Source { get; }

        /// <summary>The figure as text: 17.5亿元 +46% 以上, or +1个百分点 vs 全市 for a figure relative to another.</summary>
        public string Figure() => FigureText.Fact(Amount?.ToString(), Growth, Relative?.ToString(), Qualifier);
    }
}
