namespace ReportCorpus
{
    /// <summary>What a quantity measures.</summary>
    internal enum Dimension
    {
        /// <summary>Things counted: 家, 个, 项, 名, 人 …</summary>
        Count,
        /// <summary>Money in yuan (base unit 元).</summary>
        Money,
        /// <summary>Money in US dollars (base unit 美元).</summary>
        ForeignMoney,
        /// <summary>Area (base unit 平方米; 1 亩 = 10000/15 平方米).</summary>
        Area,
        /// <summary>Length (base unit 米).</summary>
        Length,
        /// <summary>Volume (base unit 立方米).</summary>
        Volume,
        /// <summary>Mass (base unit 公斤).</summary>
        Mass,
        /// <summary>Power (base unit 瓦).</summary>
        Power,
        /// <summary>Energy (base unit 瓦时).</summary>
        Energy,
        /// <summary>A percentage (%).</summary>
        Percent,
        /// <summary>Percentage points (个百分点), never a percentage.</summary>
        PercentagePoints,
        /// <summary>A concentration (微克/立方米).</summary>
        Concentration,
        /// <summary>A multiple (倍).</summary>
        Multiple,
        /// <summary>Anything else.</summary>
        Other,
    }
}
