using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>Words of a report's title and front matter: what kind of report, for which years, by whom, when.</summary>
internal static class TitleWords
{
    /// <summary>A line that names one of these is a title: 宁波国家高新区2007年工作总结和2008年工作安排.</summary>
    public static readonly WordTable Title = new("政府工作报告", "工作总结", "工作报告", "工作情况", "工作安排", "工作回顾", "工作思路", "工作要点", "工作计划");

    /// <summary>After a year, the year reviewed: 2019年度工作情况.</summary>
    public static readonly WordTable Review = new("工作总结", "工作回顾", "工作情况", "工作完成情况", "总结", "回顾");

    /// <summary>After a year, the year planned: 2020年重点工作安排.</summary>
    public static readonly WordTable Plan = new("工作安排", "工作思路", "工作任务", "工作计划", "工作要点", "安排", "思路", "任务");

    /// <summary>The kind of zone a body names, in order of preference (not a longest-match table: the first found wins).</summary>
    public static readonly string[] ZoneSuffixesByPreference = { "高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "开发区", "新区", "工业园区" };

    /// <summary>Where a zone's city name ends: 宁波|国家高新区, 嵊州|经济开发区.</summary>
    public static readonly WordTable CityEnds = new("国家", "高新", "经济", "开发区", "新区", "工业园", "市", "县", "省", "区");

    /// <summary>The keys of a publication date, in order of preference.</summary>
    public static readonly WordTable DateKeys = new("成文日期", "发布日期", "公开日期");

    /// <summary>
    /// A collector's header fields (标题：政府工作报告——在河北省第十届人民代表大会第三次会议上 / 发文单位：河北省人民政府 /
    /// 发文时间：2005-01-18 / 报告人：… / 来源URL：… / 正文：), each followed by ：or :.
    /// </summary>
    public static readonly WordTable<HeaderField> CollectorLabels = new(
        ("标题", HeaderField.Title), ("发文单位", HeaderField.Issuer), ("发文机关", HeaderField.Issuer), ("发文时间", HeaderField.Date),
        ("发文日期", HeaderField.Date), ("报告人", HeaderField.Speaker), ("来源URL", HeaderField.Furniture), ("来源", HeaderField.Furniture),
        ("正文", HeaderField.Body), ("时间", HeaderField.Furniture), ("作者", HeaderField.Furniture), ("阅读", HeaderField.Furniture),
        ("评论", HeaderField.Furniture), ("内容摘要", HeaderField.Summary), ("摘要", HeaderField.Summary), ("发布时间", HeaderField.Furniture),
        ("浏览次数", HeaderField.Furniture), ("字号", HeaderField.Furniture));

    /// <summary>A session of a people's congress: 在保定市满城区第二届人民代表大会第四次会议上.</summary>
    public const string Congress = "人民代表大会";

    /// <summary>The national congress in a session line: 在第十三届全国人民代表大会第二次会议上.</summary>
    public const string Nationwide = "全国";

    /// <summary>A government's name ends before this: 我代表阜平县人民政府, 发文单位：河北省人民政府.</summary>
    public const string Government = "人民政府";

    /// <summary>How a report to a congress opens: 各位代表：现在，我代表…</summary>
    public const string Salutation = "各位代表";

    /// <summary>The words before a government's name in the opening: 我代表区人民政府向大会作工作报告.</summary>
    public const string OnBehalfOf = "代表";

    /// <summary>
    /// The suffix of a government's name and the level it gives when the gazetteer does not know the name (满城县, a
    /// county until 2015). 市 says nothing by itself: 保定市 is a prefecture, 安国市 a county-level city.
    /// </summary>
    public static readonly WordTable<GovernmentLevel> LevelSuffixes = new(
        ("自治区", GovernmentLevel.Province), ("省", GovernmentLevel.Province), ("自治州", GovernmentLevel.Prefecture),
        ("地区", GovernmentLevel.Prefecture), ("盟", GovernmentLevel.Prefecture), ("自治县", GovernmentLevel.County),
        ("自治旗", GovernmentLevel.County), ("县", GovernmentLevel.County), ("旗", GovernmentLevel.County), ("区", GovernmentLevel.District),
        ("市", GovernmentLevel.Unknown));

    /// <summary>The country before a government's name: 我代表中华人民共和国国务院.</summary>
    public static readonly WordTable CountryNames = new("中华人民共和国", "中国");

    /// <summary>
    /// Characters no place name known only by its suffix holds: 一九五四年已经被第一届全国人民代表大会 or 请求…人民代表大会 is a
    /// mention, not the session line's place. Names the gazetteer knows are not checked (和平区, 于都县).
    /// </summary>
    public static readonly CharSet NotInPlaceNames = new("的被向请求已经对于与及了是为将年月日，。、：".ToCharArray());

    /// <summary>What makes a name a development zone's: 宁波国家高新区, 嵊州经济开发区, 保定白沟新城管委会.</summary>
    public static readonly WordTable ZoneWords = new("高新区", "开发区", "工业园区", "产业园区", "科技园区", "新区", "管委会", "管理委员会", "示范区", "试验区");

    /// <summary>The title of a government's head after its name (河北省人民政府省长 钮茂生): the level it gives.</summary>
    public static readonly WordTable<GovernmentLevel> HeadTitles = new(
        ("省长", GovernmentLevel.Province), ("主席", GovernmentLevel.Province), ("州长", GovernmentLevel.Prefecture),
        ("县长", GovernmentLevel.County), ("旗长", GovernmentLevel.County), ("区长", GovernmentLevel.District), ("市长", GovernmentLevel.Unknown));
}

/// <summary>What a collector's or an aggregator's header line holds.</summary>
internal enum HeaderField
{
    /// <summary>The collector's title (标题：).</summary>
    Title,
    /// <summary>The issuing government (发文单位：河北省人民政府).</summary>
    Issuer,
    /// <summary>The date the collector gives (发文时间：2000-01-20, or 未知).</summary>
    Date,
    /// <summary>Who delivered the report (报告人：河北省人民政府省长 钮茂生).</summary>
    Speaker,
    /// <summary>The body follows (正文：).</summary>
    Body,
    /// <summary>An aggregator's summary of the opening (内容摘要：…), which the body repeats.</summary>
    Summary,
    /// <summary>Page furniture with nothing about the report (时间：2023-03-30 is the day it was crawled; 作者：中国县域).</summary>
    Furniture,
}
