using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Structure;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// The kind the words around one figure give it (<see cref="FactKind"/>). What a whole part knows, a headline list or a
/// section on several years, <see cref="PartReader"/> adds on top. Rules, each with its example:
/// <list type="bullet">
/// <item>achievements: 预计 → Estimate; the review year's own plan (计划建成投产118个, 超过年初确定的7%) → Plan; else Result;</item>
/// <item>targets: a budget line (拟安排财政赤字10500亿元, 安排扶贫资金1000亿元) → Budget; an earlier year or 去年 that is
/// no comparison base (去年完成投资50亿元, not 比去年增长8%) → Past; a later year (到2025年) → MultiYear; a percentage
/// of something (占本年收入33.53%) → Share; a commitment word before it (力争, 要, 新增 …) → Commitment; else Uncertain.</item>
/// </list>
/// The baseline of 由320元提高到380元 and a threshold inside a name are <see cref="SentenceReader"/>'s to see.
/// </summary>
internal sealed class FactKinds
{
    // A year is a comparison base when one of these words stands this close before it: 比2010年, 与2020年相比.
    private const int ComparisonReach = 2;

    // The allocation's funds may close the clause after the figure: 中央财政今年再安排1300亿元灾后重建资金.
    private const int FundsReach = 10;

    private readonly string _text;
    private readonly int? _planYear;

    public FactKinds(string text, int? planYear)
    {
        _text = text;
        _planYear = planYear;
    }

    /// <summary>
    /// The kind of the figure text[figureStart..figureEnd) with role <paramref name="role"/>, whose sentence starts at
    /// <paramref name="sentenceStart"/> and whose clause (the words before it) at <paramref name="clauseStart"/>.
    /// </summary>
    public FactKind Of(FactRole role, int sentenceStart, int clauseStart, int figureStart, int figureEnd, Dimension dimension, bool isEstimate)
    {
        if (role == FactRole.Achievement)
        {
            // 一九五四年…比一九五二年…钢增长百分之六十五 (China1954): a change over more than the reviewed year.
            return isEstimate ? FactKind.Estimate
                : NamesPlan(clauseStart, figureStart) || KindWords.Future.OccursIn(_text, clauseStart, figureStart) ? FactKind.Plan
                : _planYear is int plan && ComparedWithBefore(clauseStart, figureStart, plan - 2) ? FactKind.MultiYear
                : FactKind.Result;
        }

        // The budget words of the whole sentence: 今年赤字率拟按2.6%安排，比去年预算低0.4个百分点 (China2018).
        if (IsBudget(clauseStart, figureStart, figureEnd) || KindWords.BudgetSentence.OccursIn(_text, sentenceStart, clauseStart))
        {
            return FactKind.Budget;
        }

        if (KindWords.LifetimeTotals.OccursIn(_text, clauseStart, figureStart))
        {
            return FactKind.MultiYear;
        }

        // 据统计，…一九五八年工业总产值比一九五七年增长百分之八十八，粮食产量也增长了百分之八十三 (China1959's plan part): an
        // earlier year named before the clause, and neither 今年 nor the plan year, dates the sentence's figures.
        if (clauseStart > sentenceStart && YearsIn(sentenceStart, clauseStart) == YearSense.Earlier && !NamesThePlanYear(sentenceStart, figureStart))
        {
            return FactKind.Past;
        }

        switch (YearsIn(clauseStart, figureStart))
        {
            case YearSense.Earlier:
                return FactKind.Past;
            case YearSense.Later:
                return FactKind.MultiYear;
        }

        if (dimension == Dimension.Percent && (IsShare(clauseStart, figureStart) || IsCompletion(clauseStart, figureStart) || IsPartOf(clauseStart, figureStart)))
        {
            return FactKind.Share;
        }

        return CommitsBefore(sentenceStart, figureStart) ? FactKind.Commitment : FactKind.Uncertain;
    }

    // The sentence whose commitment words were last looked for, the first one found (-1: none yet) and how far it was read:
    // each figure asks about the words before it, and a sentence of many figures is read once, not once per figure.
    private int _commitmentSentence = -1;
    private int _firstCommitment = -1;
    private int _commitmentReadTo;

    private bool CommitsBefore(int sentenceStart, int wordsEnd)
    {
        if (sentenceStart != _commitmentSentence)
        {
            _commitmentSentence = sentenceStart;
            _firstCommitment = -1;
            _commitmentReadTo = sentenceStart;
        }

        if (_firstCommitment < 0 && wordsEnd > _commitmentReadTo)
        {
            // Back over a word's length, for a word the last read cut in two.
            int from = System.Math.Max(sentenceStart, _commitmentReadTo - MaxCommitmentWord);
            int commitment = KindWords.Commitment.IndexIn(_text, from, wordsEnd), growth = GrowthWords.Verbs.IndexIn(_text, from, wordsEnd);
            _firstCommitment = commitment < 0 ? growth : growth < 0 ? commitment : System.Math.Min(commitment, growth);
            _commitmentReadTo = wordsEnd;
        }

        return _firstCommitment >= 0 && _firstCommitment < wordsEnd;
    }

    // The longest commitment or growth word, in characters.
    private const int MaxCommitmentWord = 4;

