using ReportCorpus.Model;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>The units reports write after a number: one table, longest match first.</summary>
internal static class Units
{
    /// <summary>Counters after a lone Chinese numeral that make it a figure: 六个, 三种, 五项 (五年计划 is none).</summary>
    public static readonly WordTable Counters = new("个", "种", "项");

    internal readonly record struct UnitInfo(string Symbol, Dimension Dimension, decimal Factor);

    // Factor converts to the base unit of the dimension: 元, 美元, 平方米, 米, 立方米, 公斤, 瓦, 瓦时, 1.
    // The table matches the longest symbol, so 个百分点 wins over 个 and 千瓦时 over 千瓦.
    private static readonly WordTable<UnitInfo> s_baseUnits = WithTraditional(new UnitInfo[]
    {
        new("微克/立方米", Dimension.Concentration, 1m),
        new("个百分点", Dimension.PercentagePoints, 1m),
        new("百分点", Dimension.PercentagePoints, 1m),
        new("平方公里", Dimension.Area, 1_000_000m),
        new("平方千米", Dimension.Area, 1_000_000m),
        new("平方米", Dimension.Area, 1m),
        new("立方米", Dimension.Volume, 1m),
        new("千瓦时", Dimension.Energy, 1000m),
        new("标准箱", Dimension.Count, 1m),
        new("千瓦", Dimension.Power, 1000m),
        new("兆瓦", Dimension.Power, 1_000_000m),
        new("美元", Dimension.ForeignMoney, 1m),
        new("公顷", Dimension.Area, 10_000m),
        new("公里", Dimension.Length, 1000m),
        new("千米", Dimension.Length, 1000m),
        new("公斤", Dimension.Mass, 1m),
        new("千克", Dimension.Mass, 1m),
        new("人次", Dimension.Count, 1m),
        new("元", Dimension.Money, 1m),
        new("亩", Dimension.Area, 10_000m / 15m),
        new("米", Dimension.Length, 1m),
        new("吨", Dimension.Mass, 1000m),
        new("斤", Dimension.Mass, 0.5m),
        new("瓦", Dimension.Power, 1m),
        new("倍", Dimension.Multiple, 1m),
        new("%", Dimension.Percent, 1m),
        new("％", Dimension.Percent, 1m),
        new("‰", Dimension.Percent, 0.1m),
        new("家", Dimension.Count, 1m),
        new("个", Dimension.Count, 1m),
        new("项", Dimension.Count, 1m),
        new("件", Dimension.Count, 1m),
        new("名", Dimension.Count, 1m),
        new("人", Dimension.Count, 1m),
        new("户", Dimension.Count, 1m),
        new("只", Dimension.Count, 1m),
        new("宗", Dimension.Count, 1m),
        new("所", Dimension.Count, 1m),
        new("座", Dimension.Count, 1m),
        new("套", Dimension.Count, 1m),
        new("台", Dimension.Count, 1m),
        new("辆", Dimension.Count, 1m),
        new("条", Dimension.Count, 1m),
        new("幢", Dimension.Count, 1m),
        new("栋", Dimension.Count, 1m),
        new("张", Dimension.Count, 1m),
        new("篇", Dimension.Count, 1m),
        new("处", Dimension.Count, 1m),
        new("艘", Dimension.Count, 1m),
        new("架", Dimension.Count, 1m),
        new("种", Dimension.Count, 1m),
        new("批", Dimension.Count, 1m),
    });

    private static readonly WordTable<decimal> s_multipliers = WithTraditional(new (string, decimal)[]
    {
        ("万亿", 1_000_000_000_000m),
        ("千万", 10_000_000m),
        ("百万", 1_000_000m),
        ("亿", 100_000_000m),
        ("万", 10_000m),
        ("千", 1000m),
    });

    private static WordTable<UnitInfo> WithTraditional(UnitInfo[] units) =>
        WithTraditional(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(units, u => (u.Symbol, u))));

    // Each one-character word also under its traditional form (噸 is 吨, 萬 is 万: TraditionalForms); the value, and so
    // the unit a figure is exported with, stays the simplified one.
    private static WordTable<T> WithTraditional<T>((string Word, T Value)[] entries)
    {
        var all = new System.Collections.Generic.List<(string, T)>(entries);
        foreach (string traditional in TraditionalForms.Characters)
        {
            int match = TraditionalForms.Characters.MatchAt(traditional, 0, traditional.Length);
            string simplified = TraditionalForms.Characters.ValueAt(match);
            foreach ((string word, T value) in entries)
            {
                if (word == simplified)
                {
                    all.Add((traditional, value));
                }
            }
        }

        return new WordTable<T>(all.ToArray());
    }

    /// <summary>Matches a base unit at <paramref name="pos"/>; returns its length or 0.</summary>
    public static int MatchBase(string text, int pos, int limit, out UnitInfo unit)
    {
        int match = s_baseUnits.MatchAt(text, pos, limit);
        unit = match < 0 ? default : s_baseUnits.ValueAt(match);
        return match < 0 ? 0 : s_baseUnits[match].Length;
    }

    /// <summary>Matches a multiplier (万, 亿, 万亿 …) at <paramref name="pos"/>; returns its length or 0.</summary>
    public static int MatchMultiplier(string text, int pos, int limit, out decimal factor)
    {
        int match = s_multipliers.MatchAt(text, pos, limit);
        factor = match < 0 ? 1m : s_multipliers.ValueAt(match);
        return match < 0 ? 0 : s_multipliers[match].Length;
    }
}
