using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>
/// Decides, sentence by sentence, whether a sentence of the plan part looks back on the year under review: its figures
/// are that year's results, not targets. A plan part often opens by recalling them (过去一年，我们的各项工作取得了很大成绩。
/// 国内生产总值增长10.3%…), and the next report must not be judged on them. Reads the sentences in order: what it
/// learnt from one (a paragraph on past years, an announcement of results) carries to the next.
/// </summary>
internal sealed class PlanLookBack
{
    private readonly string _text;
    private readonly int _partStart;
    private readonly int? _reviewYear;
    private readonly int? _planYear;

    // 五年来, 过去五年 …: a paragraph that opens on the past years recalls them throughout.
    private bool _inPastParagraph;

    // The sentence before announced results without giving a figure: this one gives them.
    private bool _resultsAnnounced;

    // The sentence being read opens on the past (set by LooksBack, read by Read).
    private bool _opensOnThePast;

    public PlanLookBack(string text, int partStart, int? reviewYear, int? planYear)
    {
        _text = text;
        _partStart = partStart;
        _reviewYear = reviewYear;
        _planYear = planYear;
    }

    /// <summary>True when text[start..end), the next sentence, looks back on the year under review.</summary>
    public bool LooksBack(int start, int end)
    {
        if (start == _partStart || CharClass.IsLineBreak(_text[start - 1]))
        {
            int opening = Blanks.SkipForward(_text, start, end, AlsoSkip.LineBreaks);
            _inPastParagraph = SectionFinder.OpensOnSeveralYears(_text, opening);
        }

        bool forward = MentionsThePlanYear(start, end);
        _opensOnThePast = !forward && OpensOnThePast(start, end);
        return _opensOnThePast || ((_resultsAnnounced || _inPastParagraph) && !forward);
    }

    /// <summary>
    /// After the sentence text[start..end) is read: one that looks back on results without giving a figure
    /// (过去一年，我们的各项工作取得了很大成绩。) announces them, and the next sentence of its paragraph gives them.
    /// Any other sentence lends nothing.
    /// </summary>
    public void Read(int start, int end, bool gaveFacts) =>
        _resultsAnnounced = _opensOnThePast && !gaveFacts && !CharClass.IsLineBreak(_text[end - 1]) && TimeWords.Results.OccursIn(_text, start, end);

    // 去年…, 过去一年…, 上年…, 2010年… (the year under review) at the start of a sentence, after any blanks, dashes or
    // ordinal like (一).
    private bool OpensOnThePast(int start, int end)
    {
        int p = Blanks.SkipForward(_text, start, end, AlsoSkip.LineBreaks | AlsoSkip.Dashes | AlsoSkip.Hyphens);
        if (p < end && CharClass.IsOpenParen(_text[p]))
        {
            int q = p + 1;
            while (q < end && CharClass.IsChineseOrdinal(_text[q]))
            {
                q++;
            }

            if (q > p + 1 && q < end && CharClass.IsCloseParen(_text[q]))
            {
                p = q + 1;
            }
        }

        return TimeWords.PastOpeners.MatchAt(_text, p, end) >= 0
            || (_reviewYear is int review && Years.Next(_text, p, end, out int year, out _) == p && year == review);
    }

    // 今年, 明年 or the plan year anywhere in the sentence: it looks ahead, whatever it opens with (去年…，今年要…).
    private bool MentionsThePlanYear(int start, int end) => YearMentions.PlanYear(_text, start, end, _planYear);
}
