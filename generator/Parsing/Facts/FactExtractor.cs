using System;
using System.Collections.Generic;
using System.Threading;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Structure;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// Turns the sentences of one part of a report into facts: each quantity with the indicator written
/// before it, its growth, its qualifiers and its source sentence.
/// </summary>
internal static class FactExtractor
{
    private readonly record struct Found(QuantityToken Token, bool InParentheses, bool NamePart, bool ImpliedGrowth = false);

    /// <summary>
    /// Extracts the facts of text[from..to). Facts inside <paramref name="multiYearSections"/>, or in a sentence that
    /// speaks of several years (年均, 五年, “十四五”), are marked multi-year: no single year's report can check them.
    /// </summary>
    public static void Extract(string text, LineMap lines, int from, int to, FactKind kind, IReadOnlyList<(int Start, int End)> multiYearSections,
        List<FactSpec> output, CancellationToken cancellationToken) =>
        Extract(text, lines, from, to, kind, multiYearSections, output, null, null, null, cancellationToken);

    /// <summary>
    /// Extracts the plan part: its sentences set targets, except those that look back on the year under review, whose
    /// figures are that year's results and go to <paramref name="achievements"/>. A plan part often opens by recalling
    /// them (过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…), and the next report must not be judged on them.
    /// </summary>
    public static void ExtractPlan(string text, LineMap lines, int from, int to, int? reviewYear, int? planYear,
        IReadOnlyList<(int Start, int End)> multiYearSections, List<FactSpec> targets, List<FactSpec> achievements, CancellationToken cancellationToken) =>
        Extract(text, lines, from, to, FactKind.Target, multiYearSections, targets, achievements, reviewYear, planYear, cancellationToken);

