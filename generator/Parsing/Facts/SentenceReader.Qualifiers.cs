using System;
using System.Collections.Generic;
using ReportCorpus.Parsing.Lexicon;

namespace ReportCorpus.Parsing.Facts;

/// <summary>Qualifiers: the words that say how firm a figure is (预计, 力争, 超过, 以上 …).</summary>
internal sealed partial class SentenceReader
{
    /// <summary>
    /// The qualifiers of a figure, in reading order: 预计 and 力争 / 确保 / 争取 anywhere before it in its sentence, those
    /// of its phrase (超过, 控制在 …), then its own (以上, 左右 …).
    /// </summary>
    private string Qualifiers(QuantityToken figure, List<string>? phraseQualifiers, out bool estimate)
    {
        estimate = _text.IndexOf("预计", _start, figure.Start - _start, StringComparison.Ordinal) >= 0;
        string qualifiers = JoinQualifiers(estimate ? "预计" : "", FirstOf(PhraseWords.Commitments, _text, _start, figure.Start));
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
