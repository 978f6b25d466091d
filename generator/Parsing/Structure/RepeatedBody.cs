using System;
using ReportCorpus.Parsing.Lexicon;

namespace ReportCorpus.Parsing.Structure;

/// <summary>
/// A page that holds the report twice: corpus/local/hebei/河北省_2004_report.txt is the site's text, then its furniture
/// (当前位置：首页>>领导之窗>>政府工作报告) and the whole report again. Read to the end, the second copy's review would
/// fall in the first copy's plan part and its results would pass for targets (the 2003 revenue of 634.2亿元 as a 2004
/// target). The report ends where its opening (各位代表：现在，我代表…) comes again.
/// </summary>
internal static class RepeatedBody
{
    // Enough of the opening to be the report's own: 各位代表：\n现在，我代表河北省人民政府向大会作工作.
    private const int SignatureLength = 24;

    // The opening stands near the body's start; a second copy starts well after it.
    private const int OpeningWindow = 3000;
    private const int ShortestCopy = 2000;

    /// <summary>Where the first copy of the report ends: the start of its opening's second occurrence, or text.Length.</summary>
    public static int FirstCopyEnd(string text, int bodyStart)
    {
        int limit = Math.Min(text.Length, bodyStart + OpeningWindow);
        int opening = text.IndexOf(TitleWords.Salutation, bodyStart, limit - bodyStart, StringComparison.Ordinal);
        if (opening < 0 || opening + SignatureLength + ShortestCopy > text.Length)
        {
            return text.Length;
        }

        string signature = text.Substring(opening, SignatureLength);
        int again = text.IndexOf(signature, opening + ShortestCopy, StringComparison.Ordinal);
        return again < 0 ? text.Length : again;
    }
}
