using System;
using System.Collections.Generic;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;

namespace ReportCorpus.Verification;

/// <summary>
/// Judges each target of a report against the actuals of the same jurisdiction's next report: the one engine the
/// generator (typed outcomes) and the analyzer (RC0001–RC0004) share. See docs/verification.md.
/// </summary>
internal static class Verifier
{
    /// <summary>左右 on a percentage or a growth rate: within this many percentage points.</summary>
    public const decimal PointsTolerance = 0.5m;

    /// <summary>左右 on an amount: within this fraction of the target.</summary>
    public const decimal RelativeTolerance = 0.05m;

    /// <summary>Every target of a report, judged against the actuals of its next report (unverifiable without one).</summary>
    public static EquatableArray<CheckSpec> Check(EquatableArray<FactSpec> targets, ReportActuals? next)
    {
        var checks = new CheckSpec[targets.Count];
        bool headlineMissed = false;
        for (int i = 0; i < targets.Count; i++)
        {
            checks[i] = CheckOnFigures(i, targets[i], next);
            headlineMissed |= targets[i].Kind == FactKind.Headline && checks[i].Verdict == Verdict.Missed && !StatedMissed(targets[i], next);
        }

        // 圆满完成了各项目标任务 (Ningbo2008) while its own figures show 财政一般预算收入 missed: a statement on the headline
        // targets as a whole that the figures contradict is no evidence for the others. A miss the next report names itself
        // contradicts nothing: 除社会消费品零售总额…没有完成外，其他32项指标顺利完成 (Hebei on 2012).
        for (int i = 0; i < targets.Count && next is not null; i++)
        {
            checks[i] = WithStatement(checks[i], targets[i], next, wholeTrusted: !headlineMissed);
        }

        return new EquatableArray<CheckSpec>(System.Collections.Immutable.ImmutableArray.Create(checks));
    }

    /// <summary>
    /// True for the targets a verdict is due on: headline and commitment targets that name an indicator. A budget line, a
    /// share, a baseline, a multi-year goal, a threshold, a past figure or a figure of uncertain kind is kept, never judged.
    /// </summary>
    public static bool IsJudged(FactSpec target) => target.Kind is FactKind.Headline or FactKind.Commitment && NamesAnIndicator(target);

    /// <summary>
    /// True for the judged targets that are judged even when the next report states no actual for them (no-actual) or
    /// there is no next report (unverifiable): headline targets and the commitments the vocabulary knows. A commitment it
    /// does not know (接待游客500万人次, 建设通信基站16个) is judged only on an actual the next report states under its name:
    /// reports restate their standing indicators, not every programme's figure, so calling it dropped when the next report
    /// is silent would be a guess (docs/verification.md).
    /// </summary>
    public static bool IsJudgedWhenUnstated(FactSpec target) =>
        IsJudged(target) && !(target.Kind == FactKind.Commitment && Indicators.ByName(target.Canonical) is null);

    /// <summary>
    /// True when a fact can be matched by its indicator: the vocabulary knows it, or its written name is more than a bare
    /// head noun (产量, 收入, 投资: Indicators.BareHeadNouns).
    /// </summary>
    public static bool NamesAnIndicator(FactSpec fact) =>
        fact.Canonical is not null && (fact.PropertyName is not null || !Indicators.BareHeadNouns.Contains(fact.Canonical));

    /// <summary>
    /// True for the achievements a target may be judged against: results and estimates that name an indicator, of the year
    /// itself (not a plan figure, a baseline or a multi-year total).
    /// </summary>
    public static bool IsActual(FactSpec achievement) =>
        achievement.Kind is FactKind.Result or FactKind.Estimate && NamesAnIndicator(achievement) && !achievement.IsMultiYear;

