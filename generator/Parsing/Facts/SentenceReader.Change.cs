using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>A change from a starting level to a new one: 人均财政补助标准由320元提高到380元.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// 由320元提高到380元: the first figure is the <see cref="FactKind.Baseline"/>, the second the figure the sentence is
    /// about, and both take the indicator written before 由 (人均财政补助标准). True when _found[k] and _found[k + 1]
    /// were read so.
    /// </summary>
    private bool TryChange(int k, string rawPhrase, int clauseStart)
    {
        if (k + 1 >= _found.Count || _found[k + 1].NamePart || _found[k + 1].InParentheses)
        {
            return false;
        }

        QuantityToken from = _found[k].Token, to = _found[k + 1].Token;
        int verb = Blanks.SkipForward(_text, from.End, _end);
        int word = KindWords.ChangeTo.MatchAt(_text, verb, _end);
        if (word < 0 || to.Dimension != from.Dimension || Blanks.SkipForward(_text, verb + KindWords.ChangeTo[word].Length, _end) != to.Start)
        {
            return false;
        }

        int opener = -1;
        for (int at = KindWords.ChangeFrom.IndexIn(rawPhrase, 0, rawPhrase.Length); at >= 0; at = KindWords.ChangeFrom.IndexIn(rawPhrase, at + 1, rawPhrase.Length))
        {
            opener = at;
        }

        if (opener < 0)
        {
            return false;
        }

        string indicator = IndicatorPhrase.Clean(rawPhrase.Substring(0, opener), out _, out _);
        Indicators.Entry? entry = indicator.Length == 0 ? null : Indicators.Find(indicator);
        int factStart = Blanks.SkipForward(_text, clauseStart, from.Start, FigureSpanStart);
        string fromQualifiers = Qualifiers(from, null, out bool fromEstimate);
        AddFact(FactKind.Baseline, indicator, entry, from, null, from.Bound, fromQualifiers, fromEstimate, factStart);
        string toQualifiers = Qualifiers(to, null, out bool toEstimate);
        // 将由去年的1076亿元增加到1562亿元: 去年 dates the baseline, not the figure the sentence is about.
        AddFact(KindOf(clauseStart, to, toEstimate, clauseStart + opener), indicator, entry, to, null, to.Bound, toQualifiers, toEstimate, factStart);
        return true;
    }
}