    private bool IsBudget(int clauseStart, int figureStart, int figureEnd)
    {
        if (KindWords.Budget.OccursIn(_text, clauseStart, figureStart))
        {
            return true;
        }

        if (KindWords.Allocates.OccursIn(_text, clauseStart, figureStart) && (KindWords.Funds.OccursIn(_text, clauseStart, figureStart) || FundsAfter(figureEnd)))
        {
            return true;
        }

        return KindWords.FiscalSubjects.OccursIn(_text, clauseStart, figureStart)
            && (KindWords.Allocates.OccursIn(_text, clauseStart, figureStart) || KindWords.Funds.OccursIn(_text, clauseStart, figureStart)
                || KindWords.FiscalVerbs.OccursIn(_text, clauseStart, figureStart) || FundsAfter(figureEnd));
    }

    // 中央财政今年再安排1300亿元灾后重建资金: the funds close the clause after the figure.
    private bool FundsAfter(int figureEnd)
    {
        int end = figureEnd;
        while (end < _text.Length && end - figureEnd < FundsReach && !CharClass.IsClauseEnd(_text[end]))
        {
            end++;
        }

        return KindWords.Funds.OccursIn(_text, figureEnd, end);
    }

    // 全省财政收入的50%: 的 right before the figure (KindWords.ShareOf).
    private bool IsPartOf(int clauseStart, int figureStart) =>
        KindWords.ShareOf.MatchEndingAt(_text, Blanks.SkipBack(_text, figureStart, clauseStart), clauseStart) >= 0;

    private bool IsCompletion(int clauseStart, int figureStart) =>
        KindWords.CompletionOf.MatchEndingAt(_text, Blanks.SkipBack(_text, figureStart, clauseStart), clauseStart) >= 0;

    private bool IsShare(int clauseStart, int figureStart)
    {
        for (int at = KindWords.Share.IndexIn(_text, clauseStart, figureStart); at >= 0; at = KindWords.Share.IndexIn(_text, at + 1, figureStart))
        {
            if (KindWords.NotShare.MatchAt(_text, at, figureStart) < 0)
            {
                return true;
            }
        }

        return false;
    }

    // 完成年度计划的105% is a completion rate, not the plan: the clause ends with 的.
    private bool NamesPlan(int clauseStart, int figureStart)
    {
        int end = Blanks.SkipBack(_text, figureStart, clauseStart);
        if (end > clauseStart && _text[end - 1] == '的')
        {
            return false;
        }

        for (int at = KindWords.Plan.IndexIn(_text, clauseStart, figureStart); at >= 0; at = KindWords.Plan.IndexIn(_text, at + 1, figureStart))
        {
            // 引进“千人计划”专家12名, 《…计划》: a plan word closing a quoted name is part of the name.
            int after = at + KindWords.Plan[KindWords.Plan.MatchAt(_text, at, figureStart)].Length;
            if (KindWords.NotPlan.MatchAt(_text, at, figureStart) < 0 && !(after < _text.Length && _text[after] is '”' or '》' or '」'))
            {
                return true;
            }
        }

        return false;
    }

    private enum YearSense
    {
        None,
        Earlier,
        Later,
    }

    // The time the clause puts its figure in: an earlier year or 去年 (Earlier), a later year than the plan's (Later), or
    // none; a year or 去年 right after a comparison word (比2010年, 较去年) is the base of a comparison, not the figure's time.
    private YearSense YearsIn(int clauseStart, int figureStart)
    {
        for (int at = KindWords.Past.IndexIn(_text, clauseStart, figureStart); at >= 0; at = KindWords.Past.IndexIn(_text, at + 1, figureStart))
        {
            if (!IsComparisonBase(clauseStart, at) && !Covered(KindWords.NotPast, at))
            {
                return YearSense.Earlier;
            }
        }

        if (_planYear is not int plan)
        {
            return YearSense.None;
        }

        for (int at = Years.Next(_text, clauseStart, figureStart, out int year, out int end); at >= 0; at = Years.Next(_text, end, figureStart, out year, out end))
        {
            bool comparison = IsComparisonBase(clauseStart, at);

            // 比2010年翻一番 in a 2016 plan: a change over several years, not the plan year's.
            if (comparison && year < plan - 1)
            {
                return YearSense.Later;
            }

            if (year != plan && !comparison)
            {
                return year < plan ? YearSense.Earlier : YearSense.Later;
            }
        }

        return YearSense.None;
    }

    // True when a word of the table covers text[at], starting at most two characters before it (基础上年 covers 上年).
    private bool Covered(WordTable words, int at)
    {
        for (int from = System.Math.Max(0, at - 2); from <= at; from++)
        {
            int w = words.MatchAt(_text, from, _text.Length);
            if (w >= 0 && from + words[w].Length > at)
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesThePlanYear(int from, int to) => YearMentions.PlanYear(_text, from, to, _planYear);

    // True when the clause compares with a year before `before` (比2002年增加2898亿元 in a report on 2007).
    private bool ComparedWithBefore(int clauseStart, int figureStart, int before)
    {
        for (int at = Years.Next(_text, clauseStart, figureStart, out int year, out int end); at >= 0; at = Years.Next(_text, end, figureStart, out year, out end))
        {
            if (year < before && IsComparisonBase(clauseStart, at))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsComparisonBase(int clauseStart, int at)
    {
        int from = System.Math.Max(clauseStart, at - ComparisonReach);
        return KindWords.ComparedWith.OccursIn(_text, from, at);
    }
}
