using System;
using System.Collections.Generic;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// Reads the facts of one sentence: each figure with the indicator written before it, its growth, its qualifiers and
/// its source sentence. One instance per report part, reset for each sentence; the jobs live in the partial files:
/// growth (.Growth), figures inside names (.NameParts), 分别 lists (.Distribution), relative figures (.Relative) and
/// qualifiers (.Qualifiers); the indicator phrase itself is <see cref="IndicatorPhrase"/>.
/// </summary>
internal sealed partial class SentenceReader
{
    private readonly record struct Found(QuantityToken Token, bool InParentheses, bool NamePart, bool ImpliedGrowth = false);

    // Where a figure (or an aside around one) can begin: the fact scanner skips every other character.
    private static readonly CharSet s_figureStarts = new(
        c => CharClass.IsDigit(c) || ChineseNumerals.IsNumeral(c) || c == '百' || CharClass.IsOpenParen(c) || CharClass.IsCloseParen(c),
        System.Linq.Enumerable.Select(GrowthWords.Phrases, phrase => phrase[0]));

    // Where a figure's span starts: after the blanks, table bars and list dashes that open its clause (——实际利用内外资30亿元).
    private const AlsoSkip FigureSpanStart = AlsoSkip.LineBreaks | AlsoSkip.Dashes | AlsoSkip.TableBars;

    private readonly string _text;
    private readonly LineMap _lines;
    private readonly FactKinds _kinds;
    private readonly List<Found> _found = new();

    // The sentence being read: text[_start.._end), its facts of kind _kind go to _output from _firstOfSentence on.
    private int _start;
    private int _end;
    private FactRole _role;
    private List<FactSpec> _output = new();
    private int _firstOfSentence;
    private int _sentenceStart;
    private string _sentence = "";

    // An indicator phrase never reaches back before the end of the figure read before it.
    private int _phraseFloor;

    // The fact the figures after 其中 are parts of, or -1.
    private int _partParent;

    public SentenceReader(string text, LineMap lines, FactKinds kinds)
    {
        _text = text;
        _lines = lines;
        _kinds = kinds;
    }

    /// <summary>Adds the facts of text[start..end) to <paramref name="output"/>.</summary>
    public void Read(int start, int end, FactRole role, List<FactSpec> output)
    {
        _start = start;
        _end = end;
        _found.Clear();
        FindFigures();
        if (_found.Count == 0)
        {
            return;
        }

        MarkNameParts();

        (int sentenceStart, int sentenceEnd) = Blanks.Trim(_text, start, end, AlsoSkip.LineBreaks | AlsoSkip.TableBars);
        _sentence = _text.Substring(sentenceStart, sentenceEnd - sentenceStart);
        _role = role;
        _output = output;
        _firstOfSentence = output.Count;
        _sentenceStart = start;
        _phraseFloor = start;
        _partParent = -1;
        for (int k = 0; k < _found.Count; k++)
        {
            if (_found[k].NamePart)
            {
                AddCondition(_found[k]);
                continue;
            }

            k = ReadFigure(k);
            _phraseFloor = _found[k].Token.End;
        }
    }

    // Every quantity and growth phrase of the sentence, and whether it stands in an aside.
    private void FindFigures()
    {
        int depth = 0;
        for (int i = _start; i < _end;)
        {
            i = s_figureStarts.IndexIn(_text, i, _end);
            if (i >= _end)
            {
                break;
            }

            char c = _text[i];
            if (CharClass.IsOpenParen(c))
            {
                depth++;
            }
            else if (CharClass.IsCloseParen(c))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (TryGrowthPhrase(_text, i, _end, out QuantityToken phrase))
            {
                _found.Add(new Found(phrase, depth > 0, false, ImpliedGrowth: true));
                i = phrase.End;
                continue;
            }
            else if (QuantityScanner.IsNumberStart(_text, i))
            {
                if (QuantityScanner.TryScan(_text, i, _end, out QuantityToken token, out int next))
                {
                    _found.Add(new Found(token, depth > 0, false));
                }

                i = Math.Max(next, i + 1);
                continue;
            }

            i++;
        }
    }