    /// <summary>
    /// The verdict on the next report's figures, then on its words (<see cref="StatedOutcomeSpec"/>): a statement on the
    /// target's indicator, or for a headline target on the headline targets as a whole (when <paramref name="wholeTrusted"/>),
    /// settles a target the figures leave open (basis <see cref="VerdictBasis.Stated"/>); where figures settle it, the
    /// statement is kept beside the verdict, agreeing or not. 基本完成 (mostly met) settles nothing.
    /// </summary>
    private static CheckSpec WithStatement(CheckSpec byFigures, FactSpec target, ReportActuals next, bool wholeTrusted)
    {
        if (byFigures.Verdict is Verdict.NotJudged || StatementOn(target, next) is not { } statement)
        {
            return byFigures;
        }

        byFigures = byFigures with { Statement = statement };
        if (byFigures.Verdict is Verdict.Met or Verdict.Missed || (statement.Indicator is null && !wholeTrusted))
        {
            return byFigures;
        }

        return statement.Result switch
        {
            StatedResult.Met or StatedResult.Exceeded => byFigures with { Verdict = Verdict.Met, Basis = VerdictBasis.Stated },
            StatedResult.Missed => byFigures with { Verdict = Verdict.Missed, Basis = VerdictBasis.Stated },
            _ => byFigures,
        };
    }

    /// <summary>
    /// A figure of the next report that speaks of the target's indicator but cannot judge it, or -1: the indicator over
    /// several years (全县生产总值从68亿元增长到91.8亿元，年均增长5.4%, laishui 2021 on 2020), or another cut of it
    /// (<see cref="Indicators.Cuts"/>: urban and rural incomes for an all-resident target). The target is then
    /// undetermined, not dropped: the next report did not fall silent on it.
    /// </summary>
    private static int StatedOtherwise(FactSpec target, ReportActuals next)
    {
        for (int i = 0; i < next.Achievements.Count; i++)
        {
            FactSpec a = next.Achievements[i];
            // Not the start of a span (由3.2亿元增长到5.5亿元: 3.2亿元 is five years back), which says nothing of the year.
            if (a.Relative is not null || a.Kind == FactKind.Baseline)
            {
                continue;
            }

            // Whether it names an indicator is asked last, of the few that qualify: this runs for every achievement of the
            // next report for every target (as do the matching loops below).
            bool severalYears = a.Canonical == target.Canonical && (a.Kind == FactKind.MultiYear || a.IsMultiYear);
            bool otherCut = a.Kind is FactKind.Result or FactKind.Estimate && !a.IsMultiYear && Indicators.AreCutsOfOne(target.Canonical, a.Canonical);
            if ((severalYears || otherCut) && NamesAnIndicator(a))
            {
                return i;
            }
        }

        return -1;
    }

    // An actual stated as a bound open towards the target: 以上 or 超过 for more-is-better, 以内 or 以下 for a ceiling.
    private static bool OpenTowardsTheTarget(Bound actual, bool ceiling) =>
        ceiling ? actual == Bound.AtMost : actual is Bound.AtLeast or Bound.MoreThan;

    private static bool StatedMissed(FactSpec target, ReportActuals? next) =>
        next is not null && StatementOn(target, next) is { Indicator: not null, Result: StatedResult.Missed };

    /// <summary>
    /// The next report's statement on the target: one naming its canonical indicator, else, for a headline target, one on
    /// the headline targets as a whole (主要预期目标全面完成); the first in the text; null when there is none.
    /// </summary>
    private static StatedOutcomeSpec? StatementOn(FactSpec target, ReportActuals next)
    {
        StatedOutcomeSpec? whole = null;
        foreach (StatedOutcomeSpec s in next.Stated)
        {
            // 节能减排任务超额完成 speaks of the energy and emission targets it holds (Indicators: Parent).
            if (s.Canonical is not null && Indicators.IsWithin(target.Canonical, s.Canonical))
            {
                return s;
            }

            if (s.Indicator is null && target.Kind == FactKind.Headline)
            {
                whole ??= s;
            }
        }

        return whole;
    }

