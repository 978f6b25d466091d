namespace ReportCorpus.Parsing.Lexicon;

/// <summary>Words around an indicator that are not part of it: 全年实现技工贸总收入268亿元 names 技工贸总收入.</summary>
internal static class PhraseWords
{
    /// <summary>Words an indicator phrase opens with: 全年, 实现, 其中 ….</summary>
    public static readonly WordTable Leading = new(
        "其中", "全年", "全区", "全市", "全省", "全国", "全县", "今年", "去年", "过去一年", "当年", "年内", "年末", "年底", "累计", "共计", "共",
        "实现", "完成", "达到", "获得", "获", "新增加", "预计", "力争", "确保", "争取", "另外", "此外", "并", "和", "及", "同时", "全面");

    /// <summary>Words that begin with a leading word's character but are not it: 及时 is not 及 + 时.</summary>
    public static readonly WordTable NotLeading = new("及时", "并购", "并网", "和谐", "共同", "共享", "同时期");

    /// <summary>
    /// Words an indicator phrase closes with, right before its figure: 达到, 为 …. The value is how many of the word's
    /// characters stay in the indicator: 企业总数达100家 names 企业总数.
    /// </summary>
    public static readonly WordTable<int> Trailing = new(
        ("总数达", 2), ("达到", 0), ("达", 0), ("为", 0), ("实现", 0), ("完成", 0), ("突破", 0), ("超过", 0), ("超", 0), ("近", 0), ("约", 0),
        ("控制在", 0), ("保持在", 0), ("增至", 0), ("增加到", 0), ("提高到", 0), ("提高至", 0), ("达成", 0), ("总计", 0), ("共计", 0), ("共", 0),
        ("累计", 0), ("分别", 0), ("同比", 0), ("比上年", 0), ("比去年", 0), ("年均", 0), ("了", 0), ("在", 0), ("是", 0), ("预计", 0), ("将", 0));

    /// <summary>A commitment anywhere before a figure makes it a qualifier: 力争实现生产总值100亿元.</summary>
    public static readonly WordTable Commitments = new("力争", "确保", "争取");
}
