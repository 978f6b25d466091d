using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>
/// The characters that join list members, one set per thing they separate: each set differs on purpose (、 lists names
/// but never joins a counted noun's words; 或 joins thresholds only).
/// </summary>
internal static class Coordinators
{
    /// <summary>Between the indicator names before 分别: 二氧化硫和化学需氧量排放分别下降4.6%和4.4%.</summary>
    public static readonly char[] BetweenNames = { '和', '、', '及', '与' };

    /// <summary>Between the figures after 分别: 分别下降4.6%和4.4%, 分别为10、20和30家.</summary>
    public static readonly CharSet BetweenDistributedFigures = new(new[] { '和', '、', '及', '与', ',', '，' });

    /// <summary>Between two thresholds of one name: 引进投资10亿元人民币和1亿美元以上的产业项目.</summary>
    public static readonly CharSet BetweenThresholds = new(new[] { '和', '或', '及', '、' });

    /// <summary>Between an amount and its growth, with words like 同比: 实现生产总值95亿元，同比增长40%.</summary>
    public static readonly CharSet BetweenAmountAndGrowth = new(new[] { ',', '，', '、' });

    /// <summary>Inside a counted noun after its figure, a coordination of nouns: 大中型和重点小型水库.</summary>
    public static readonly CharSet BetweenCountedNouns = new(new[] { '和', '及', '与' });

    /// <summary>
    /// Words that join clauses or introduce a base, never opening or closing a name: 和, 对, 由一九七八年, 同１９５５年比较,
    /// 而1956年就增加. The names that start with one are in PhraseWords.NotLeading (对外直接投资, 在校学生, 就业).
    /// </summary>
    public static readonly WordTable AroundNames = new(
        "和", "及", "与", "或", "以及", "却", "并", "并且", "而", "而且", "也", "又", "再", "都", "则", "就", "还", "即", "但", "但是", "虽然", "同时",
        "另外", "此外", "其中", "包括", "对", "把", "除", "除了", "根据", "按", "按照", "从", "由", "到", "在", "至",
        "同", "较", "比", "比较", "相比", "为", "向", "给", "通过", "先", "这", "这些", "那", "之", "的", "了", "着");
}
