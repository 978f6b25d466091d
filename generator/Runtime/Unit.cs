namespace ReportCorpus
{
    /// <summary>A unit as written (亿元, 万户, %), with its dimension and its factor to the dimension's base unit.</summary>
    internal sealed record Unit
    {
        public Unit(string symbol, Dimension dimension, decimal toBase)
        {
            Symbol = symbol;
            Dimension = dimension;
            ToBase = toBase;
        }

        /// <summary>The unit as the report writes it.</summary>
        public string Symbol { get; }

        /// <summary>What the unit measures.</summary>
        public Dimension Dimension { get; }

        /// <summary>Multiply a value by this to get it in the base unit (亿元 → 元: 100000000).</summary>
        public decimal ToBase { get; }

        /// <inheritdoc/>
        public override string ToString() => Symbol;
    }
}
