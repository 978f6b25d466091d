using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>Figures relative to something else: 高于全市1个百分点, 比上年提高0.4个百分点.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// 高于全市1个百分点, 比上年提高0.4个百分点: relative to something else, never the indicator's own figure; a fact of
    /// its own with only a <see cref="RelativeSpec"/>, when the phrase names what it is relative to.
    /// </summary>
    private void ReadRelative(QuantityToken t, string rawPhrase, int clauseStart)
    {
        if (!(t.Dimension is Dimension.PercentagePoints or Dimension.Percent && t.Max is null
            && RelativeFigures.TrySplit(rawPhrase, out string ownPhrase, out string against, out int relativeSign)))
        {
            return;
        }

        string own = RelativeFigures.WithoutRateWord(IndicatorPhrase.Clean(ownPhrase, out _, out _));

        // 增长15%，高于全市1个百分点: the figure the comparison is about is the one just stated.
        if (own.Length == 0 && _output.Count > _firstOfSentence)
        {
            own = _output[_output.Count - 1].Indicator ?? "";
        }

        if (own.Length == 0)
        {
            return;
        }

        Indicators.Entry? entry = Indicators.Find(own);
        int relativeStart = Blanks.SkipForward(_text, clauseStart, t.Start, FigureSpanStart);
        string qualifiers = Qualifiers(t, null, out bool estimate);
        _output.Add(new FactSpec(_role, KindOf(clauseStart, t, estimate), own, entry?.Name ?? own, entry?.Name, null, Bound.Exact, null, Bound.Exact,
            qualifiers, estimate, false, _partParent, _sentence,
            _lines.Span(relativeStart, t.End - relativeStart),
            new RelativeSpec(relativeSign * t.Value, t.Bound, t.Dimension, t.Unit, against)));
    }
}
