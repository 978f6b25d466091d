namespace ReportCorpus
{
    /// <summary>A signed difference against a base: 高于全市1个百分点 is +1 percentage point against 全市.</summary>
    internal sealed record RelativeFigure
    {
        public RelativeFigure(decimal difference, Bound bound, Unit unit, string against)
        {
            Difference = difference;
            Bound = bound;
            Unit = unit;
            Against = against;
        }

        /// <summary>The signed difference in <see cref="Unit"/> (高于 +, 低于 −, 提高 +, 回落 −).</summary>
        public decimal Difference { get; }

        /// <summary>How the difference bounds the true one (以上, 左右 …).</summary>
        public Bound Bound { get; }

        /// <summary>Percentage points (个百分点) or percent.</summary>
        public Unit Unit { get; }

        /// <summary>What the figure is compared with, as written (全市, 上年, 全国平均水平), or empty when the report does not say.</summary>
        public string Against { get; }

        /// <inheritdoc/>
        public override string ToString() => FigureText.Relative(Difference, Unit.Symbol, Against);
    }
}
