using System;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Facts;

/// <summary>
/// Figures relative to something else (高于全市1个百分点, 比上年提高0.4个百分点): the words that mark them and how the
/// words before such a figure split into the indicator, the base of comparison and the direction.
/// </summary>
internal static class RelativeFigures
{
    /// <summary>True when the phrase compares its figure with something else (高于, 低于, 快于 …).</summary>
    public static bool HasComparisonWord(string phrase) => ComparisonWords.Against.OccursIn(phrase, 0, phrase.Length);

    /// <summary>
    /// Splits the words before a relative figure into the indicator, the base it is compared with and the direction:
    /// 增速高于全市 → (增速, 全市, +); 占比比上年提高 → (占比, 上年, +); 同比回落 → ("", 上年, −); 研发投入占比提高 → (研发投入占比, "", +).
    /// </summary>
    public static bool TrySplit(string phrase, out string own, out string against, out int sign)
    {
        phrase = PhraseText.Compact(phrase, 0, phrase.Length);
        own = phrase;
        against = "";
        sign = 1;
        int comparison = ComparisonWords.Against.FirstOccurringIn(phrase, 0, phrase.Length);
        if (comparison >= 0)
        {
            string word = ComparisonWords.Against[comparison];
            int at = phrase.IndexOf(word, StringComparison.Ordinal);
            own = phrase.Substring(0, at);
            against = phrase.Substring(at + word.Length).TrimEnd('的');
            sign = ComparisonWords.Against.ValueAt(comparison);
            int baseAt = ComparisonMarker(own);
            if (against.Length == 0 && baseAt >= 0)
            {
                // 增速比全市高出: the base stands before the word.
                against = own.Substring(baseAt + 1);
                own = own.Substring(0, baseAt);
            }

            return true;
        }

        bool hasDirection = false;
        int direction = ComparisonWords.Direction.MatchEndingAt(phrase, phrase.Length, 0);
        if (direction >= 0)
        {
            phrase = phrase.Substring(0, phrase.Length - ComparisonWords.Direction[direction].Length);
            sign = ComparisonWords.Direction.ValueAt(direction);
            hasDirection = true;
        }

        if (phrase.EndsWith("了", StringComparison.Ordinal))
        {
            phrase = phrase.Substring(0, phrase.Length - 1);
        }

        // 比上年, 较上年 open a base; 同比 is one without a marker.
        int than = ComparisonMarker(phrase);
        if (than >= 0)
        {
            own = phrase.Substring(0, than);
            against = phrase.Substring(than + 1);
        }
        else if (phrase.EndsWith("同比", StringComparison.Ordinal))
        {
            own = phrase.Substring(0, phrase.Length - 2);
            against = "上年";
        }
        else
        {
            own = phrase;
        }

        return hasDirection;
    }

    /// <summary>工业增加值增速 → 工业增加值: a comparison of growth is about the indicator whose growth it is.</summary>
    public static string WithoutRateWord(string indicator)
    {
        int rate = Indicators.RateWords.MatchEndingAt(indicator, indicator.Length, 0);
        return rate < 0 ? indicator : indicator.Substring(0, indicator.Length - Indicators.RateWords[rate].Length).TrimEnd('的');
    }

    /// <summary>The last 比 or 较 that opens a base of comparison (not 比重, 占比, 比例, 比率, 比较), or -1.</summary>
    public static int ComparisonMarker(string phrase)
    {
        for (int i = phrase.Length - 2; i >= 0; i--)
        {
            char c = phrase[i], next = phrase[i + 1];
            bool marker = (c == '比' && next is not ('重' or '例' or '率' or '较') && (i == 0 || phrase[i - 1] != '占'))
                || (c == '较' && next is not ('大' or '快' or '好' or '高' or '低' or '多' or '少'));
            if (marker)
            {
                return i;
            }
        }

        return -1;
    }
}
