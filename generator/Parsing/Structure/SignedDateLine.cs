using System;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>
/// A delivery date that signs the report on its own line right before the salutation, with no session line to carry it:
/// 2006年2月16日 季允石 \n 各位代表： (corpus/local/hebei/河北省_2006_report.txt, whose collector's 发文时间 is the page's
/// 2006-02-18). The line holds the date and at most the speaker's name: the collector's 报告人 when it has one, else a
/// name of at most four characters. Anything more (a title, a sentence) is not such a line.
/// </summary>
internal static class SignedDateLine
{
    // The salutation opens the speech within the opening; further on, 各位代表 is an address inside the text.
    private const int Window = 4000;
    private const int MaxName = 4;

    /// <summary>The date as yyyy-MM-dd, or null.</summary>
    public static string? Find(string text, int from, string? speaker)
    {
        int limit = Math.Min(text.Length, from + Window);
        int salutation = text.IndexOf(TitleWords.Salutation, from, limit - from, StringComparison.Ordinal);
        if (salutation < 0)
        {
            return null;
        }

        int lineEnd = Blanks.SkipBack(text, salutation, from, AlsoSkip.LineBreaks);
        if (lineEnd == salutation && salutation > from && !CharClass.IsLineBreak(text[salutation - 1]))
        {
            return null;
        }

        int lineStart = lineEnd;
        while (lineStart > from && !CharClass.IsLineBreak(text[lineStart - 1]))
        {
            lineStart--;
        }

        int dateStart = Blanks.SkipForward(text, lineStart, lineEnd);
        if (!Dates.TryReadAt(text, dateStart, lineEnd, out string date, out int dateEnd))
        {
            return null;
        }

        int nameStart = Blanks.SkipForward(text, dateEnd, lineEnd);
        int nameLength = lineEnd - nameStart;
        if (nameLength == 0 || (speaker is not null && nameLength == speaker.Length && string.CompareOrdinal(text, nameStart, speaker, 0, nameLength) == 0))
        {
            return date;
        }

        if (nameLength > MaxName)
        {
            return null;
        }

        for (int p = nameStart; p < lineEnd; p++)
        {
            if (!CharClass.IsCjk(text[p]))
            {
                return null;
            }
        }

        return date;
    }
}