    // With past == null every sentence's facts go to output; otherwise those of a sentence that looks back go to past.
    private static void Extract(string text, LineMap lines, int from, int to, FactKind kind, IReadOnlyList<(int Start, int End)> multiYearSections,
        List<FactSpec> output, List<FactSpec>? past, int? reviewYear, int? planYear, CancellationToken cancellationToken)
    {
        bool carry = false, pastParagraph = false;
        int start = from;
        while (start < to)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = SentenceEnd(text, start, to);
            bool opensOnThePast = false, looksBack = false;
            if (past is not null)
            {
                // 五年来, 过去五年 …: a paragraph that opens on the past years recalls them throughout.
                if (start == from || CharClass.IsLineBreak(text[start - 1]))
                {
                    int opening = Blanks.SkipForward(text, start, end, AlsoSkip.LineBreaks);
                    pastParagraph = SectionFinder.OpensOnSeveralYears(text, opening);
                }

                bool forward = MentionsThePlanYear(text, start, end, planYear);
                opensOnThePast = !forward && OpensOnThePast(text, start, end, reviewYear);
                looksBack = opensOnThePast || ((carry || pastParagraph) && !forward);
            }

            List<FactSpec> list = looksBack ? past! : output;
            int first = list.Count;
            ExtractSentence(text, lines, start, end, looksBack ? FactKind.Achievement : kind, list);
            if (list.Count > first && (InAny(start, multiYearSections) || TimeWords.MultiYear.OccursIn(text, start, end)))
            {
                for (int i = first; i < list.Count; i++)
                {
                    list[i] = list[i] with { IsMultiYear = true };
                }
            }

            // A sentence that looks back on results without giving a figure (过去一年，我们的各项工作取得了很大成绩。)
            // announces them: the next sentence of its paragraph gives them. Any other sentence lends nothing.
            carry = opensOnThePast && list.Count == first && !CharClass.IsLineBreak(text[end - 1]) && AnnouncesResults(text, start, end);
            start = end;
        }
    }

    // 去年…, 过去一年…, 上年…, 2010年… (the year under review) at the start of a sentence, after any blanks, dashes or
    // ordinal like (一).
    private static bool OpensOnThePast(string text, int start, int end, int? reviewYear)
    {
        int p = Blanks.SkipForward(text, start, end, AlsoSkip.LineBreaks | AlsoSkip.Dashes | AlsoSkip.Hyphens);
        if (p < end && CharClass.IsOpenParen(text[p]))
        {
            int q = p + 1;
            while (q < end && CharClass.IsChineseOrdinal(text[q]))
            {
                q++;
            }

            if (q > p + 1 && q < end && CharClass.IsCloseParen(text[q]))
            {
                p = q + 1;
            }
        }

        return TimeWords.PastOpeners.MatchAt(text, p, end) >= 0
            || reviewYear is int review && Years.Next(text, p, end, out int year, out _) == p && year == review;
    }

    private static bool AnnouncesResults(string text, int start, int end) => TimeWords.Results.OccursIn(text, start, end);

    // 今年, 明年 or the plan year anywhere in the sentence: it looks ahead, whatever it opens with (去年…，今年要…).
    private static bool MentionsThePlanYear(string text, int start, int end, int? planYear)
    {
        if (TimeWords.Ahead.OccursIn(text, start, end))
        {
            return true;
        }

        for (int at = Years.Next(text, start, end, out int year, out int yearEnd); at >= 0 && planYear is not null;
            at = Years.Next(text, yearEnd, end, out year, out yearEnd))
        {
            if (year == planYear)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InAny(int position, IReadOnlyList<(int Start, int End)> ranges)
    {
        foreach ((int s, int e) in ranges)
        {
            if (position >= s && position < e)
            {
                return true;
            }
        }

        return false;
    }

    // Where a figure's span starts: after the blanks, table bars and list dashes that open its clause (——实际利用内外资30亿元).
    private const AlsoSkip FigureSpanStart = AlsoSkip.LineBreaks | AlsoSkip.Dashes | AlsoSkip.TableBars;

    // What ends a sentence, or may: the sentence scanner looks at nothing else.
    private static readonly CharSet s_sentenceStops = new(c => CharClass.IsSentenceEnd(c) || CharClass.IsLineBreak(c));

    // Where a figure (or an aside around one) can begin: the fact scanner skips every other character.
    private static readonly CharSet s_figureStarts = new(
        c => CharClass.IsDigit(c) || ChineseNumerals.IsNumeral(c) || c == '百' || CharClass.IsOpenParen(c) || CharClass.IsCloseParen(c),
        System.Linq.Enumerable.Select(GrowthWords.Phrases, phrase => phrase[0]));

    /// <summary>After 。；！？ or a hard line break; a line break inside a running sentence (城镇新增\n\u200b\n就业) is soft.</summary>
    internal static int SentenceEnd(string text, int start, int to)
    {
        // A very long run without punctuation (a table, a hostile file) still ends somewhere.
        const int MaxSentence = 4001;
        int cap = start + MaxSentence;
        int lineStart = start;
        bool lastBreakSoft = false;
        int p = start;
        while (true)
        {
            p = s_sentenceStops.IndexIn(text, p, Math.Min(to, cap));
            if (p >= to || p >= cap)
            {
                return to <= cap ? to : cap + 1;
            }

            if (CharClass.IsSentenceEnd(text[p]))
            {
                return p + 1;
            }

            // The blank line inside a soft break (74.4\n\u200b\n万亿元) belongs to that break.
            bool soft = (lastBreakSoft && Blanks.IsAll(text, lineStart, p, AlsoSkip.CarriageReturns)) || IsSoftBreak(text, lineStart, p, to);
            if (!soft)
            {
                return p + 1;
            }

            lastBreakSoft = true;
            lineStart = p + 1;
            p++;
        }
    }

    private static bool IsSoftBreak(string text, int lineStart, int breakAt, int to)
    {
        int before = Blanks.SkipBack(text, breakAt, lineStart, AlsoSkip.CarriageReturns) - 1;
        if (before < lineStart || !(CharClass.IsCjk(text[before]) || CharClass.IsDigit(text[before])))
        {
            return false;
        }

        int after = breakAt + 1, breaks = 0;
        bool zeroWidthLine = false;
        while (after < to && (CharClass.IsBlank(text[after]) || CharClass.IsLineBreak(text[after])))
        {
            breaks += text[after] == '\n' ? 1 : 0;
            zeroWidthLine |= text[after] == '\u200B';
            after++;
        }

        // A line of nothing but U+200B is the mark of a word broken by the web copy (城镇新增\n\u200b\n就业);
        // otherwise only a long line running on is a sentence running on, so short headings stay apart.
        return breaks <= 2 && after < to && (CharClass.IsCjk(text[after]) || CharClass.IsDigit(text[after]))
            && (zeroWidthLine || breakAt - lineStart >= 30);
    }

    private static void ExtractSentence(string text, LineMap lines, int start, int end, FactKind kind, List<FactSpec> output)
    {
        var found = new List<Found>();
        int depth = 0;
        for (int i = start; i < end;)
        {
            i = s_figureStarts.IndexIn(text, i, end);
            if (i >= end)
            {
                break;
            }

            char c = text[i];
            if (CharClass.IsOpenParen(c))
            {
                depth++;
            }
            else if (CharClass.IsCloseParen(c))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (TryGrowthPhrase(text, i, end, out QuantityToken phrase))
            {
                found.Add(new Found(phrase, depth > 0, false, ImpliedGrowth: true));
                i = phrase.End;
                continue;
            }
            else if (QuantityScanner.IsNumberStart(text, i))
            {
                if (QuantityScanner.TryScan(text, i, end, out QuantityToken token, out int next))
                {
                    found.Add(new Found(token, depth > 0, false));
                }

                i = Math.Max(next, i + 1);
                continue;
            }

            i++;
        }

        if (found.Count == 0)
        {
            return;
        }

        MarkNameParts(text, found);

        (int sentenceStart, int sentenceEnd) = Blanks.Trim(text, start, end, AlsoSkip.LineBreaks | AlsoSkip.TableBars);
        string sentence = text.Substring(sentenceStart, sentenceEnd - sentenceStart);
        int firstOfSentence = output.Count;
        int phraseFloor = start;
        int partParent = -1;
        for (int k = 0; k < found.Count; k++)
        {
            Found f = found[k];
            if (f.NamePart)
            {
                continue;
            }

            if (f.InParentheses)
            {
                phraseFloor = f.Token.End;
                continue;
            }

            QuantityToken t = f.Token;
            int sign = 1;
            int verbStart = f.ImpliedGrowth ? t.Start : GrowthVerbBefore(text, t.Start, phraseFloor, out sign);
            bool isGrowth = verbStart >= 0 && (t.Dimension == Dimension.Percent || t.Dimension == Dimension.Multiple);

            // 净增277家 is an amount: the verb stays in its indicator.
            int phraseEnd = isGrowth ? verbStart : t.Start;
            int clauseStart = ClauseStart(text, phraseEnd, phraseFloor);
            string rawPhrase = text.Substring(clauseStart, phraseEnd - clauseStart);

            if (t.Dimension == Dimension.PercentagePoints || RelativeFigures.HasComparisonWord(rawPhrase))
            {
                // 高于全市1个百分点, 比上年提高0.4个百分点: relative to something else, never the indicator's own figure.
                if (t.Dimension is Dimension.PercentagePoints or Dimension.Percent && t.Max is null
                    && RelativeFigures.TrySplit(rawPhrase, out string ownPhrase, out string against, out int relativeSign))
                {
                    string own = RelativeFigures.WithoutRateWord(CleanIndicator(ownPhrase, out _, out _));
                    // 增长15%，高于全市1个百分点: the figure the comparison is about is the one just stated.
                    if (own.Length == 0 && output.Count > firstOfSentence)
                    {
                        own = output[output.Count - 1].Indicator;
                    }

                    if (own.Length > 0)
                    {
                        Indicators.Entry? relativeEntry = Indicators.Find(own);
                        int relativeStart = Blanks.SkipForward(text, clauseStart, t.Start, FigureSpanStart);
                        string relativeQualifiers = Qualifiers(text, start, t, null, out bool relativeEstimate);
                        output.Add(new FactSpec(kind, own, relativeEntry?.Name ?? own, relativeEntry?.Name, null, Bound.Exact, null, Bound.Exact,
                            relativeQualifiers, relativeEstimate, false, partParent, sentence,
                            lines.Span(relativeStart, t.End - relativeStart),
                            new RelativeSpec(relativeSign * t.Value, t.Bound, t.Dimension, t.Unit, against)));
                    }
                }

                phraseFloor = t.End;
                continue;
            }

            decimal? growth = isGrowth ? sign * (t.Dimension == Dimension.Multiple ? t.Value * 100 : t.Value) : null;

            if (isGrowth && output.Count > firstOfSentence && output[output.Count - 1] is { Growth: null } previous
                && IsOnlyGap(text, previous.Span.Start + previous.Span.Length, verbStart))
            {
                output[output.Count - 1] = previous with
                {
                    Growth = growth,
                    GrowthBound = t.Bound,
                    Qualifiers = JoinQualifiers(previous.Qualifiers, t.Qualifier),
                    Span = lines.Span(previous.Span.Start, t.End - previous.Span.Start),
                };
                phraseFloor = t.End;
                continue;
            }

            // 其中 A, B: every fact after 其中 in the sentence is a part of the fact before it.
            if (partParent < 0 && rawPhrase.IndexOf("其中", StringComparison.Ordinal) >= 0 && output.Count > firstOfSentence)
            {
                partParent = output.Count - 1;
            }

            string indicator = CleanIndicator(rawPhrase, out List<string>? prefixQualifiers, out Bound prefixBound);
            if (TryDistribute(text, lines, found, ref k, rawPhrase, clauseStart, phraseFloor, isGrowth ? sign : 0, kind, partParent, start, sentence, output))
            {
                phraseFloor = found[k].Token.End;
                continue;
            }

            // 增加500万农村沼气用户, 新建1亿亩高标准农田: a verb alone before the figure, and what it counts after it.
            if (!isGrowth && t.Dimension is Dimension.Count or Dimension.Area or Dimension.Length or Dimension.Mass
                && GrowthWords.CountingVerbs.Contains(indicator) && CountedNounAfter(text, t.End, end) is { Length: >= 2 } counted)
            {
                indicator += counted;
            }

            if (indicator.Length == 0 || (!isGrowth && t.Dimension == Dimension.Multiple))
            {
                phraseFloor = t.End;
                continue;
            }

            string qualifiers = Qualifiers(text, start, t, prefixQualifiers, out bool estimate);
            Bound bound = t.Bound != Bound.Exact ? t.Bound : prefixBound;
            int factStart = Blanks.SkipForward(text, clauseStart, t.Start, FigureSpanStart);
            Indicators.Entry? entry = Indicators.Find(indicator);
            int partOf = partParent;
            if (entry is null && partOf >= 0)
            {
                entry = PartEntry(indicator, output[partOf].Indicator);
            }

            output.Add(new FactSpec(
                kind,
                indicator,
                entry?.Name ?? indicator,
                entry?.Name,
                isGrowth ? null : new QuantitySpec(t.Value, t.Max, t.Unit, t.Dimension, t.Factor),
                isGrowth ? Bound.Exact : bound,
                growth,
                isGrowth ? bound : Bound.Exact,
                qualifiers,
                estimate,
                false,
                partOf,
                sentence,
                lines.Span(factStart, t.End - factStart)));
            phraseFloor = t.End;
        }
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
    /// A number inside a name is not the indicator's value: 超10亿元的企业5家, 引进投资10亿元人民币和1亿美元以上的产业项目1家.
    /// </summary>
    private static void MarkNameParts(string text, List<Found> found)
    {
        for (int k = found.Count - 1; k >= 0; k--)
        {
            QuantityToken token = found[k].Token;
            int p = Blanks.SkipForward(text, token.End, text.Length);
            if (TextAt.StartsWith(text, p, text.Length, "人民币"))
            {
                p += 3;
            }

            // 超10亿元的企业, 50%以上的工程量, 10亿元以上人民币的项目: the figure qualifies the noun after 的.
            bool namePart = p < text.Length && text[p] == '的';
            if (!namePart && k + 1 < found.Count)
            {
                int betweenEnd = found[k + 1].Token.Start;

                // 销售5亿元以上企业6家, 产值10-20亿元企业4家: a bounded figure running straight on into the counted noun.
                namePart = (token.Bound is Bound.AtLeast or Bound.AtMost or Bound.Range) && IsPlainWords(text, token.End, betweenEnd);

                // 10亿元人民币和1亿美元以上的: joined by 和 to a threshold, so a threshold too.
                namePart |= found[k + 1].NamePart
                    && IsOneOf(text.Substring(token.End, betweenEnd - token.End).Replace("人民币", ""), Coordinators.BetweenThresholds);
            }

            // “三个100万”, 《2011-2015年规划》: a figure inside a short quotation is part of a name or a slogan.
            namePart |= InShortQuotation(text, token.Start, token.End);
            if (namePart)
            {
                found[k] = found[k] with { NamePart = true };
            }
        }
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

    /// <summary>
    /// 二氧化硫和化学需氧量排放分别下降4.6%和4.4%, 农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和
    /// 6280元: one figure per indicator named before 分别, in its clause or, when that names none, in the clause before.
    /// <paramref name="sign"/> is the growth's sign, or 0 for amounts.
    /// </summary>
    private static bool TryDistribute(string text, LineMap lines, List<Found> found, ref int k, string rawPhrase, int clauseStart, int floor,
        int sign, FactKind kind, int partOf, int sentenceStart, string sentence, List<FactSpec> output)
    {
        int marker = rawPhrase.LastIndexOf("分别", StringComparison.Ordinal);
        if (marker < 0)
        {
            return false;
        }

        var values = new List<QuantityToken> { found[k].Token };
        int j = k + 1;
        while (j < found.Count && !found[j].NamePart && !found[j].InParentheses && found[j].Token.Dimension == found[k].Token.Dimension)
        {
            string between = PhraseText.Compact(text, values[values.Count - 1].End, found[j].Token.Start);
            if (!IsOneOf(between, Coordinators.BetweenDistributedFigures))
            {
                break;
            }

            values.Add(found[j].Token);
            j++;
        }

        if (values.Count < 2)
        {
            return false;
        }

        string[] parts = Names(CleanIndicator(rawPhrase.Substring(0, marker), out _, out _));
        int factStart = Blanks.SkipForward(text, clauseStart, values[0].Start, FigureSpanStart);
        if (parts.Length <= 1 && (parts.Length == 0 || Years.LengthAt(parts[0], 0, parts[0].Length) == parts[0].Length)
            && clauseStart - 1 > floor && CharClass.IsClauseEnd(text[clauseStart - 1]) && !CharClass.IsSentenceEnd(text[clauseStart - 1]))
        {
            // Nothing but a year before 分别: the names are the subject of the clause before (…收入和…收入，2000年分别达到).
            int previousStart = ClauseStart(text, clauseStart - 1, floor);
            parts = Names(CleanIndicator(text.Substring(previousStart, clauseStart - 1 - previousStart), out _, out _));
            factStart = Blanks.SkipForward(text, previousStart, values[0].Start, FigureSpanStart);
        }

        if (parts.Length != values.Count)
        {
            return false;
        }

        for (int v = 0; v < values.Count; v++)
        {
            QuantityToken t = values[v];
            string indicator = parts[v];
            Indicators.Entry? entry = Indicators.Find(indicator);
            string qualifiers = Qualifiers(text, sentenceStart, t, null, out bool estimate);
            bool isGrowth = sign != 0;
            output.Add(new FactSpec(kind, indicator, entry?.Name ?? indicator, entry?.Name,
                isGrowth ? null : new QuantitySpec(t.Value, t.Max, t.Unit, t.Dimension, t.Factor), isGrowth ? Bound.Exact : t.Bound,
                isGrowth ? sign * t.Value : null, isGrowth ? t.Bound : Bound.Exact,
                qualifiers, estimate, false, partOf, sentence, lines.Span(factStart, t.End - factStart)));
        }

        k = j - 1;
        return true;
    }

    // What a figure counts when it follows the figure: Chinese words up to the clause's end, a coordination or a figure.
    private static string CountedNounAfter(string text, int from, int to)
    {
        const int MaxNoun = 12;
        int p = from;
        while (p < to && p - from < MaxNoun && CharClass.IsCjk(text[p]) && text[p] != '的' && !Coordinators.BetweenCountedNouns.Contains(text[p]) && !ChineseNumerals.IsNumeral(text[p]))
        {
            p++;
        }

        // A noun cut by the length cap, by 的 (1亿人居住的城镇棚户区: the figure counts something else) or by a
        // coordination of nouns (大中型和重点小型水库) is not read; one followed by another figure is (…家庭和260万户…).
        bool stopsClean = p == to || (!CharClass.IsCjk(text[p]) && !CharClass.IsOpenParen(text[p]))
            || (Coordinators.BetweenCountedNouns.Contains(text[p]) && p + 1 < to && (CharClass.IsDigit(text[p + 1]) || ChineseNumerals.IsNumeral(text[p + 1])));
        return stopsClean ? text.Substring(from, p - from) : "";
    }

    private static string[] Names(string names) => names.Split(Coordinators.BetweenNames, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when <paramref name="s"/> is one character of <paramref name="set"/>.</summary>
    private static bool IsOneOf(string s, CharSet set) => s.Length == 1 && set.Contains(s[0]);

    /// <summary>The start of the growth verb right before a number (增长40%, 同比下降4.6%), or -1; sign +1 or -1.</summary>
    private static int GrowthVerbBefore(string text, int numberStart, int floor, out int sign)
    {
        sign = 1;
        int p = Blanks.SkipBack(text, numberStart, floor);
        if (p > floor && text[p - 1] == '了')
        {
            p--;
        }

        int verb = GrowthWords.Verbs.MatchEndingAt(text, p, floor);
        if (verb < 0)
        {
            return -1;
        }

        sign = GrowthWords.Verbs.ValueAt(verb);
        return p - GrowthWords.Verbs[verb].Length;
    }

    /// <summary>
    /// A part named by its modifier only takes the rest of its whole's name: 专利授权300件,其中发明专利35件 →
    /// 发明专利 is 发明专利授权.
    /// </summary>
    private static Indicators.Entry? PartEntry(string part, string whole)
    {
        for (int head = Math.Min(part.Length, whole.Length - 1); head >= 2; head--)
        {
            if (string.CompareOrdinal(part, part.Length - head, whole, 0, head) == 0)
            {
                return Indicators.Find(part + whole.Substring(head));
            }
        }

        return null;
    }

    /// <summary>Back from <paramref name="pos"/> to the start of its clause, stepping over parenthesised asides.</summary>
    private static int ClauseStart(string text, int pos, int floor)
    {
        int p = pos;
        int depth = 0;
        while (p > floor)
        {
            char c = text[p - 1];
            if (CharClass.IsCloseParen(c))
            {
                depth++;
            }
            else if (CharClass.IsOpenParen(c))
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (depth == 0 && c == '”' && QuoteOpening(text, p - 1, floor) is int open and >= 0)
            {
                // A quoted name belongs to its phrase (政务服务事项“最多跑一次”比例): step over it like an aside.
                p = open;
                continue;
            }
            else if (depth == 0 && CharClass.IsClauseEnd(c))
            {
                break;
            }

            p--;
        }

        return p;
    }

    /// <summary>The “ that opens the quotation closed at <paramref name="close"/>, within the clause, or -1.</summary>
    private static int QuoteOpening(string text, int close, int floor)
    {
        for (int i = close - 1; i >= floor; i--)
        {
            char c = text[i];
            if (c == '“')
            {
                return i;
            }

            if (c == '”' || CharClass.IsSentenceEnd(c) || CharClass.IsLineBreak(c))
            {
                return -1;
            }
        }

        return -1;
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
            else if (gap[i] is ',' or '，' or '、')
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

    /// <summary>
    /// The indicator a phrase names: without blanks, asides, list marks, leading words (全年, 实现, 一是, 2019年) and
    /// trailing ones (达到, 为); a trailing bound word (超过, 控制在) comes back in <paramref name="bound"/> and
    /// <paramref name="prefixQualifiers"/> (null when there is none).
    /// </summary>
    internal static string CleanIndicator(string raw, out List<string>? prefixQualifiers, out Bound bound)
    {
        prefixQualifiers = null;
        bound = Bound.Exact;
        string s = PhraseText.RemoveParenthesised(PhraseText.Compact(raw, 0, raw.Length));

        // The words are cut by moving the ends of s[start..end); one substring at the end.
        int start = 0, end = s.Length;
        PhraseText.TrimQuotesAndMarks(s, ref start, ref end);
        bool changed = true;
        while (changed && end > start)
        {
            changed = false;
            if (end - start >= 2 && CharClass.IsChineseOrdinal(s[start]) && s[start + 1] == '是')
            {
                start += 2;
                changed = true;
            }

            int yearEnd = Years.LengthAt(s, start, end);
            if (yearEnd > 0)
            {
                start += yearEnd;
                changed = true;
            }

            // Each table's words are tried once a round, in table order, while one can still match; a word always
            // leaves a character of the indicator behind, but a bound word may take the whole phrase.
            WordTable leading = PhraseWords.Leading;
            for (int w = 0; w < leading.Count && end > start && leading.MayStartWith(s[start]); w++)
            {
                if (end - start > leading[w].Length && TextAt.StartsWith(s, start, end, leading[w]) && PhraseWords.NotLeading.MatchAt(s, start, s.Length) < 0)
                {
                    start += leading[w].Length;
                    changed = true;
                }
            }

            WordTable<Bound> bounds = BoundWords.BeforeFigure;
            for (int w = 0; w < bounds.Count && end > start && bounds.MayEndWith(s[end - 1]); w++)
            {
                if (TextAt.EndsWith(s, start, end, bounds[w]))
                {
                    end -= bounds[w].Length;
                    (prefixQualifiers ??= new List<string>(1)).Add(bounds[w]);
                    bound = bounds.ValueAt(w);
                    changed = true;
                }
            }

            WordTable<int> trailing = PhraseWords.Trailing;
            for (int w = 0; w < trailing.Count && end > start && trailing.MayEndWith(s[end - 1]); w++)
            {
                if (end - start > trailing[w].Length && TextAt.EndsWith(s, start, end, trailing[w]))
                {
                    end -= trailing[w].Length - trailing.ValueAt(w);
                    changed = true;
                }
            }
        }

        s = s.Substring(start, end - start);

        // 居民人均收入比2010年 (翻一番): the base of comparison is not part of the indicator; 比“五五”时期 or 比1980年
        // alone names no indicator at all.
        int than = RelativeFigures.ComparisonMarker(s);
        if (than == 0)
        {
            return "";
        }

        if (than > 0 && IsComparisonBase(s.Substring(than + 1)))
        {
            s = s.Substring(0, than);
        }

        s = s.Trim('、', ',', '，', '的');
        start = 0;
        end = s.Length;
        PhraseText.TrimQuotesAndMarks(s, ref start, ref end);
        return s.Substring(start, end - start);
    }

    private static bool IsComparisonBase(string s) =>
        s is "上年" or "去年" or "上年同期" || (Years.LengthAt(s, 0, s.Length) > 0 && Years.LengthAt(s, 0, s.Length) == s.Length);

    /// <summary>
    /// The qualifiers of a figure, in reading order: 预计 and 力争 / 确保 / 争取 anywhere before it in its sentence, those
    /// of its phrase (超过, 控制在 …), then its own (以上, 左右 …).
    /// </summary>
    private static string Qualifiers(string text, int sentenceStart, QuantityToken figure, List<string>? phraseQualifiers, out bool estimate)
    {
        estimate = text.IndexOf("预计", sentenceStart, figure.Start - sentenceStart, StringComparison.Ordinal) >= 0;
        string qualifiers = JoinQualifiers(estimate ? "预计" : "", FirstOf(PhraseWords.Commitments, text, sentenceStart, figure.Start));
        if (phraseQualifiers is not null)
        {
            foreach (string word in phraseQualifiers)
            {
                qualifiers = JoinQualifiers(qualifiers, word);
            }
        }

        return JoinQualifiers(qualifiers, figure.Qualifier);
    }

    /// <summary>The first of <paramref name="words"/> found in text[from..to), or "".</summary>
    private static string FirstOf(WordTable words, string text, int from, int to)
    {
        int word = words.FirstOccurringIn(text, from, to);
        return word < 0 ? "" : words[word];
    }

    private static string JoinQualifiers(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "," + b;

}
