namespace ReportCorpus
{
    /// <summary>A number with its unit; a range (6%－7%) has a <see cref="Max"/>.</summary>
    internal sealed record Quantity
    {
        public Quantity(decimal value, decimal? max, Unit unit)
        {
            Value = value;
            Max = max;
            Unit = unit;
        }

        /// <summary>The value in <see cref="Unit"/> (the lower bound of a range).</summary>
        public decimal Value { get; }

        /// <summary>The upper bound of a range, else null.</summary>
        public decimal? Max { get; }

        /// <summary>The unit as written.</summary>
        public Unit Unit { get; }

        /// <summary>The value in the dimension's base unit (16.5亿元 → 1650000000 元).</summary>
        public decimal BaseValue => Value * Unit.ToBase;

        /// <inheritdoc/>
        public override string ToString() => FigureText.Amount(Value, Max, Unit.Symbol);
    }
}
