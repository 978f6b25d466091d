using System;
using System.Collections.Generic;
using ReportCorpus.Model;
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

        List<QuantityToken> values = DistributedValues(k, out int j);
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

        parts = Paired(parts, values.Count);
        if (parts.Length != values.Count)
        {
            return false;
        }

        for (int v = 0; v < values.Count; v++)
        {
            // A part that names nothing (a year alone: 2010年、2011年分别…) gives no fact, as in ReadFigure a figure with no
            // name gives none.
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

    // The figures after 分别 from _found[k] on: one dimension, joined by 和 、 ，; j is the index after the last.
    private List<QuantityToken> DistributedValues(int k, out int j)
    {
        var values = new List<QuantityToken> { _found[k].Token };
        j = k + 1;
        while (IsListedAfter(j - 1, j, k))
        {
            values.Add(_found[j].Token);
            j++;
        }

        return values;
    }

    // True when _found[j] goes on the list of figures _found[previous] is in (the list opened by _found[first]): the same
    // dimension, no name part, joined by one of 和 、 ，. Read per growth figure, so it builds no list.
    private bool IsListedAfter(int previous, int j, int first)
    {
        if (j >= _found.Count || _found[j].NamePart || _found[j].InParentheses || _found[j].Token.Dimension != _found[first].Token.Dimension)
        {
            return false;
        }

        string between = PhraseText.Compact(_text, _found[previous].Token.End, _found[j].Token.Start);
        // 分别同比增长7.5%以上和8.5%以上 (corpus/local/laishui 2020): the first figure's bound stands before the 和.
        int bound = BoundWords.AfterFigure.MatchAt(between, 0, between.Length);
        if (bound >= 0)
        {
            between = between.Substring(BoundWords.AfterFigure[bound].Length);
        }

        return IsOneOf(between, Coordinators.BetweenDistributedFigures);
    }

    /// <summary>
    /// 分别 with no name of its own before the growths, after as many amounts of the sentence as it has figures:
    /// 全年接待游客1071.2万人次，实现旅游收入43.5亿元，分别增长19.5%、48.3% (../shared/local/anxin/安新县2024年政府工作报告.txt),
    /// 分别达到42469元和26000元，分别同比增长5.8%和6.8%: the i-th growth is the i-th amount's. The second 分别 may be left
    /// out after a first: 城乡居民人均可支配收入分别达到3.3万元和1.47万元，同比增长9.9%和13.2% (corpus/local/laishui, 2022).
    /// When the amounts before are not exactly as many (or already have a growth), the growths stand with no indicator,
    /// never paired by guess.
    /// </summary>
    private bool TryDistributeGrowths(int k, string rawPhrase, int clauseStart, int sign, out int last)
    {
        last = k;
        int marker = rawPhrase.LastIndexOf("分别", StringComparison.Ordinal);
        bool afterDistributed = marker < 0 && _text.IndexOf("分别", _sentenceStart, clauseStart - _sentenceStart, StringComparison.Ordinal) >= 0;
        if ((marker < 0 && !afterDistributed) || IndicatorPhrase.Clean(marker < 0 ? rawPhrase : rawPhrase.Substring(0, marker), out _, out _).Length > 0)
        {
            return false;
        }

        List<QuantityToken> values = DistributedValues(k, out int j);
        if (values.Count < 2)
        {
            return false;
        }

        // Only right after a figure: 木材和水泥的产量，也将分别比一九五七年增长… (China1958) names its own in the clause before.
        if (_output.Count == _firstOfSentence
            || !IsOnlyGap(_text, _output[_output.Count - 1].Span.Start + _output[_output.Count - 1].Span.Length, clauseStart))
        {
            return false;
        }

        // 2000年进出口总额达4743亿美元，其中出口2492亿美元，分别比1995年增长69％和67％ (China2001): a part is an amount too.
        int first = _output.Count - values.Count;
        // After a first 分别, the amounts it gave are the last facts, all with the span of its clause: what stands before
        // them does not matter (全省城镇新增就业72万人，城乡居民人均可支配收入分别达到24220元和10200元，增长9%和11%, hebei 2015).
        bool paired = first >= _firstOfSentence
            && (first == _firstOfSentence || _output[first - 1].Growth is not null || (afterDistributed && SameSpanStart(first, _output.Count)));
        for (int i = Math.Max(first, _firstOfSentence); paired && i < _output.Count; i++)
        {
            paired = _output[i] is { Growth: null, Amount: not null, Relative: null };
        }
        int factStart = Blanks.SkipForward(_text, clauseStart, values[0].Start, FigureSpanStart);
        for (int v = 0; v < values.Count; v++)
        {
            QuantityToken t = values[v];
            decimal growth = sign * (t.Dimension == Dimension.Multiple ? t.Value * 100 : t.Value);
            if (paired)
            {
                FactSpec amount = _output[first + v];
                _output[first + v] = amount with
                {
                    Growth = growth,
                    GrowthBound = t.Bound,
                    Qualifiers = JoinQualifiers(amount.Qualifiers, t.Qualifier),
                    Span = _lines.Span(amount.Span.Start, t.End - amount.Span.Start),
                };
            }
            else
            {
                string qualifiers = Qualifiers(t, null, out bool estimate);
                AddFact(KindOf(clauseStart, t, estimate), "", null, t, growth, t.Bound, qualifiers, estimate, factStart);
            }
        }

        last = j - 1;
        return true;
    }

    private bool SameSpanStart(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (_output[i].Span.Start != _output[from].Span.Start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// 均 (each) before the verb, after several names: one figure for every one of them. 化学需氧量、二氧化硫、氮氧化物排放量
    /// 均削减3.5% (corpus/local/hebei/河北省_2015_report.txt) is three facts of −3.5%; 城乡居民人均可支配收入均增长7%左右
    /// (hebei 2018) is the urban and the rural income, +7% each. 人均, 年均 and 平均 are no such 均 (PhraseWords.Averages).
    /// 各 right before the figure is the same: 公厕和口袋公园各5个 (../shared/local/mancheng/, 2023) is 5 of each.
    /// </summary>
    private bool TryShare(int k, string rawPhrase, int clauseStart, decimal? growth)
    {
        int phraseEnd = rawPhrase.Length;
        while (phraseEnd > 0 && CharClass.IsBlank(rawPhrase[phraseEnd - 1]))
        {
            phraseEnd--;
        }

        int each = PhraseWords.Each.MatchEndingAt(rawPhrase, phraseEnd, 0);
        int marker = each >= 0 ? phraseEnd - PhraseWords.Each[each].Length : rawPhrase.LastIndexOf('均');
        // 均 right before the verb (均削减, 均增长, 均达到): at most a verb of two characters and a blank after it.
        if (marker < 1 || (each < 0 && (rawPhrase.Length - marker - 1 > 3 || PhraseWords.Averages.MatchEndingAt(rawPhrase, marker + 1, 0) >= 0)))
        {
            return false;
        }

        // 全年新增高新技术企业和“专精特新”企业各3家: the verb of change before the names is every name's.
        string[] parts = Names(IndicatorPhrase.Clean(rawPhrase.Substring(0, marker), out List<string>? phraseQualifiers, out _));
        if (parts.Length == 1)
        {
            parts = Paired(parts, 2);
        }

        // 绍兴市级和嵊州市级信访积案: a name before the last that is a modifier of the last one's noun is no name.
        if (parts.Length < 2 || Array.Exists(parts, p => p.Length < 2)
            || Array.FindIndex(parts, 0, parts.Length - 1, p => PhraseWords.ModifierEndings.MatchEndingAt(p, p.Length, 0) >= 0) >= 0)
        {
            return false;
        }

        QuantityToken t = _found[k].Token;
        string qualifiers = Qualifiers(t, phraseQualifiers, out bool estimate);
        int factStart = Blanks.SkipForward(_text, clauseStart, t.Start, FigureSpanStart);
        foreach (string part in parts)
        {
            AddFact(KindOf(clauseStart, t, estimate), part, Indicators.Find(part), t, growth, t.Bound, qualifiers, estimate, factStart);
        }

        return true;
    }

    /// <summary>
    /// The names before 分别 made as many as its figures where the text writes two in one: 城乡居民人均可支配收入 (one name,
    /// <see cref="PhraseWords.PairedModifiers"/>) and 城镇和农村居民人均可支配收入 (a modifier sharing the last name's head,
    /// taken only when modifier and head make a synonym of the vocabulary: 城镇居民人均可支配收入).
    /// </summary>
    private static string[] Paired(string[] parts, int count)
    {
        if (parts.Length == 1 && count == 2 && PhraseWords.PairedModifiers.MatchAt(parts[0], 0, parts[0].Length) is int pair and >= 0)
        {
            string head = parts[0].Substring(PhraseWords.PairedModifiers[pair].Length);
            string[] groups = PhraseWords.PairedModifiers.ValueAt(pair);
            return new[] { groups[0] + head, groups[1] + head };
        }

        if (parts.Length != count || count < 2)
        {
            return parts;
        }

        string lastName = parts[parts.Length - 1];
        string[] named = (string[])parts.Clone();
        for (int i = 0; i < parts.Length - 1; i++)
        {
            string modifier = parts[i];
            if (modifier.Length == 0 || modifier.Length >= lastName.Length || Indicators.Find(modifier) is not null)
            {
                continue;
            }

            string joined = modifier + lastName.Substring(modifier.Length);
            if (Indicators.Find(joined) is { } entry && Array.IndexOf(entry.Synonyms, joined) >= 0 && Indicators.Find(lastName) is not null)
            {
                named[i] = joined;
            }
        }

        return named;
    }

    // Each name cleaned on its own, once the names of one character have their head (WithSharedHead).
    private static string[] Names(string names)
    {
        string[] parts = WithSharedHead(names.Split(Coordinators.BetweenNames, StringSplitOptions.RemoveEmptyEntries));
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = IndicatorPhrase.Clean(parts[i], out _, out _);
        }

        return parts;
    }

    /// <summary>
    /// Names of one character before the last name share its head: 肉、蛋、奶产量分别达到480万吨、390万吨、630万吨 (hebei 2015)
    /// is 肉产量, 蛋产量 and 奶产量; so 存、贷款余额 (存款余额, 贷款余额: ../shared/local/tangxian, 2020), 中、高等职业教育在校生
    /// (China2008) and 市、县市政设施完好率 (hebei 2011). 第一、二、三产业增加值 (hebei 2004) shares its 第 as well. Read alone,
    /// 肉 and 存 named nothing and their figures were lost; 第一 was a name of its own. Only where every name but the last is
    /// one Chinese character (after 第 for the first), as the last one's first is, and the head left has two or more.
    /// </summary>
    private static string[] WithSharedHead(string[] parts)
    {
        int n = parts.Length;
        if (n < 2)
        {
            return parts;
        }

        string last = parts[n - 1].Trim();
        bool ordinals = parts[0].Trim() is { Length: 2 } first && first[0] == '第' && CharClass.IsChineseOrdinal(first[1]);
        if (last.Length < 3 || !CharClass.IsCjk(last[0]) || (ordinals && !CharClass.IsChineseOrdinal(last[0])))
        {
            return parts;
        }

        var modifiers = new string[n];
        for (int i = 0; i < n - 1; i++)
        {
            string part = parts[i].Trim();
            if (i == 0 && ordinals)
            {
                part = part.Substring(1);
            }

            // 率 before 接入率 is what is left of a name whose verb was cut (建成率), not a modifier.
            if (part.Length != 1 || !CharClass.IsCjk(part[0]) || (ordinals && !CharClass.IsChineseOrdinal(part[0])) || part[0] == last[last.Length - 1])
            {
                return parts;
            }

            modifiers[i] = part;
        }

        modifiers[n - 1] = last.Substring(0, 1);
        string head = last.Substring(1);
        var named = new string[n];
        for (int i = 0; i < n; i++)
        {
            named[i] = (ordinals ? "第" : "") + modifiers[i] + head;
        }

        return named;
    }

    /// <summary>True when <paramref name="s"/> is one character of <paramref name="set"/>.</summary>
    private static bool IsOneOf(string s, CharSet set) => s.Length == 1 && set.Contains(s[0]);
}
