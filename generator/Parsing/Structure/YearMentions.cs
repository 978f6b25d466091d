using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>
/// Whether a stretch of text names the plan year (今年, 明年, 2011年 in the 2011 plan) or the reviewed year (去年, 上年,
/// 2012年 in a report on 2012): the one test the plan part's look-back, the fact kinds and the review of a whole term share.
/// </summary>
internal static class YearMentions
{
    /// <summary>今年, 明年 or <paramref name="planYear"/> in text[from..to): the words look ahead (去年…，今年要…).</summary>
    public static bool PlanYear(string text, int from, int to, int? planYear) =>
        TimeWords.Ahead.OccursIn(text, from, to) || Years.Names(text, from, to, planYear);

    /// <summary>去年, 过去一年, 上年 or <paramref name="reviewYear"/> in text[from..to): 2012年，…国内生产总值增长7.8%.</summary>
    public static bool ReviewYear(string text, int from, int to, int? reviewYear) =>
        TimeWords.PastOpeners.OccursIn(text, from, to) || Years.Names(text, from, to, reviewYear);
}