    // Reads _found[k] and any figures that go with it (a 分别 list); returns the index of the last one read.
    private int ReadFigure(int k)
    {
        Found f = _found[k];
        if (f.InParentheses)
        {
            return k;
        }

        QuantityToken t = f.Token;
        int sign = 1;
        int boundBeforeFigure = -1;
        int verbStart = f.ImpliedGrowth ? t.Start : GrowthVerbBefore(_text, t.Start, _phraseFloor, out sign, out boundBeforeFigure);
        bool isGrowth = verbStart >= 0 && (t.Dimension == Dimension.Percent || t.Dimension == Dimension.Multiple);
        if (isGrowth && boundBeforeFigure >= 0 && t.Bound == Bound.Exact)
        {
            t = t with
            {
                Bound = BoundWords.BeforeFigure.ValueAt(boundBeforeFigure),
                Qualifier = JoinQualifiers(BoundWords.BeforeFigure[boundBeforeFigure], t.Qualifier),
            };
        }

        // 净增277家 is an amount: the verb stays in its indicator.
        int phraseEnd = isGrowth ? verbStart : t.Start;
        int clauseStart = IndicatorPhrase.ClauseStart(_text, phraseEnd, _phraseFloor);
        string rawPhrase = _text.Substring(clauseStart, phraseEnd - clauseStart);

        // 高于全市1个百分点 compares; 失业率低于4.6% bounds: the comparison word stands right before the figure.
        if (t.Dimension == Dimension.PercentagePoints || (RelativeFigures.HasComparisonWord(rawPhrase) && !EndsWithBoundWord(rawPhrase)))
        {
            ReadRelative(t, rawPhrase, clauseStart);
            return k;
        }

        decimal? growth = isGrowth ? sign * (t.Dimension == Dimension.Multiple ? t.Value * 100 : t.Value) : null;
        if (isGrowth && TryDistributeGrowths(k, rawPhrase, clauseStart, sign, out int lastGrowth))
        {
            return lastGrowth;
        }

        // 全年接待游客1071.2万人次，实现旅游收入43.5亿元，增长19.5%和48.3%: a list of growths with no 分别 before it says
        // neither whose each is, so none is joined to the amount before it by guess.
        if (isGrowth && !IsListedAfter(k, k + 1, k) && TryAddToPrevious(t, growth, verbStart))
        {
            return k;
        }

        // 其中 A, B: every fact after 其中 in the sentence is a part of the fact before it.
        if (_partParent < 0 && rawPhrase.IndexOf("其中", StringComparison.Ordinal) >= 0 && _output.Count > _firstOfSentence)
        {
            _partParent = _output.Count - 1;
        }

        if (!isGrowth && TryChange(k, rawPhrase, clauseStart))
        {
            return k + 1;
        }

        string indicator = IndicatorPhrase.Clean(rawPhrase, out List<string>? prefixQualifiers, out Bound prefixBound);
        if (TryDistribute(k, rawPhrase, clauseStart, isGrowth ? sign : 0, out int last))
        {
            return last;
        }

        if (TryShare(k, rawPhrase, clauseStart, growth))
        {
            return k;
        }

        // 增加500万农村沼气用户, 新建1亿亩高标准农田: a verb alone before the figure, and what it counts after it. The
        // verb is no part of the name (issue 15: no leading verbs): 新增58家研发机构 is 研发机构 = 58家, with 新增 among
        // the qualifiers when it is a verb of change (Clean put it there), gone when it is an act (完成, 解决).
        if (!isGrowth && indicator.Length == 0 && t.Dimension is Dimension.Count or Dimension.Area or Dimension.Length or Dimension.Mass
            && IndicatorPhrase.EndsWithCountingVerb(rawPhrase) && IndicatorPhrase.CountedNounAfter(_text, t.End, _end) is { Length: >= 2 } counted)
        {
            indicator = IndicatorPhrase.Clean(counted, out _, out _);
        }

        // 国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元 (a year between the figures, which TryChange leaves):
        // 增加到 names nothing, the level takes its baseline's name, and the figure before is the baseline.
        if (!isGrowth && indicator.Length == 0 && IsLevelAfterBaseline(k))
        {
            _output[_output.Count - 1] = _output[_output.Count - 1] with { Kind = FactKind.Baseline };
            indicator = _output[_output.Count - 1].Indicator ?? "";
        }

        // 今年经济增长速度的宏观调控目标，定为百分之八至九 (China1995): a clause of nothing but 定为, 为, 是 … takes its
        // subject from the clause before, when that clause holds no figure and names an indicator of the vocabulary.
        if (indicator.Length == 0 && SubjectOfClauseBefore(rawPhrase, clauseStart) is { } subject)
        {
            indicator = subject;
        }

        // No words at all before the figure (修订第3，5，7条; 7家企业被列入…), or a figure that is the tail of a number the
        // scanner left apart (按照第1 2条), give no fact; words that name no indicator (提高到380元) give one with no indicator.
        if ((!isGrowth && t.Dimension == Dimension.Multiple) || (indicator.Length == 0 && (!HasWords(rawPhrase) || EndsWithDigit(rawPhrase))))
        {
            return k;
        }

        // 新增高新技术企业5家、科技型中小企业47家 (../shared/local/mancheng, 2023): the verb of change before a list's first
        // name is every name's after it that follows a 、 with no word of its own.
        if (!isGrowth && prefixQualifiers is null && indicator.Length > 0 && VerbOfChangeListedBefore(indicator, t.Start) is { } listed)
        {
            prefixQualifiers = new List<string>(1) { listed };
        }

        string qualifiers = Qualifiers(t, prefixQualifiers, out bool estimate);
        Bound bound = t.Bound != Bound.Exact ? t.Bound : prefixBound;
        if (!isGrowth && indicator.Length == 0 && TryAddAmountToGrowth(t, bound, qualifiers))
        {
            return k;
        }

        int factStart = Blanks.SkipForward(_text, clauseStart, t.Start, FigureSpanStart);
        Indicators.Entry? entry = indicator.Length == 0 ? null : Indicators.Find(indicator);
        if (entry is null && _partParent >= 0 && indicator.Length > 0 && _output[_partParent].Indicator is { } whole)
        {
            entry = IndicatorPhrase.PartEntry(indicator, whole);
        }

        AddFact(KindOf(clauseStart, t, estimate), indicator, entry, t, growth, bound, qualifiers, estimate, factStart);
        return k;
    }

