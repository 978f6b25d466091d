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
}