    private static CheckSpec CheckOnFigures(int index, FactSpec target, ReportActuals? next)
    {
        if (!IsJudged(target))
        {
            return new CheckSpec(index, Verdict.NotJudged, null, -1, VerdictBasis.None);
        }

        bool judgedOnlyOnAnActual = !IsJudgedWhenUnstated(target);
        if (next is null)
        {
            return new CheckSpec(index, judgedOnlyOnAnActual ? Verdict.NotJudged : Verdict.Unverifiable, null, -1, VerdictBasis.None);
        }

        if (target.Relative is { } relative)
        {
            return CheckRelative(index, target, relative, next);
        }

        int firstCandidate = -1, best = -1;
        decimal bestDistance = decimal.MaxValue;
        Comparison bestComparison = default;
        for (int i = 0; i < next.Achievements.Count; i++)
        {
            FactSpec actual = next.Achievements[i];
            if (actual.Canonical != target.Canonical || actual.Relative is not null || !IsActual(actual))
            {
                continue;
            }

            if (firstCandidate < 0)
            {
                firstCandidate = i;
            }

            if (!TryCompare(target, actual, out Comparison comparison))
            {
                continue;
            }

            // Nearest first; an estimate (预计) or a part (其中) only when nothing better qualifies.
            decimal distance = Math.Abs(comparison.Actual - comparison.Target) / Math.Max(Math.Abs(comparison.Target), 1m)
                + (actual.IsEstimate ? 1000m : 0m) + (actual.PartOf >= 0 ? 1000m : 0m);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
                bestComparison = comparison;
            }
        }

        if (firstCandidate < 0)
        {
            if (judgedOnlyOnAnActual)
            {
                return new CheckSpec(index, Verdict.NotJudged, null, -1, VerdictBasis.None);
            }

            int other = StatedOtherwise(target, next);
            return other >= 0
                ? new CheckSpec(index, Verdict.Undetermined, next.Path, other, VerdictBasis.None)
                : new CheckSpec(index, Verdict.NoActual, next.Path, -1, VerdictBasis.None);
        }

        if (best < 0)
        {
            return new CheckSpec(index, Verdict.Undetermined, next.Path, firstCandidate, VerdictBasis.None);
        }

        bool ceiling = IsCeiling(target) || (bestComparison.IsGrowth && bestComparison.Target < 0);
        bool met = Judge(bestComparison, ceiling);
        if (!met && OpenTowardsTheTarget(bestComparison.ActualBound, ceiling))
        {
            // 固定资产投资增长6%以上 against 7%左右 (hebei 2020 on 2019): the actual may reach the target; no miss is shown.
            return new CheckSpec(index, Verdict.Undetermined, next.Path, best, VerdictBasis.None);
        }

