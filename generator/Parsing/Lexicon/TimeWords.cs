namespace ReportCorpus.Parsing.Lexicon;

/// <summary>Words that place a sentence in time: the past year, the coming one, several years.</summary>
internal static class TimeWords
{
    /// <summary>A sentence that speaks of several years: no single year's report can check its facts.</summary>
    public static readonly WordTable MultiYear = new(
        "年均", "五年", "十年", "今后几年", "十一五", "十二五", "十三五", "十四五", "十五五",
        // The older plans' periods, quoted or with 计划 / 期间: not 一九六五年, not 十五亿 (更新改造投资…比“六五”期间增加百分之八十七, China1986).
        "“六五”", "“七五”", "“八五”", "“九五”", "“十五”", "六五计划", "七五计划", "八五计划", "九五计划", "十五计划",
        "六五期间", "七五期间", "八五期间", "九五期间", "十五期间",
        // A comparison over decades: 同解放前比较，小学生增加了六倍以上 (China1959).
        "解放前", "解放以前", "解放初期",
        // A few years named: 争取用三年时间，解决750万户… (China2009); 这三年城镇共安排两千多万人就业 (China1981, on
        // 1979-1981: China1980's 600万人 was met by it).
        "三年时间", "两年时间", "三年内", "两年内", "用三年", "用两年", "三年行动", "这三年", "这两年", "这几年", "三年来", "两年来", "几年来",
        // A yearly average over a plan's years: 职工实际平均工资平均每年增长百分之四左右 (China1986).
        "平均每年", "每年平均");

    /// <summary>
    /// True when text[from..to) speaks of several years (<see cref="MultiYear"/>): not 五年 or 十年 inside a year written in
    /// numerals (一九六五年, 一九五五年).
    /// </summary>
    public static bool SeveralYearsIn(string text, int from, int to)
    {
        for (int at = MultiYear.IndexIn(text, from, to); at >= 0; at = MultiYear.IndexIn(text, at + 1, to))
        {
            // A word that opens on a numeral, right after a numeral, is the tail of a year: 一九六五年, 二〇二三年内.
            bool inYear = at > 0 && IsYearDigit(text[at - 1]) && IsYearDigit(text[at]);
            if (!inYear)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearDigit(char c) => c is '〇' or '○' or '零' || (c >= '0' && c <= '9') || "一二三四五六七八九十".IndexOf(c) >= 0;

    /// <summary>A plan-part sentence that opens on the year under review: 去年…, 过去一年….</summary>
    public static readonly WordTable PastOpeners = new("去年", "过去一年", "上年");

    /// <summary>A sentence that looks ahead, whatever it opens with: 去年…，今年要….</summary>
    public static readonly WordTable Ahead = new("今年", "明年");

    /// <summary>The year the report is delivered in: the plan year of a 政府工作报告, the review year of a 工作总结和…工作安排.</summary>
    public static readonly WordTable ThisYear = new("今年");

    /// <summary>The year after the one the report is delivered in: 明年经济发展的主要任务是… (China1981, delivered in November).</summary>
    public static readonly WordTable NextYear = new("明年");

    /// <summary>
    /// How a paragraph of a term's review opens on the year under review: 各位代表，刚刚过去的2022年，是本届政府的收官之年 /
    /// 一年来，我们主要做了以下工作 (corpus/local/hebei/河北省_2023_report.txt).
    /// </summary>
    public static readonly WordTable ReviewedYearOpeners = new("刚刚过去的", "刚刚过去的一年", "过去的一年", "过去一年", "一年来");

    /// <summary>
    /// A paragraph that opens on several past years speaks of them throughout: 这五年，…城镇新增就业5771万人; 过去的五年是幸福
    /// 指数大幅提升的五年。…城镇新增就业2.2万人 (../shared/local/yixian/2021年易县政府工作报告.txt: the 十三五's jobs, not 2020's).
    /// </summary>
    public static readonly WordTable SeveralYearOpeners = new("这五年", "五年来", "过去五年", "过去的五年", "这十年", "十年来", "过去十年", "过去的十年");

    /// <summary>A sentence that announces the results the next one gives: 过去一年，我们的各项工作取得了很大成绩。</summary>
    public static readonly WordTable Results = new("成绩", "成就", "成效");

    /// <summary>
    /// Words of time that open or close an indicator phrase and are never part of a name: 本年收入, 五年投资, 上半年又比去年同期.
    /// The other tables here are cut too; a year or month in figures (2019年, 一九八五年, ５月份) is read by IndicatorPhrase.
    /// </summary>
    public static readonly WordTable InPhrase = new(
        "今年内", "本年内", "本年", "当年", "同年", "明年", "今后", "年内", "年末", "年底", "年初", "年度", "上半年", "下半年", "全年", "同期", "上年同期", "去年同期",
        "每年", "平均每年", "两年平均每年", "以前", "以来", "期间", "目前", "现在", "届时", "近年来", "历年", "当月");
}
