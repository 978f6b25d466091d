using System.Collections.Generic;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// Reads stated outcomes (docs/verification.md, "Stated outcomes"): clauses of the review part, and of the plan part's
/// look-back sentences, that say in words what became of the reviewed year's targets. Two forms, both within one clause
/// (a sentence cut at ，：；。):
/// <list type="bullet">
/// <item>the noun first, then the verb, ending the clause: 全年经济社会发展主要目标任务圆满完成 (China2017),
/// 节能减排、物价调控目标没有完成 (China2012), 主要目标任务全面完成并好于预期 (China2018);</item>
/// <item>the verb first, the noun ending the clause: 完成了全年经济社会发展主要目标任务 (China2015), 全国没有实现年初确定的
/// 单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标 (China2007), 国内生产总值增长率达到预期目标 (China2000).</item>
/// </list>
/// The indicator is named in the phrase before the noun (each item of a 、 list is one outcome), else by the subject before
/// a leading verb, else by the one indicator the sentence's earlier clauses name (城镇新增就业980万人，超过预期目标,
/// China2005); with no name, a phrase that reaches the headline targets (主要, 各项, 全年, 年初确定的) states their outcome as a
/// whole. A third form names the misses as exceptions to the whole (StatedOutcomes.Exceptions.cs). Anything else is left
/// unread: precision first. Linear in the sentence, never throws.
/// </summary>
internal sealed partial class StatedOutcomes
{
    // Synonyms of the indicator dictionary are short: an indicator named in an earlier clause is looked for in windows of this size.
    private const int MentionWindow = 24;

    // A written name longer than this is a passage, not an indicator (全国基本普及九年义务教育和基本扫除青壮年文盲的工作).
    private const int MaxName = 20;

    private readonly string _text;
    private readonly LineMap _lines;
    private readonly int? _reviewYear;
    private readonly List<StatedOutcomeSpec> _found = new();
    private readonly List<(int Raw, int Start, int End)> _items = new();

    // The sentence being read, and what its clauses before the statement named (scanned once, as far as needed).
    private int _sentenceStart;
    private string _sentence = "";
    private int _scannedTo;

    private int _sentenceEnd;
    private int _notTheYearEnd;

    // Where the clause before the one being read starts (the sentence's start for its first clause).
    private int _clauseBefore;
    private readonly List<(int Start, int End, Indicators.Entry Entry)> _mentions = new();
    private bool _unnamedFigure;

    public StatedOutcomes(string text, LineMap lines, int? reviewYear)
    {
        _text = text;
        _lines = lines;
        _reviewYear = reviewYear;
    }

    /// <summary>The outcomes read so far, in text order.</summary>
    public List<StatedOutcomeSpec> Found => _found;

    /// <summary>Reads the sentence text[start..end).</summary>
    public void Read(int start, int end)
    {
        if (OutcomeWords.Nouns.IndexIn(_text, start, end) < 0)
        {
            return;
        }

        (int sentenceStart, int sentenceEnd) = Blanks.Trim(_text, start, end, AlsoSkip.LineBreaks | AlsoSkip.TableBars);
        _sentenceStart = start;
        _sentenceEnd = end;
        _notTheYearEnd = -1;
        _sentence = _text.Substring(sentenceStart, sentenceEnd - sentenceStart);
        _scannedTo = start;
        _mentions.Clear();
        _unnamedFigure = false;
        if (ReadExceptions(start, end))
        {
            return;
        }

        int clause = start;
        _clauseBefore = start;
        for (int p = start; p <= end; p++)
        {
            if (p == end || IsClauseStop(_text[p]))
            {
                (int cs, int ce) = Blanks.Trim(_text, clause, p, AlsoSkip.LineBreaks | AlsoSkip.TableBars);
                if (ce > cs)
                {
                    ReadClause(cs, ce);
                    _clauseBefore = cs;
                }

                clause = p + 1;
            }
        }
    }

    private static bool IsClauseStop(char c) => CharClass.IsSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':';

    // One statement at most per clause: the first noun that stands in one of the two forms.
    private void ReadClause(int cs, int ce)
    {
        for (int p = cs; p < ce; p++)
        {
            int n = OutcomeWords.Nouns.MatchAt(_text, p, ce);
            if (n < 0)
            {
                continue;
            }

            int ne = p + OutcomeWords.Nouns[n].Length;
            TargetNoun noun = OutcomeWords.Nouns.ValueAt(n);
            if (NounFirst(cs, ce, p, ne, noun) || VerbFirst(cs, ce, p, ne, noun))
            {
                return;
            }

            p = ne - 1;
        }
    }

