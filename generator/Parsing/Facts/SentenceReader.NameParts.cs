using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>Figures inside names: 超10亿元的企业5家 counts 企业, and 10亿元 is part of the name.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// A number inside a name is not the indicator's value: 超10亿元的企业5家, 引进投资10亿元人民币和1亿美元以上的产业项目1家.
    /// </summary>
    private void MarkNameParts()
    {
        for (int k = _found.Count - 1; k >= 0; k--)
        {
            QuantityToken token = _found[k].Token;
            int p = Blanks.SkipForward(_text, token.End, _text.Length);
            if (TextAt.StartsWith(_text, p, _text.Length, "人民币"))
            {
                p += 3;
            }

            // 超10亿元的企业, 50%以上的工程量, 10亿元以上人民币的项目: the figure qualifies the noun after 的.
            bool namePart = p < _text.Length && _text[p] == '的';
            if (!namePart && k + 1 < _found.Count)
            {
                int betweenEnd = _found[k + 1].Token.Start;

                // 销售5亿元以上企业6家, 产值10-20亿元企业4家: a bounded figure running straight on into the counted noun.
                // 增长7.5%以上和8.5%以上 (corpus/local/laishui 2020) runs on into the next figure, not into a noun.
                namePart = (token.Bound is Bound.AtLeast or Bound.AtMost or Bound.Range) && IsPlainWords(_text, token.End, betweenEnd)
                    && !IsOneOf(PhraseText.Compact(_text, token.End, betweenEnd), Coordinators.BetweenDistributedFigures);

                // 10亿元人民币和1亿美元以上的: joined by 和 to a threshold, so a threshold too.
                namePart |= _found[k + 1].NamePart
                    && IsOneOf(_text.Substring(token.End, betweenEnd - token.End).Replace("人民币", ""), Coordinators.BetweenThresholds);
            }

            // “三个100万”, 《2011-2015年规划》: a figure inside a short quotation is part of a name or a slogan.
            namePart |= InShortQuotation(_text, token.Start, token.End);
            if (namePart)
            {
                _found[k] = _found[k] with { NamePart = true };
            }
        }
    }

    /// <summary>
    /// A threshold inside a name in the plan part is kept as a <see cref="FactKind.Condition"/> with no indicator
    /// (引进投资10亿元人民币和1亿美元以上的产业项目1家: 10亿元 and 1亿美元), never as the value of the name's indicator.
    /// </summary>
    private void AddCondition(Found found)
    {
        if (_role != FactRole.Target || found.InParentheses || found.ImpliedGrowth || found.Token.Dimension == Dimension.Multiple)
        {
            return;
        }

        QuantityToken t = found.Token;
        string qualifiers = Qualifiers(t, null, out bool estimate);
        AddFact(FactKind.Condition, "", null, t, null, t.Bound, qualifiers, estimate, t.Start);
    }

    // The longest quotation read as a name: longer ones quote a passage, whose figures count.
    private const int MaxQuotedName = 16;

    private static bool InShortQuotation(string text, int start, int end)
    {
        int open = -1;
        for (int p = start - 1; p >= 0 && start - p <= MaxQuotedName; p--)
        {
            char c = text[p];
            if (c is '“' or '「' or '《')
            {
                open = p;
                break;
            }

            if (c is '”' or '」' or '》' || CharClass.IsClauseEnd(c))
            {
                return false;
            }
        }

        if (open < 0)
        {
            return false;
        }

        char close = text[open] switch { '“' => '”', '「' => '」', _ => '》' };
        for (int p = end; p < text.Length && p - open <= MaxQuotedName + 1; p++)
        {
            if (text[p] == close)
            {
                return true;
            }

            if (CharClass.IsSentenceEnd(text[p]) || CharClass.IsLineBreak(text[p]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when text[from..to) is Chinese words only, with no growth verb among them.</summary>
    private static bool IsPlainWords(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (!CharClass.IsCjk(text[i]) || text[i] == '、')
            {
                return false;
            }
        }

        return !GrowthWords.Verbs.OccursIn(text, from, to);
    }
}
