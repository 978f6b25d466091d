using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>由X提高到Y: the figure a baseline moves to takes the baseline's indicator.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// True when _found[k] is the level a baseline moves to, in one clause: 科技进步贡献率由52.2%提高到57.5%,
    /// 国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元. The figure before it opens on 由 or 从 (after an optional
    /// year and 的, or a word like 每人每年), has the same dimension and gave the last fact; nothing but a verb and a year stands between (the
    /// phrase named nothing).
    /// </summary>
    private bool IsLevelAfterBaseline(int k)
    {
        if (k == 0 || _output.Count == _firstOfSentence)
        {
            return false;
        }

        Found before = _found[k - 1];
        QuantityToken t = _found[k].Token;
        Model.LocationInfo last = _output[_output.Count - 1].Span;
        if (before.NamePart || before.InParentheses || before.Token.Dimension != t.Dimension || last.Start + last.Length != before.Token.End)
        {
            return false;
        }

        for (int i = before.Token.End; i < t.Start; i++)
        {
            if (CharClass.IsClauseEnd(_text[i]))
            {
                return false;
            }
        }

        int p = before.Token.Start;
        if (p > _start && _text[p - 1] == '的')
        {
            p--;
        }

        p -= IndicatorPhrase.TimeSpanEndingAt(_text, _start, p);

        // 由每人每年380元: a word that closes a phrase may stand between.
        int trailing = PhraseWords.Trailing.MatchEndingAt(_text, p, _start);
        if (trailing >= 0 && PhraseWords.Trailing.ValueAt(trailing) == 0)
        {
            p -= PhraseWords.Trailing[trailing].Length;
        }

        return PhraseWords.BaselineOpeners.MatchEndingAt(_text, p, _start) >= 0;
    }
}