    // 主要目标任务全面完成: noun, adverbs, a negation, the verb (了), and nothing after but 并好于预期.
    private bool NounFirst(int cs, int ce, int ns, int ne, TargetNoun noun)
    {
        int q = ne;
        bool mostly = SkipAdverbs(ref q, ce);
        bool negated = false;
        int g = OutcomeWords.Negations.MatchAt(_text, q, ce);
        if (g >= 0)
        {
            negated = true;
            q += OutcomeWords.Negations[g].Length;
            mostly |= SkipAdverbs(ref q, ce);
        }

        int v = OutcomeWords.Verbs.MatchAt(_text, q, ce);
        if (v < 0)
        {
            return false;
        }

        int verbStart = q;
        q += OutcomeWords.Verbs[v].Length;
        q += OutcomeWords.Perfective.MatchAt(_text, q, ce) >= 0 ? 1 : 0;
        bool better = false;
        if (q < ce)
        {
            int b = OutcomeWords.BetterThanExpected.MatchAt(_text, q, ce);
            if (b < 0 || q + OutcomeWords.BetterThanExpected[b].Length != ce)
            {
                return false;
            }

            better = true;
        }

        Statement(cs, ce, verbStart, cs, ns, -1, -1, noun, ResultOf(OutcomeWords.Verbs.ValueAt(v), negated, mostly, better), false);
        return true;
    }

    // 全国没有实现年初确定的…的目标: the noun ends the clause; the nearest verb before it, then its negation and adverbs, then the subject.
    private bool VerbFirst(int cs, int ce, int ns, int ne, TargetNoun noun)
    {
        // 控制在预期目标以内: after a ceiling's verb, 以内 may close the clause instead of the noun.
        int within = ne == ce ? -1 : OutcomeWords.Within.MatchAt(_text, ne, ce);
        if (ne != ce && (within < 0 || ne + OutcomeWords.Within[within].Length != ce))
        {
            return false;
        }

        WordTable<StatedResult> verbs = within >= 0 ? OutcomeWords.CeilingVerbs : OutcomeWords.Verbs;
        for (int e = ns; e > cs; e--)
        {
            int v = verbs.MatchEndingAt(_text, e, cs);
            if (v < 0)
            {
                continue;
            }

            int verbStart = e - verbs[v].Length;
            int phraseStart = e + (OutcomeWords.Perfective.MatchAt(_text, e, ns) >= 0 ? 1 : 0);
            int b = verbStart;
            bool negated = false, mostly = false;
            while (b > cs)
            {
                int a = OutcomeWords.Adverbs.MatchEndingAt(_text, b, cs);
                if (a >= 0)
                {
                    mostly |= OutcomeWords.Adverbs.ValueAt(a);
                    b -= OutcomeWords.Adverbs[a].Length;
                    continue;
                }

                int g = negated ? -1 : OutcomeWords.Negations.MatchEndingAt(_text, b, cs);
                if (g >= 0)
                {
                    negated = true;
                    b -= OutcomeWords.Negations[g].Length;
                    continue;
                }

                break;
            }

            // A plain 完成 / 实现 / 达到 with no 了, adverb or negation reads as a plan as much as a result (完成关键指标,
            // 我们只能…实现现代化的目标): read only for the year's targets as a whole (完成全年经济社会发展主要目标任务, China2019)
            // or for the subject that names the indicator (国内生产总值增长率达到预期目标, China2000).
            bool bare = b == verbStart && phraseStart == e && verbs.ValueAt(v) == StatedResult.Met;
            if (b > cs && OutcomeWords.Purpose.MatchEndingAt(_text, b, cs) >= 0)
            {
                return true;
            }

            Statement(cs, ce, verbStart, phraseStart, ns, cs, b, noun, ResultOf(verbs.ValueAt(v), negated, mostly, false), bare);
            return true;
        }

        return false;
    }

    // Null: nothing to read (没有超额完成 says neither met nor missed).
    private static StatedResult? ResultOf(StatedResult verb, bool negated, bool mostly, bool better)
    {
        if (negated)
        {
            return verb == StatedResult.Exceeded ? null : StatedResult.Missed;
        }

        return better ? StatedResult.Exceeded : mostly ? StatedResult.MostlyMet : verb;
    }

    // Skips adverbs at text[q..]; true when one says "broadly" (基本).
    private bool SkipAdverbs(ref int q, int limit)
    {
        bool mostly = false;
        for (int a = OutcomeWords.Adverbs.MatchAt(_text, q, limit); a >= 0; a = OutcomeWords.Adverbs.MatchAt(_text, q, limit))
        {
            mostly |= OutcomeWords.Adverbs.ValueAt(a);
            q += OutcomeWords.Adverbs[a].Length;
        }

        return mostly;
    }