        return new CheckSpec(index, met ? Verdict.Met : Verdict.Missed, next.Path, best, bestComparison.IsGrowth ? VerdictBasis.Growth : VerdictBasis.Amount);
    }

    /// <summary>
    /// A relative target (高于全市1个百分点) is settled only by the same comparison in the next report: the corpus does not
    /// hold the base's own figures (the city's, the province's), so without one the target is unverifiable.
    /// </summary>
    private static CheckSpec CheckRelative(int index, FactSpec target, RelativeSpec relative, ReportActuals next)
    {
        int best = -1;
        decimal bestDistance = decimal.MaxValue;
        for (int i = 0; i < next.Achievements.Count; i++)
        {
            FactSpec actual = next.Achievements[i];
            if (actual.Canonical != target.Canonical || !IsActual(actual) || actual.Relative is not { } other
                || other.Against != relative.Against || other.Dimension != relative.Dimension)
            {
                continue;
            }

            decimal distance = Math.Abs(other.Difference - relative.Difference) + (actual.IsEstimate ? 1000m : 0m);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }

        if (best < 0)
        {
            return new CheckSpec(index, Verdict.Unverifiable, next.Path, -1, VerdictBasis.Relative);
        }

        RelativeSpec found = next.Achievements[best].Relative!;
        var comparison = new Comparison(relative.Difference, null, relative.Bound, found.Difference, found.Bound, true, true);
        bool ceiling = IsCeiling(target) || relative.Difference < 0;
        return new CheckSpec(index, Judge(comparison, ceiling) ? Verdict.Met : Verdict.Missed, next.Path, best, VerdictBasis.Relative);
    }

    private readonly record struct Comparison(decimal Target, decimal? TargetMax, Bound TargetBound, decimal Actual, Bound ActualBound, bool IsGrowth, bool IsPoints);

    /// <summary>Puts a target and an actual on one scale: amounts in base units, or growth rates in percent.</summary>
    private static bool TryCompare(FactSpec target, FactSpec actual, out Comparison comparison)
    {
        comparison = default;
        bool targetIsRate = IsRate(target), actualIsRate = IsRate(actual);
        if (target.Amount is { } t && !targetIsRate && actual.Amount is { } a && !actualIsRate)
        {
            if (t.Dimension != a.Dimension)
            {
                return false;
            }

            bool points = t.Dimension is Dimension.Percent or Dimension.PercentagePoints;
            comparison = new Comparison(t.Value * t.Factor, t.Max * t.Factor, target.AmountBound, a.Value * a.Factor, actual.AmountBound, false, points);
            return true;
        }

        if (GrowthOf(target, out decimal tg, out decimal? tgMax, out Bound tb) && GrowthOf(actual, out decimal ag, out _, out Bound ab))
        {
            comparison = new Comparison(tg, tgMax, tb, ag, ab, true, true);
            return true;
        }

        return false;
    }

    /// <summary>A growth rate: 增长7.5%, or a percentage whose indicator is itself a rate (居民消费价格涨幅3%).</summary>
    private static bool GrowthOf(FactSpec fact, out decimal growth, out decimal? max, out Bound bound)
    {
        if (fact.Growth is decimal g)
        {
            growth = g;
            max = null;
            bound = fact.GrowthBound;
            return true;
        }

        if (IsRate(fact) && fact.Amount is { } amount)
        {
            growth = amount.Value;
            max = amount.Max;
            bound = fact.AmountBound;
            return true;
        }

        growth = 0;
        max = null;
        bound = Bound.Exact;
        return false;
    }

    private static bool IsRate(FactSpec fact)
    {
        if (fact.Amount is not { Dimension: Dimension.Percent })
        {
            return false;
        }

        // An indicator whose own figure is a change (居民消费价格 3%), or one written with a rate word (增加值增速 8%), or
        // one whose figure is never a percentage but an amount (经济增长预期目标为7%左右: GDP in percent is its growth).
        if (Indicators.ByName(fact.Canonical) is { } entry && (entry.Measure == Measure.Change || Array.IndexOf(entry.Dimensions, Dimension.Percent) < 0))
        {
            return true;
        }

        foreach (string word in Indicators.RateWords)
        {
            if (fact.Indicator?.EndsWith(word, StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower is better for the target's indicator (prices, unemployment, energy use, emissions, deficits).</summary>
    private static bool IsCeiling(FactSpec target) => Indicators.ByName(target.Canonical)?.Direction == Direction.Ceiling;

    /// <summary>
    /// Met or missed. For an indicator where more is better a target is a floor (以上 ≥, 超过 &gt;, a range by its lower
    /// bound, 左右 within the tolerance below it); for a ceiling (prices, unemployment, a decline) the mirror image.
    /// </summary>
    private static bool Judge(Comparison c, bool ceiling)
    {
        decimal tolerance = c.IsPoints ? PointsTolerance : Math.Abs(c.Target) * RelativeTolerance;

        // An actual written 近 (just under) or 多/超过 (just over) sits a hair below or above its number.
        decimal epsilon = 0.000001m;
        decimal actual = c.ActualBound switch
        {
            Bound.JustUnder => c.Actual - epsilon,
            Bound.JustOver or Bound.MoreThan => c.Actual + epsilon,
            _ => c.Actual,
        };

        if (ceiling)
        {
            decimal limit = c.TargetBound == Bound.Range && c.TargetMax is decimal max ? max : c.Target;
            return c.TargetBound switch
            {
                Bound.About or Bound.JustUnder or Bound.JustOver => actual <= limit + tolerance,
                Bound.MoreThan => actual < limit,
                _ => actual <= limit,
            };
        }

        return c.TargetBound switch
        {
            Bound.MoreThan => actual > c.Target,
            Bound.About or Bound.JustUnder => actual >= c.Target - tolerance,
            Bound.AtMost => actual <= c.Target,
            _ => actual >= c.Target,
        };
    }
}