    // The verb of change among the qualifiers of the fact just read, when nothing but 、 and the name stands between it
    // and the figure at figureStart: 新增A 5家、B 47家 gives B 新增; 新增A 5家、B达到20家 does not (达到 is B's own), nor
    // does 引进企业30家以上、新增就业岗位5000个 (a name that opens on a verb has its own; 新建城区公厕7座、改造1座), nor
    // a list whose first figure has no name (新建103个、修缮60个农村互助幸福院).
    private string? VerbOfChangeListedBefore(string indicator, int figureStart)
    {
        // The fact before must carry a verb of change: most facts carry no qualifier, and this runs for nearly every figure.
        if (_output.Count == _firstOfSentence || _output[_output.Count - 1] is not { Indicator: not null, Qualifiers.Length: > 0 } previous
            || VerbOfChangeIn(previous.Qualifiers) is not { } verb
            || VerbWords.Changes.MatchAt(indicator, 0, indicator.Length) >= 0 || GrowthWords.Verbs.MatchAt(indicator, 0, indicator.Length) >= 0
            || GrowthWords.CountingVerbs.MatchAt(indicator, 0, indicator.Length) >= 0)
        {
            return null;
        }

        string between = PhraseText.Compact(_text, previous.Span.Start + previous.Span.Length, figureStart);
        return between.Length == indicator.Length + 1 && between[0] == '、' && string.CompareOrdinal(between, 1, indicator, 0, indicator.Length) == 0
            ? verb
            : null;
    }

