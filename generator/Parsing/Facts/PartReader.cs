using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Structure;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// Turns the sentences of one part of a report into facts, one <see cref="SentenceReader"/> pass per sentence, and adds
/// to each fact's kind what the part knows: facts inside a multi-year section, or in a sentence that speaks of several
/// years (年均, 五年, “十四五”), are multi-year (no single year's report can check them), and the plan's commitments
/// inside its headline list (<see cref="HeadlineLists"/>) are its headline targets.
/// </summary>
internal sealed class PartReader
{
    private readonly string _text;
    private readonly Spans _multiYearSections;
    private readonly CancellationToken _cancellationToken;
    private readonly SentenceReader _sentence;

    // The plan part's headline lists, once ReadPlan has found them.
    private List<HeadlineList> _headlines = new();
    private Spans _headlineSpans = new(Array.Empty<(int, int)>());

    // The review sections of a report on a whole term (一、过去五年工作回顾), and the year it reviews.
    private Spans _termReviews = new(Array.Empty<(int, int)>());
    private readonly int? _reviewYear;

    public PartReader(string text, LineMap lines, IReadOnlyList<(int Start, int End)> multiYearSections, int? reviewYear, int? planYear, CancellationToken cancellationToken)
    {
        _reviewYear = reviewYear;
        _text = text;
        _multiYearSections = new Spans(multiYearSections);
        _cancellationToken = cancellationToken;
        _sentence = new SentenceReader(text, lines, new FactKinds(text, planYear));
    }

