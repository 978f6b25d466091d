using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// The third form of a stated outcome: the whole met but for the targets it names as exceptions. Hebei's report on 2012
/// (corpus/local/hebei/河北省_2013_report.txt): 去年年初确定的各项目标，除社会消费品零售总额、出口总值、服务业增加值、中等职业
/// 学校招生人数等4项指标，因受…的影响没有完成外，其他32项指标顺利完成. Each exception is a miss on its own name; the rest is
/// met as a whole. Read only when every part stands: a target noun with a scope before 除 (各项目标), a clean list, a negated
/// verb right before 外; else the sentence is left to the two other forms.
/// </summary>
internal sealed partial class StatedOutcomes
{
    // True when the sentence text[start..end) is read as exceptions to the whole (its statements added).
    private bool ReadExceptions(int start, int end)
    {
        int open = OutcomeWords.ExceptionOpeners.IndexIn(_text, start, end);
        if (open < 0 || !NamesTheWhole(start, open))
        {
            return false;
        }

        int listStart = open + OutcomeWords.ExceptionOpeners[OutcomeWords.ExceptionOpeners.MatchAt(_text, open, end)].Length;
        int close = NegatedClose(listStart, end, out int negation);
        if (close < 0)
        {
            return false;
        }

        int listEnd = ListEnd(listStart, negation);
        TargetScope scope = TargetScope.None;
        bool year = false;
        if (!Items(listStart, listEnd, ref scope, ref year) || _items.Count == 0 || NotTheYearEnd() <= close)
        {
            return false;
        }

        int found = _found.Count;
        AddNamed(open, negation, StatedResult.Missed);
        if (_found.Count == found)
        {
            return false;
        }

        int othersEnd = TheOthersMet(close, end);
        if (othersEnd > 0)
        {
            Add(null, null, StatedResult.Met, close, othersEnd);
        }

        return true;
    }

    // The phrase before 除 holds a target noun reaching the year's targets: 去年年初确定的各项目标，.
    private bool NamesTheWhole(int start, int open)
    {
        int noun = OutcomeWords.Nouns.IndexIn(_text, start, open);
        if (noun < 0 || OutcomeWords.Nouns.ValueAt(OutcomeWords.Nouns.MatchAt(_text, noun, open)) != TargetNoun.Target)
        {
            return false;
        }

        for (int p = start; p < noun; p++)
        {
            int w = OutcomeWords.Scope.MatchAt(_text, p, noun);
            if (w >= 0 && OutcomeWords.Scope.ValueAt(w) is TargetScope.Headline or TargetScope.WholeYear)
            {
                return true;
            }
        }

        return false;
    }

    // Where the exceptions close: just after 外 that follows a negated verb (没有完成外); -1 when none does. negation is where
    // the negation starts.
    private int NegatedClose(int from, int end, out int negation)
    {
        negation = -1;
        for (int p = OutcomeWords.ExceptionClosers.IndexIn(_text, from, end); p >= 0; p = OutcomeWords.ExceptionClosers.IndexIn(_text, p + 1, end))
        {
            int v = OutcomeWords.Verbs.MatchEndingAt(_text, p, from);
            if (v < 0)
            {
                continue;
            }

            int verbStart = p - OutcomeWords.Verbs[v].Length;
            int g = OutcomeWords.Negations.MatchEndingAt(_text, verbStart, from);
            if (g < 0 || OutcomeWords.Verbs.ValueAt(v) == StatedResult.Exceeded)
            {
                return -1;
            }

            negation = verbStart - OutcomeWords.Negations[g].Length;
            return p + OutcomeWords.ExceptionClosers[OutcomeWords.ExceptionClosers.MatchAt(_text, p, end)].Length;
        }

        return -1;
    }

    // The list ends at its first clause stop, before a tail that counts it: …中等职业学校招生人数等4项指标.
    private int ListEnd(int listStart, int negation)
    {
        int e = listStart;
        while (e < negation && !IsClauseStop(_text[e]))
        {
            e++;
        }

        e = Blanks.SkipBack(_text, e, listStart, AlsoSkip.LineBreaks);
        int noun = OutcomeWords.Nouns.MatchEndingAt(_text, e, listStart);
        if (noun < 0)
        {
            return e;
        }

        e -= OutcomeWords.Nouns[noun].Length;
        while (e > listStart)
        {
            int w = OutcomeWords.CountWords.MatchEndingAt(_text, e, listStart);
            if (w >= 0)
            {
                e -= OutcomeWords.CountWords[w].Length;
            }
            else if (CharClass.IsDigit(_text[e - 1]) || CharClass.IsChineseNumeral(_text[e - 1]))
            {
                e--;
            }
            else
            {
                break;
            }
        }

        return e;
    }

    // After the exceptions, the rest met: ，其他32项指标顺利完成. The end of that clause, or -1 when it says otherwise or nothing.
    private int TheOthersMet(int close, int end)
    {
        int p = Blanks.SkipForward(_text, close, end, AlsoSkip.LineBreaks);
        p = p < end && IsClauseStop(_text[p]) ? Blanks.SkipForward(_text, p + 1, end, AlsoSkip.LineBreaks) : p;
        int others = OutcomeWords.TheOthers.MatchAt(_text, p, end);
        if (others < 0)
        {
            return -1;
        }

        p += OutcomeWords.TheOthers[others].Length;
        while (p < end && (CharClass.IsDigit(_text[p]) || CharClass.IsChineseNumeral(_text[p]) || OutcomeWords.CountWords.MatchAt(_text, p, end) >= 0))
        {
            int w = OutcomeWords.CountWords.MatchAt(_text, p, end);
            p += w >= 0 ? OutcomeWords.CountWords[w].Length : 1;
        }

        int noun = OutcomeWords.Nouns.MatchAt(_text, p, end);
        if (noun < 0 || OutcomeWords.Nouns.ValueAt(noun) != TargetNoun.Target)
        {
            return -1;
        }

        p += OutcomeWords.Nouns[noun].Length;
        SkipAdverbs(ref p, end);
        int v = OutcomeWords.Verbs.MatchAt(_text, p, end);
        if (v < 0 || OutcomeWords.Negations.MatchAt(_text, p, end) >= 0)
        {
            return -1;
        }

        p += OutcomeWords.Verbs[v].Length;
        p += OutcomeWords.Perfective.MatchAt(_text, p, end) >= 0 ? 1 : 0;
        return p >= end || IsClauseStop(_text[p]) ? p : -1;
    }
}