    // The first verb of change among comma-joined qualifiers (力争,新增,以上 gives 新增).
    private static string? VerbOfChangeIn(string qualifiers)
    {
        foreach (string qualifier in qualifiers.Split(','))
        {
            if (VerbWords.Changes.Contains(qualifier))
            {
                return qualifier;
            }
        }

        return null;
    }

    private string? SubjectOfClauseBefore(string rawPhrase, int clauseStart)
    {
        string words = PhraseText.Compact(rawPhrase, 0, rawPhrase.Length);
        int copula = words.Length == 0 ? -1 : PhraseWords.Trailing.MatchAt(words, 0, words.Length);
        if (copula < 0 || PhraseWords.Trailing[copula].Length != words.Length || PhraseWords.Trailing.ValueAt(copula) != 0
            || clauseStart - 1 <= _phraseFloor || _text[clauseStart - 1] is not ('，' or ','))
        {
            return null;
        }

        int previousStart = IndicatorPhrase.ClauseStart(_text, clauseStart - 1, _phraseFloor);
        if (previousStart > _start && !CharClass.IsClauseEnd(_text[previousStart - 1]))
        {
            return null;
        }

        string subject = IndicatorPhrase.Clean(_text.Substring(previousStart, clauseStart - 1 - previousStart), out _, out _);
        return subject.Length > 0 && Indicators.Find(subject) is not null ? subject : null;
    }

    private static bool EndsWithDigit(string phrase)
    {
        int end = phrase.Length;
        while (end > 0 && Blanks.Is(phrase[end - 1], AlsoSkip.Nothing))
        {
            end--;
        }

        return end > 0 && CharClass.IsDigit(phrase[end - 1]);
    }

    private static bool HasWords(string phrase)
    {
        foreach (char c in phrase)
        {
            if (CharClass.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithBoundWord(string phrase)
    {
        int end = phrase.Length;
        while (end > 0 && Blanks.Is(phrase[end - 1], AlsoSkip.Nothing))
        {
            end--;
        }

        return BoundWords.BeforeFigure.MatchEndingAt(phrase, end, 0) >= 0;
    }

    /// <summary>
    /// The kind the words around the figure <paramref name="t"/> give it (<see cref="FactKinds"/>), from the words of its
    /// clause up to <paramref name="wordsEnd"/> (the figure's start, or where the words about it end).
    /// </summary>
    private FactKind KindOf(int clauseStart, QuantityToken t, bool estimate, int wordsEnd = -1) =>
        _kinds.Of(_role, _start, clauseStart, wordsEnd < 0 ? t.Start : wordsEnd, t.End, t.Dimension, estimate);

    /// <summary>
    /// A fact of the figure <paramref name="t"/>: an amount, or with a <paramref name="growth"/> a growth only. An empty
    /// <paramref name="indicator"/> (the words before the figure name nothing: 提高到380元) gives a fact with no indicator,
    /// which keeps its sentence and is never matched by name.
    /// </summary>
    private void AddFact(FactKind kind, string indicator, Indicators.Entry? entry, QuantityToken t, decimal? growth, Bound bound, string qualifiers, bool estimate,
        int factStart)
    {
        bool isGrowth = growth is not null;
        string? written = indicator.Length == 0 ? null : indicator;
        _output.Add(new FactSpec(
            _role,
            kind,
            written,
            entry?.Name ?? written,
            entry?.Name,
            isGrowth ? null : new QuantitySpec(t.Value, t.Max, t.Unit, t.Dimension, t.Factor),
            isGrowth ? Bound.Exact : bound,
            growth,
            isGrowth ? bound : Bound.Exact,
            qualifiers,
            estimate,
            false,
            _partParent,
            _sentence,
            _lines.Span(factStart, t.End - factStart)));
    }
}
