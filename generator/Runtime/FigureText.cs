namespace ReportCorpus
{
    /// <summary>How a figure reads: 17.5亿元 +46% 以上, or +1个百分点 vs 全市 for a figure relative to another.</summary>
    internal static class FigureText
    {
        /// <summary>An amount as written: 16.5亿元, or a range 6-7%.</summary>
        public static string Amount(decimal value, decimal? max, string unit) => max is decimal m
            ? value.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "-" + m.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + unit
            : value.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + unit;

        /// <summary>A growth in signed percent: +40%, -4.6%.</summary>
        public static string Growth(decimal growth) => Signed(growth) + "%";

        /// <summary>A signed difference and its base: +1个百分点 vs 全市, without the base when the report does not say.</summary>
        public static string Relative(decimal difference, string unit, string against) =>
            Signed(difference) + unit + (against.Length == 0 ? "" : " vs " + against);

        /// <summary>A fact's figure: the parts it has of amount, growth, relative figure and qualifiers, separated by spaces.</summary>
        public static string Fact(string? amount, decimal? growth, string? relative, string? qualifiers)
        {
            var text = new global::System.Text.StringBuilder();
            Append(text, amount);
            Append(text, growth is decimal g ? Growth(g) : null);
            Append(text, relative);
            Append(text, qualifiers);
            return text.ToString();
        }

        private static string Signed(decimal value) => (value >= 0 ? "+" : "") + value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

        private static void Append(global::System.Text.StringBuilder text, string? part)
        {
            if (string.IsNullOrEmpty(part))
            {
                return;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(part);
        }
    }
}
