namespace ReportCorpus
{
    /// <summary>
    /// The level of the government that wrote a report. A county-level city (安国市, 嵊州市) is a <see cref="County"/>;
    /// a district of a prefecture city (保定市满城区) is a <see cref="District"/>. See docs/extraction.md#identity.
    /// </summary>
    internal enum GovernmentLevel
    {
        /// <summary>The text does not say, and the gazetteer does not know the name.</summary>
        Unknown,
        /// <summary>The State Council (国务院).</summary>
        National,
        /// <summary>A province, autonomous region or municipality (河北省, 广西壮族自治区, 北京市).</summary>
        Province,
        /// <summary>A prefecture-level city, prefecture or league (保定市, 大兴安岭地区).</summary>
        Prefecture,
        /// <summary>A county, county-level city or banner (涞水县, 安国市, 嵊州市).</summary>
        County,
        /// <summary>A district of a city (满城区, 海淀区).</summary>
        District,
        /// <summary>A development zone or high-tech zone run by an administrative committee (宁波国家高新区, 嵊州经济开发区).</summary>
        Zone,
    }
}
