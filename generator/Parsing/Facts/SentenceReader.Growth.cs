using System;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>Growth: the verb before a percentage, growth written in words, a growth that belongs to the amount before it.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>The start of the growth verb right before a number (增长40%, 同比下降4.6%), or -1; sign +1 or -1.</summary>
    // The growth verb before a percentage (增长40%, 增长了40%), or -1; bound is the BoundWords.BeforeFigure word that stands
    // between them, or -1: 贸易总额比１９５４年增长了约３０％ (China1956), 国家预算收入比1956年增长近百分之二 (China1957), whose
    // 约 and 近 the figure's phrase, cut at the verb, does not hold.
    private static int GrowthVerbBefore(string text, int numberStart, int floor, out int sign, out int bound)
    {
        sign = 1;
        int p = Blanks.SkipBack(text, numberStart, floor);
        bound = BoundWords.BeforeFigure.MatchEndingAt(text, p, floor);
        if (bound >= 0 && BoundWords.BeforeFigure.ValueAt(bound) is Bound.About or Bound.JustUnder or Bound.MoreThan)
        {
            p -= BoundWords.BeforeFigure[bound].Length;
        }
        else
        {
            bound = -1;
        }

        if (p > floor && text[p - 1] == '了')
        {
            p--;
        }

        int verb = GrowthWords.Verbs.MatchEndingAt(text, p, floor);
        if (verb >= 0)
        {
            sign = GrowthWords.Verbs.ValueAt(verb);
            return p - GrowthWords.Verbs[verb].Length;
        }

        int noun = GrowthWords.RateNouns.MatchEndingAt(text, p, floor);
        if (noun >= 0)
        {
            sign = GrowthWords.RateNouns.ValueAt(noun);
            return p - GrowthWords.RateNouns[noun].Length;
        }

        bound = -1;
        return -1;
    }

    private static bool TryGrowthPhrase(string text, int pos, int limit, out QuantityToken token)
    {
        int match = GrowthWords.Phrases.MatchAt(text, pos, limit);
        if (match < 0)
        {
            token = default;
            return false;
        }

        (decimal percent, Bound bound) = GrowthWords.Phrases.ValueAt(match);
        token = new QuantityToken(pos, pos + GrowthWords.Phrases[match].Length, percent, null, "%", Dimension.Percent, 1m, bound, bound == Bound.AtLeast ? "以上" : "");
        return true;
    }

    /// <summary>
    /// 实现生产总值95亿元，同比增长40%: a growth right after an amount, with only punctuation and words like 同比 between,
    /// is that amount's growth.
    /// </summary>
    private bool TryAddToPrevious(QuantityToken t, decimal? growth, int verbStart)
    {
        if (_output.Count == _firstOfSentence || _output[_output.Count - 1] is not { Growth: null } previous
            || !IsOnlyGap(_text, previous.Span.Start + previous.Span.Length, verbStart))
        {
            return false;
        }

        _output[_output.Count - 1] = previous with
        {
            Growth = growth,
            GrowthBound = t.Bound,
            Qualifiers = JoinQualifiers(previous.Qualifiers, t.Qualifier),
            Span = _lines.Span(previous.Span.Start, t.End - previous.Span.Start),
        };
        return true;
    }

    /// <summary>
    /// 国内生产总值比上年增长9.1%，达到11.67万亿元 (China2003), 1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元
    /// (China1957): an amount right after a growth-only fact, with only a comma and a verb of level (达到, 突破 …) between,
    /// is that indicator's amount: one fact with both figures. Not a percentage, and not an amount the indicator is never
    /// measured in.
    /// </summary>
    private bool TryAddAmountToGrowth(QuantityToken t, Bound bound, string qualifiers)
    {
        if (t.Dimension is Dimension.Percent or Dimension.PercentagePoints or Dimension.Multiple
            || _output.Count == _firstOfSentence || _output[_output.Count - 1] is not { Amount: null, Growth: not null, Relative: null } previous
            || (Indicators.ByName(previous.PropertyName) is { } entry && Array.IndexOf(entry.Dimensions, t.Dimension) < 0))
        {
            return false;
        }

        string between = PhraseText.Compact(_text, previous.Span.Start + previous.Span.Length, t.Start);
        int verb = between.Length > 1 && Coordinators.BetweenAmountAndGrowth.Contains(between[0])
            ? GrowthWords.LevelAfterGrowth.MatchAt(between, 1, between.Length) : -1;
        if (verb < 0 || 1 + GrowthWords.LevelAfterGrowth[verb].Length != between.Length)
        {
            return false;
        }

        _output[_output.Count - 1] = previous with
        {
            Amount = new QuantitySpec(t.Value, t.Max, t.Unit, t.Dimension, t.Factor),
            AmountBound = bound,
            Qualifiers = JoinQualifiers(previous.Qualifiers, qualifiers),
            Span = _lines.Span(previous.Span.Start, t.End - previous.Span.Start),
        };
        return true;
    }

    /// <summary>True when only punctuation, asides and words like 同比 stand between a figure and its growth.</summary>
    private static bool IsOnlyGap(string text, int from, int to)
    {
        if (to < from)
        {
            return false;
        }

        string gap = PhraseText.RemoveParenthesised(PhraseText.Compact(text, from, to));
        for (int i = 0; i < gap.Length;)
        {
            int word = GrowthWords.Gap.MatchAt(gap, i, gap.Length);
            if (word >= 0)
            {
                i += GrowthWords.Gap[word].Length;
            }
            else if (Coordinators.BetweenAmountAndGrowth.Contains(gap[i]))
            {
                i++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
