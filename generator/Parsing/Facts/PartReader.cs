using System.Collections.Generic;
using System.Threading;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Structure;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// Turns the sentences of one part of a report into facts, one <see cref="SentenceReader"/> pass per sentence. Facts
/// inside a multi-year section, or in a sentence that speaks of several years (年均, 五年, “十四五”), are marked
/// multi-year: no single year's report can check them.
/// </summary>
internal sealed class PartReader
{
    private readonly string _text;
    private readonly IReadOnlyList<(int Start, int End)> _multiYearSections;
    private readonly CancellationToken _cancellationToken;
    private readonly SentenceReader _sentence;

    public PartReader(string text, LineMap lines, IReadOnlyList<(int Start, int End)> multiYearSections, CancellationToken cancellationToken)
    {
        _text = text;
        _multiYearSections = multiYearSections;
        _cancellationToken = cancellationToken;
        _sentence = new SentenceReader(text, lines);
    }

    /// <summary>
    /// The review part text[from..to): its facts are achievements, except in a sentence that sets the coming year's plan
    /// (<see cref="PlanYearSentence"/>: 今年国民生产总值计划增长百分之八), whose figures go to <paramref name="targets"/>.
    /// </summary>
    public void ReadReview(int from, int to, PlanYearSentence planYear, List<FactSpec> targets, List<FactSpec> achievements)
    {
        for (int start = from, end; start < to; start = end)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            end = Sentences.End(_text, start, to);
            bool plan = planYear.SetsPlan(start, end);
            ReadSentence(start, end, plan ? FactKind.Target : FactKind.Achievement, plan ? targets : achievements);
        }
    }

    /// <summary>
    /// The plan part text[from..to): its sentences set targets, except those that look back on the year under review
    /// (<see cref="PlanLookBack"/>), whose figures go to <paramref name="achievements"/>.
    /// </summary>
    public void ReadPlan(int from, int to, int? reviewYear, int? planYear, List<FactSpec> targets, List<FactSpec> achievements)
    {
        var lookBack = new PlanLookBack(_text, from, reviewYear, planYear);
        for (int start = from, end; start < to; start = end)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            end = Sentences.End(_text, start, to);
            bool past = lookBack.LooksBack(start, end);
            bool gaveFacts = ReadSentence(start, end, past ? FactKind.Achievement : FactKind.Target, past ? achievements : targets);
            lookBack.Read(start, end, gaveFacts);
        }
    }

    // Reads one sentence into output; true when it gave facts.
    private bool ReadSentence(int start, int end, FactKind kind, List<FactSpec> output)
    {
        int first = output.Count;
        _sentence.Read(start, end, kind, output);
        if (output.Count > first && (InMultiYearSection(start) || TimeWords.MultiYear.OccursIn(_text, start, end)))
        {
            for (int i = first; i < output.Count; i++)
            {
                output[i] = output[i] with { IsMultiYear = true };
            }
        }

        return output.Count > first;
    }

    private bool InMultiYearSection(int position)
    {
        foreach ((int s, int e) in _multiYearSections)
        {
            if (position >= s && position < e)
            {
                return true;
            }
        }

        return false;
    }
}