    // A statement in the clause text[cs..ce): the verb at verbStart, the phrase before the noun text[ps..pe), for a leading verb
    // the subject text[ss..se) (-1 when none). Adds what it states, or nothing.
    // bare: a leading plain verb (完成全年…), read only for the headline targets as a whole.
    private void Statement(int cs, int ce, int verbStart, int ps, int pe, int ss, int se, TargetNoun noun, StatedResult? result, bool bare)
    {
        if (result is not StatedResult stated || noun == TargetNoun.NotOne || Blocked(cs, verbStart)
            || OutcomeWords.PartOfTheWhole.OccursIn(_text, HasOwnSubject(ss, se) ? cs : _clauseBefore, verbStart)
            || NotTheYearEnd() <= ce
            || TimeWords.Ahead.OccursIn(_text, cs, ce) || OutcomeWords.Pointers.OccursIn(_text, cs, ce)
            || (se > ss && OutcomeWords.Actors.OccursIn(_text, ss, se)))
        {
            return;
        }

        TargetScope scope = TargetScope.None;
        bool year = false;
        int setBy = LastSetBy(ps, pe, out int setByStart);
        if (setBy > ps)
        {
            if (OutcomeWords.YearSetters.IndexIn(_text, ps, setByStart) >= 0)
            {
                scope = TargetScope.WholeYear;
            }

            ps = setBy;
        }

        if (!Items(ps, pe, ref scope, ref year))
        {
            return;
        }

        year |= scope == TargetScope.WholeYear;
        if (noun == TargetNoun.Task && !year)
        {
            return;
        }

        if (_items.Count > 0)
        {
            if (!bare)
            {
                AddNamed(cs, ce, stated);
            }

            return;
        }

        if (scope == TargetScope.Headline)
        {
            Add(null, null, stated, cs, ce);
            return;
        }

        int subject = se > ss ? Subject(ss, se) : 0;
        if (subject != 0)
        {
            if (subject > 0)
            {
                AddNamed(cs, ce, stated);
            }

            return;
        }

        if (bare)
        {
            if (scope == TargetScope.WholeYear)
            {
                Add(null, null, stated, cs, ce);
            }

            return;
        }

        ScanMentions(cs);
        if (_mentions.Count > 0 && !_unnamedFigure && OneEntry())
        {
            (int start, int end, Indicators.Entry entry) = _mentions[_mentions.Count - 1];
            Add(entry.Name, _text.Substring(start, end - start), stated, cs, ce);
            return;
        }

        if (scope == TargetScope.WholeYear)
        {
            Add(null, null, stated, cs, ce);
        }
    }

    // Where the first word of OutcomeWords.NotTheYear or TimeWords.MultiYear in the sentence ends (int.MaxValue: none);
    // found once per sentence, so a sentence of many statements is still read in linear time.
    private int NotTheYearEnd()
    {
        if (_notTheYearEnd < 0)
        {
            _notTheYearEnd = int.MaxValue;
            FirstEnd(OutcomeWords.NotTheYear);
            FirstEnd(TimeWords.MultiYear);
        }

        return _notTheYearEnd;
    }

    private void FirstEnd(WordTable table)
    {
        foreach (string word in table)
        {
            int at = _text.IndexOf(word, _sentenceStart, _sentenceEnd - _sentenceStart, System.StringComparison.Ordinal);
            if (at >= 0 && at + word.Length < _notTheYearEnd)
            {
                _notTheYearEnd = at + word.Length;
            }
        }
    }

    // A leading verb's clause has a subject of its own unless it opens on the verb (没有完成…) or a connective (却没有完成…);
    // a clause that opens on its noun has one.
    private bool HasOwnSubject(int ss, int se)
    {
        if (ss < 0)
        {
            return true;
        }

        int c = OutcomeWords.Connectives.MatchAt(_text, ss, se);
        return se > ss + (c >= 0 ? OutcomeWords.Connectives[c].Length : 0);
    }

    // Mood or purpose in the clause before the verb: 努力完成, 确保实现.
    private bool Blocked(int cs, int verbStart)
    {
        for (int p = cs; p < verbStart; p++)
        {
            int w = OutcomeWords.NotStated.MatchAt(_text, p, verbStart);
            if (w >= 0)
            {
                if (OutcomeWords.NotStated.ValueAt(w))
                {
                    return true;
                }

                p += OutcomeWords.NotStated[w].Length - 1;
            }
        }

        return false;
    }

