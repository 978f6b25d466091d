using System;
using System.Collections.Generic;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>分别: several figures, one per indicator named before the word.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// 二氧化硫和化学需氧量排放分别下降4.6%和4.4%, 农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和
    /// 6280元: one figure per indicator named before 分别, in its clause or, when that names none, in the clause before.
    /// <paramref name="sign"/> is the growth's sign, or 0 for amounts; <paramref name="last"/> the index of the last figure read.
    /// </summary>
    private bool TryDistribute(int k, string rawPhrase, int clauseStart, int sign, out int last)
    {
        last = k;
        int marker = rawPhrase.LastIndexOf("分别", StringComparison.Ordinal);
        if (marker < 0)
        {
            return false;
        }

        var values = new List<QuantityToken> { _found[k].Token };
        int j = k + 1;
        while (j < _found.Count && !_found[j].NamePart && !_found[j].InParentheses && _found[j].Token.Dimension == _found[k].Token.Dimension)
        {
            string between = PhraseText.Compact(_text, values[values.Count - 1].End, _found[j].Token.Start);
            if (!IsOneOf(between, Coordinators.BetweenDistributedFigures))
            {
                break;
            }

            values.Add(_found[j].Token);
            j++;
        }

        if (values.Count < 2)
        {
            return false;
        }

        string[] parts = Names(IndicatorPhrase.Clean(rawPhrase.Substring(0, marker), out _, out _));
        int factStart = Blanks.SkipForward(_text, clauseStart, values[0].Start, FigureSpanStart);
        if (parts.Length <= 1 && (parts.Length == 0 || Years.LengthAt(parts[0], 0, parts[0].Length) == parts[0].Length)
            && clauseStart - 1 > _phraseFloor && CharClass.IsClauseEnd(_text[clauseStart - 1]) && !CharClass.IsSentenceEnd(_text[clauseStart - 1]))
        {
            // Nothing but a year before 分别: the names are the subject of the clause before (…收入和…收入，2000年分别达到).
            int previousStart = IndicatorPhrase.ClauseStart(_text, clauseStart - 1, _phraseFloor);
            parts = Names(IndicatorPhrase.Clean(_text.Substring(previousStart, clauseStart - 1 - previousStart), out _, out _));
            factStart = Blanks.SkipForward(_text, previousStart, values[0].Start, FigureSpanStart);
        }

        if (parts.Length != values.Count)
        {
            return false;
        }

        for (int v = 0; v < values.Count; v++)
        {
            // 2007年中、高等职业教育在校生分别达到2000万人和861万人: 中 names nothing; as in ReadFigure, a figure with no
            // name gives no fact.
            if (parts[v].Length == 0)
            {
                continue;
            }

            QuantityToken t = values[v];
            string qualifiers = Qualifiers(t, null, out bool estimate);
            AddFact(KindOf(clauseStart, t, estimate), parts[v], Indicators.Find(parts[v]), t, sign != 0 ? sign * t.Value : null, t.Bound, qualifiers, estimate, factStart);
        }

        last = j - 1;
        return true;
    }

    // Each name cleaned on its own: 2007年中、高等职业教育在校生 gives 中 (one character, no name) and 高等职业教育在校生.
    private static string[] Names(string names)
    {
        string[] parts = names.Split(Coordinators.BetweenNames, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = IndicatorPhrase.Clean(parts[i], out _, out _);
        }

        return parts;
    }

    /// <summary>True when <paramref name="s"/> is one character of <paramref name="set"/>.</summary>
    private static bool IsOneOf(string s, CharSet set) => s.Length == 1 && set.Contains(s[0]);
}
