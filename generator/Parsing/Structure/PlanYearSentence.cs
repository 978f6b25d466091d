using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>
/// Decides whether a sentence outside the plan part sets the coming year's plan. Old national reports have no plan
/// heading: their plan figures sit among the review's paragraphs (今年国民生产总值计划增长百分之八，是留有余地的。 in
/// China1993; １９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％ in China1981). A sentence sets the
/// plan when, before its first figure, it names the coming year (今年 in a report delivered in its plan year, 明年, or
/// a year from the plan year on) and a plan word (<see cref="SectionWords.PlanWords"/>), and it does not open on the
/// year under review. 今年上半年，工业总产值比去年同期增长13.6％ names no plan; 基本建设投资总额，今年２月修订计划时减少为
/// 三百亿元 gives its figure (２月) before the plan word; 全年工业总产值计划比上年增长6％，预计可以超过 names no coming year.
/// </summary>
internal sealed class PlanYearSentence
{
    private readonly string _text;
    private readonly int? _reviewYear;
    private readonly int? _planYear;
    private readonly bool _deliveredInPlanYear;

    /// <param name="deliveredInPlanYear">
    /// True when the report is delivered in its plan year (a 政府工作报告: 今年 is the plan year); false when it is written
    /// in the year under review (宁波国家高新区2007年工作总结和2008年工作安排: 今年 is 2007).
    /// </param>
    public PlanYearSentence(string text, int? reviewYear, int? planYear, bool deliveredInPlanYear)
    {
        _text = text;
        _reviewYear = reviewYear;
        _planYear = planYear;
        _deliveredInPlanYear = deliveredInPlanYear;
    }

    // The sentence before set the plan and its paragraph goes on: １９８２年的计划，要求工农业总产值的增长速度…提高到４％…。
    // 国民收入也安排为比今年增长４％左右。 (China1981) goes on with the same plan.
    private bool _inPlanParagraph;

    // The sentence just read reached a figure.
    private bool _sawFigure;

    /// <summary>True when text[start..end), the next sentence, sets the coming year's plan.</summary>
    public bool SetsPlan(int start, int end)
    {
        if (start == 0 || CharClass.IsLineBreak(_text[start - 1]))
        {
            _inPlanParagraph = false;
        }

        bool sets = Reads(start, end, _inPlanParagraph);
        // Only a sentence that gave its plan figures carries (基本建设要退够，是今年调整工作的一个重要内容。 gives none).
        _inPlanParagraph = sets && (_sawFigure || _inPlanParagraph) && !CharClass.IsLineBreak(_text[end - 1]);
        return sets;
    }

    // True when the sentence sets the plan; carried: its paragraph already did, so it needs neither year nor plan word,
    // only not to look back.
    private bool Reads(int start, int end, bool carried)
    {
        // Only a report delivered in its plan year mixes its plan into the review: one written in the year it reviews
        // (大连高新区2019年度工作情况及2020年重点工作安排) has its plan part, and 争取…扶持资金3.28亿元 there is a result.
        if (_planYear is null || !_deliveredInPlanYear)
        {
            return false;
        }

        int p = Blanks.SkipForward(_text, start, end, AlsoSkip.LineBreaks | AlsoSkip.Dashes | AlsoSkip.Hyphens);
        if (TimeWords.PastOpeners.MatchAt(_text, p, end) >= 0)
        {
            return false;
        }

        bool forward = false, plan = false;
        _sawFigure = false;
        for (int i = p; i < end;)
        {
            // Straight to the next character any test below can accept: most of a sentence is none of them.
            i = s_stops.IndexIn(_text, i, end);
            if (i == end)
            {
                break;
            }

            char c = _text[i];
            if (CharClass.IsDigit(c))
            {
                // A year is no figure: １９８２年的计划 names the year, the figures follow.
                if (Years.Next(_text, i, System.Math.Min(end, i + 5), out int year, out int yearEnd) != i)
                {
                    _sawFigure = true;
                    break;
                }

                // 到１９８４年已有四十三种…: an earlier year looks back; 争取１９９７年粮食产量达到４．７５亿吨 looks past the
                // coming year (a report delivered late in its year, as China1981 in November, plans the year after).
                if (year < _planYear || year > _planYear + 1)
                {
                    return false;
                }

                forward = true;
                i = yearEnd;
                continue;
            }

            // 百分之八, 五百八十六亿元, 前十一个月: a figure in Chinese numerals (a numeral before a numeral or a counter).
            if (IsChineseFigure(i, end))
            {
                _sawFigure = true;
                break;
            }

            // 五年计划原定的1957年投资, １９８１年国民经济计划预计可以胜利完成: a plan looked back on.
            if (SectionWords.PlanLookedBack.MatchAt(_text, i, end) >= 0)
            {
                return false;
            }

            int word = SectionWords.PlanWords.MatchAt(_text, i, end);
            if (word >= 0)
            {
                plan |= SectionWords.PlanWords.ValueAt(word);
                i += SectionWords.PlanWords[word].Length;
                continue;
            }

            if ((_deliveredInPlanYear && TimeWords.ThisYear.MatchAt(_text, i, end) >= 0) || TimeWords.NextYear.MatchAt(_text, i, end) >= 0)
            {
                forward = true;
            }

            i++;
        }

        return carried || (forward && plan);
    }

    // Digits, Chinese numerals and the first characters of the words the loop in Reads looks for.
    private static readonly CharSet s_stops = new(
        static c => CharClass.IsDigit(c) || CharClass.IsChineseNumeral(c),
        System.Linq.Enumerable.Select(
            System.Linq.Enumerable.Concat(System.Linq.Enumerable.Concat(SectionWords.PlanLookedBack, SectionWords.PlanWords), System.Linq.Enumerable.Concat(TimeWords.ThisYear, TimeWords.NextYear)),
            static w => w[0]));

    private bool IsChineseFigure(int i, int end) =>
        CharClass.IsChineseNumeral(_text[i]) && i + 1 < end
        && (CharClass.IsChineseNumeral(_text[i + 1]) || Units.Counters.MatchAt(_text, i + 1, end) >= 0
            || (i + 2 < end && _text[i + 1] == '分' && _text[i + 2] == '之'));
}