    // The end of the last 确定的 / 下达的 … in text[ps..pe), or -1; setByStart is where it starts.
    private int LastSetBy(int ps, int pe, out int setByStart)
    {
        int found = -1;
        setByStart = -1;
        for (int p = ps; p < pe; p++)
        {
            int w = OutcomeWords.SetBy.MatchAt(_text, p, pe);
            if (w >= 0)
            {
                setByStart = p;
                found = p + OutcomeWords.SetBy[w].Length;
            }
        }

        return found;
    }

    // Splits text[ps..pe) at 、 into names (into _items), dropping scope words and a leading year; false when the phrase is
    // about another year than the one reviewed.
    private bool Items(int ps, int pe, ref TargetScope scope, ref bool year)
    {
        _items.Clear();
        int itemStart = ps;
        for (int p = ps; p <= pe; p++)
        {
            if (p < pe && _text[p] != '、')
            {
                continue;
            }

            if (!Item(itemStart, p, ref scope, ref year, out int s, out int e))
            {
                return false;
            }

            if (e > s)
            {
                _items.Add((itemStart, s, e));
            }

            itemStart = p + 1;
        }

        return true;
    }

    // One item: scope words and the reviewed year off its front, a figure and its verb (降低4%左右) and scope words off its back.
    private bool Item(int start, int end, ref TargetScope scope, ref bool year, out int s, out int e)
    {
        s = Blanks.SkipForward(_text, start, end, AlsoSkip.LineBreaks | AlsoSkip.Dashes | AlsoSkip.Hyphens);
        e = end;
        while (s < end)
        {
            int y = Years.LengthAt(_text, s, end);
            if (y > 0)
            {
                if (Years.Next(_text, s, end, out int written, out _) != s || written != _reviewYear)
                {
                    return false;
                }

                year = true;
                scope = Max(scope, TargetScope.WholeYear);
                s += y;
                continue;
            }

            int w = OutcomeWords.Scope.MatchAt(_text, s, end);
            if (w < 0)
            {
                break;
            }

            scope = Max(scope, OutcomeWords.Scope.ValueAt(w));
            year |= OutcomeWords.Scope.ValueAt(w) == TargetScope.Year;
            s += OutcomeWords.Scope[w].Length;
        }

        for (int p = s; p < e; p++)
        {
            if (CharClass.IsDigit(_text[p]))
            {
                e = p;
                for (int w = GrowthWords.Verbs.MatchEndingAt(_text, e, s); w >= 0; w = GrowthWords.Verbs.MatchEndingAt(_text, e, s))
                {
                    e -= GrowthWords.Verbs[w].Length;
                }

                int bound = BoundWords.BeforeFigure.MatchEndingAt(_text, e, s);
                e -= bound >= 0 ? BoundWords.BeforeFigure[bound].Length : 0;
                break;
            }
        }

        for (int w = OutcomeWords.Scope.MatchEndingAt(_text, e, s); w >= 0; w = OutcomeWords.Scope.MatchEndingAt(_text, e, s))
        {
            scope = Max(scope, OutcomeWords.Scope.ValueAt(w));
            year |= OutcomeWords.Scope.ValueAt(w) == TargetScope.Year;
            e -= OutcomeWords.Scope[w].Length;
        }

        e = Blanks.SkipBack(_text, e, s, AlsoSkip.LineBreaks);
        return true;
    }

    private static TargetScope Max(TargetScope a, TargetScope b) => a > b ? a : b;

    // The subject before a leading verb: 1 with its names in _items; 0 when it is a circumstance (在…中) or names nothing;
    // -1 when it is about another year than the one reviewed.
    private int Subject(int ss, int se)
    {
        int s = Blanks.SkipForward(_text, ss, se, AlsoSkip.LineBreaks | AlsoSkip.Dashes | AlsoSkip.Hyphens);
        if (OutcomeWords.CircumstanceOpeners.MatchAt(_text, s, se) >= 0)
        {
            return 0;
        }

        TargetScope ignored = TargetScope.None;
        bool year = false;
        return !Items(s, se, ref ignored, ref year) ? -1 : _items.Count > 0 ? 1 : 0;
    }

    // One outcome per name in _items; none at all when any name is not clean (a passage, a year, a quotation, a figure).
    private void AddNamed(int cs, int ce, StatedResult stated)
    {
        var named = new List<(string? Canonical, string Written)>(_items.Count);
        foreach ((int raw, int s, int e) in _items)
        {
            if (!IsCleanName(s, e))
            {
                return;
            }

            named.Add(Resolve(raw, s, e));
        }

        foreach ((string? canonical, string written) in named)
        {
            Add(canonical, written, stated, cs, ce);
        }
    }

