using System.Collections.Generic;
using System.Globalization;

namespace ReportCorpus.Model;

/// <summary>How a fact's figure reads in doc comments and diagnostics: 17.5亿元 +46% 以上.</summary>
internal static class FactFormat
{
    public static string Figure(FactSpec fact)
    {
        var parts = new List<string>(3);
        if (fact.Amount is { } amount)
        {
            parts.Add(amount.Value.ToString(CultureInfo.InvariantCulture)
                + (amount.Max is decimal max ? "-" + max.ToString(CultureInfo.InvariantCulture) : "")
                + amount.Unit);
        }

        if (fact.Growth is decimal g)
        {
            parts.Add((g >= 0 ? "+" : "") + g.ToString(CultureInfo.InvariantCulture) + "%");
        }

        if (fact.Relative is { } r)
        {
            parts.Add((r.Difference >= 0 ? "+" : "") + r.Difference.ToString(CultureInfo.InvariantCulture) + r.Unit
                + (r.Against.Length == 0 ? "" : " vs " + r.Against));
        }

        if (fact.Qualifiers.Length > 0)
        {
            parts.Add(fact.Qualifiers);
        }

        return string.Join(" ", parts);
    }
}