    /// <summary>
    /// The review part text[from..to): its facts are achievements, except in a sentence that sets the coming year's plan
    /// (<see cref="PlanYearSentence"/>: 今年国民生产总值计划增长百分之八), whose figures go to <paramref name="targets"/>; the
    /// other sentences may state outcomes (<paramref name="stated"/>).
    /// </summary>
    public void ReadReview(int from, int to, PlanYearSentence planYear, List<FactSpec> targets, List<FactSpec> achievements, StatedOutcomes? stated = null)
    {
        // A plan-year sentence of the review part may hold the year's headline target: 今年经济增长预期目标为7%左右 (China2003).
        SetHeadlineLists(from, to);
        _termReviews = new Spans(SectionFinder.FindReviewsOfSeveralYears(_text, from, to));
        for (int start = from, end; start < to; start = end)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            end = Sentences.End(_text, start, to);
            bool plan = planYear.SetsPlan(start, end);
            ReadSentence(start, end, plan ? FactRole.Target : FactRole.Achievement, plan ? targets : achievements);
            if (!plan && !OnSeveralYears(start, end))
            {
                stated?.Read(start, end);
            }
        }
    }

    /// <summary>
    /// The plan part text[from..to): its sentences set targets, except those that look back on the year under review
    /// (<see cref="PlanLookBack"/>), whose figures go to <paramref name="achievements"/> and which may state outcomes
    /// (<paramref name="stated"/>).
    /// </summary>
    public void ReadPlan(int from, int to, int? reviewYear, int? planYear, List<FactSpec> targets, List<FactSpec> achievements, StatedOutcomes? stated = null)
    {
        var lookBack = new PlanLookBack(_text, from, reviewYear, planYear);
        SetHeadlineLists(from, to);
        for (int start = from, end; start < to; start = end)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            end = Sentences.End(_text, start, to);
            bool past = lookBack.LooksBack(start, end);
            bool gaveFacts = ReadSentence(start, end, past ? FactRole.Achievement : FactRole.Target, past ? achievements : targets);
            if (past)
            {
                stated?.Read(start, end);
            }

            lookBack.Read(start, end, gaveFacts);
        }

        MarkRestatements(targets);
    }

    // A statement in a paragraph or section on several years is on the term's targets, not the year's: 过去的五年，…圆满完成
    // 省十届人大一次会议确定的目标任务 (../shared/local/hebei/河北省_2008_report.txt, the 2003 session) was taken as the
    // statement on 2007's targets, where the year's own came later (较好地完成了省十届人大五次会议确定的目标任务). One that
    // names the reviewed year is the year's: …省十一届人大三次会议确定的2010年各项任务顺利完成 (河北省_2011_report.txt,
    // under 一、“十一五”时期经济社会发展取得重大成就).
    private bool OnSeveralYears(int start, int end) =>
        (InMultiYearSection(start) || _termReviews.IndexAt(start) >= 0) && !NamesTheReviewedYear(start, end);

    // 2012年，…国内生产总值增长7.8% and 刚刚过去的2017年 in a review of five years speak of the reviewed year alone.
    private bool NamesTheReviewedYear(int start, int end) => YearMentions.ReviewYear(_text, start, end, _reviewYear);

    private void SetHeadlineLists(int from, int to)
    {
        _headlines = HeadlineLists.Find(_text, from, to);
        _headlineSpans = new Spans(_headlines.Select(static l => (l.Start, l.End)));
    }

    /// <summary>
    /// A headline or commitment target stated again with the same indicator and figure (经济增长预期目标6.5%－7%，考虑了…
    /// after 国内生产总值增长6.5%－7% in China2016's list) is <see cref="FactKind.Restated"/>, so that one target is judged once.
    /// </summary>
    private static void MarkRestatements(List<FactSpec> targets)
    {
        var seen = new HashSet<(string, decimal?, decimal?, string?, decimal?)>();
        for (int i = 0; i < targets.Count; i++)
        {
            FactSpec t = targets[i];
            if (t.Kind is not (FactKind.Headline or FactKind.Commitment) || t.Canonical is null || t.Relative is not null)
            {
                continue;
            }

            // A rate written as a percentage (经济增长预期目标6.5%－7%) restates the growth it names (增长6.5%－7%).
            bool rate = t.Amount is { Dimension: Dimension.Percent } && t.Growth is null;
            decimal? growth = rate ? t.Amount!.Value : t.Growth;
            if (!seen.Add(rate ? (t.Canonical, null, null, null, growth) : (t.Canonical, t.Amount?.Value, t.Amount?.Max, t.Amount?.Unit, growth)))
            {
                targets[i] = t with { Kind = FactKind.Restated };
            }
        }
    }

    // Reads one sentence into output; true when it gave facts.
    private bool ReadSentence(int start, int end, FactRole role, List<FactSpec> output)
    {
        int first = output.Count;
        _sentence.Read(start, end, role, output);
        if (output.Count == first)
        {
            return false;
        }

        bool severalYears = InMultiYearSection(start) || TimeWords.SeveralYearsIn(_text, start, end)
            || (role == FactRole.Achievement && _termReviews.IndexAt(start) >= 0 && !NamesTheReviewedYear(start, end));
        for (int i = first; i < output.Count; i++)
        {
            FactSpec fact = output[i];
            FactKind kind = fact.Kind;
            if (severalYears && kind is FactKind.Commitment or FactKind.Uncertain or FactKind.Share or FactKind.Result or FactKind.Estimate or FactKind.Plan)
            {
                kind = FactKind.MultiYear;
            }

            if (role == FactRole.Target && kind is FactKind.Commitment or FactKind.Uncertain or FactKind.Share && HeadlineAt(fact.Span.Start) is { } list)
            {
                kind = list.MultiYear ? FactKind.MultiYear : FactKind.Headline;
            }

            // A copy only when something changed: most facts keep their kind, and this ran for every fact of a report.
            bool multiYear = severalYears || kind == FactKind.MultiYear;
            if (kind != fact.Kind || multiYear != fact.IsMultiYear)
            {
                output[i] = fact with { Kind = kind, IsMultiYear = multiYear };
            }
        }

        return true;
    }

    // The headline lists are apart and in text order, so a stretch's index is its list's.
    private HeadlineList? HeadlineAt(int position) => _headlineSpans.IndexAt(position) is int i and >= 0 ? _headlines[i] : null;

    private bool InMultiYearSection(int position) => _multiYearSections.IndexAt(position) >= 0;
}