    private bool IsCleanName(int s, int e)
    {
        if (e - s < 2 || e - s > MaxName)
        {
            return false;
        }

        // A name that opens on a verb is a task (提高劳动生产率和降低成本, 建成创新型国家), one with 的 a passage; 其他 (其他指标
        // 顺利完成) is the rest of something unnamed.
        if (GrowthWords.Verbs.MatchAt(_text, s, e) >= 0 || GrowthWords.CountingVerbs.MatchAt(_text, s, e) >= 0
            || OutcomeWords.TheOthers.MatchAt(_text, s, e) >= 0)
        {
            return false;
        }

        for (int p = s; p < e; p++)
        {
            char c = _text[p];
            if (!(CharClass.IsCjk(c) || CharClass.IsAsciiLetter(c)) || c == '年' || c == '的')
            {
                return false;
            }
        }

        return true;
    }

    // The dictionary's entry for the name text[s..e) (a trailing rate word aside: 国内生产总值增长率), looked up with the scope
    // words before it from raw on (主要污染物排放总量 may be a synonym where 污染物排放总量 is not), and the name as written from
    // the synonym on; an unknown name as written from s.
    private (string? Canonical, string Written) Resolve(int raw, int s, int e)
    {
        int stem = e;
        Indicators.Entry? entry = Indicators.Find(_text.Substring(raw, e - raw));
        if (entry is null)
        {
            int rate = Indicators.RateWords.MatchEndingAt(_text, e, s + 1);
            if (rate >= 0)
            {
                stem = e - Indicators.RateWords[rate].Length;
                entry = Indicators.Find(_text.Substring(raw, stem - raw));
            }
        }

        if (entry is null)
        {
            return (null, _text.Substring(s, e - s));
        }

        // The dictionary may match more loosely than a synonym ending the name: then the name is kept as written from s.
        int synonym = SynonymLength(entry, stem, raw);
        int from = synonym > 0 ? stem - synonym : s;
        return (entry.Name, _text.Substring(from, e - from));
    }

    // The longest synonym of entry that text[..end) ends with, not reaching before floor.
    private int SynonymLength(Indicators.Entry entry, int end, int floor)
    {
        int best = 0;
        foreach (string synonym in entry.Synonyms)
        {
            if (synonym.Length > best && end - synonym.Length >= floor
                && string.CompareOrdinal(_text, end - synonym.Length, synonym, 0, synonym.Length) == 0)
            {
                best = synonym.Length;
            }
        }

        return best;
    }

    // Scans the sentence's clauses before text[to] for indicators the dictionary knows (a longer mention swallows the ones
    // inside it: 单位国内生产总值能耗 is not 国内生产总值) and for clauses with a figure but no known indicator.
    private void ScanMentions(int to)
    {
        int clause = _scannedTo;
        int firstMention = _mentions.Count;
        bool digit = false;
        for (int p = _scannedTo; p < to; p++)
        {
            char c = _text[p];
            if (IsClauseStop(c))
            {
                _unnamedFigure |= digit && _mentions.Count == firstMention;
                clause = p + 1;
                firstMention = _mentions.Count;
                digit = false;
                continue;
            }

            digit |= CharClass.IsDigit(c);
            int e = p + 1;
            int from = System.Math.Max(clause, e - MentionWindow);
            Indicators.Entry? entry = Indicators.Find(_text.Substring(from, e - from));
            if (entry is null)
            {
                continue;
            }

            int length = SynonymLength(entry, e, from);
            if (length == 0)
            {
                // Known to the dictionary by a looser match than a synonym ending here: no span to quote, not taken.
                continue;
            }

            int start = e - length;
            while (_mentions.Count > firstMention && _mentions[_mentions.Count - 1].Start >= start)
            {
                _mentions.RemoveAt(_mentions.Count - 1);
            }

            _mentions.Add((start, e, entry));
        }

        // The statement's own clause is not scanned (it starts at to); a clause left open at to is the statement's.
        _scannedTo = to;
    }

    private bool OneEntry()
    {
        for (int i = 1; i < _mentions.Count; i++)
        {
            if (!ReferenceEquals(_mentions[i].Entry, _mentions[0].Entry))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(string? canonical, string? written, StatedResult result, int cs, int ce) =>
        _found.Add(new StatedOutcomeSpec(canonical, written, result, _sentence, _lines.Span(cs, ce - cs)));
}
