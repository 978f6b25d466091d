using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>
/// A word list with a value per word, longest word first (words of one length keep their written order), with the
/// sets of its first and last characters: most positions start or end no word, and one bitmap look says so before
/// any string is compared. Enumerates its words in that order.
/// </summary>
internal class WordTable<T> : IEnumerable<string>
{
    private readonly string[] _words;
    private readonly T[] _values;
    private CharSet? _firstChars;
    private CharSet? _lastChars;

    public WordTable(params (string Word, T Value)[] entries)
    {
        // OrderByDescending is stable: among words of one length the first written wins, as it did in the loops this replaces.
        var sorted = entries.OrderByDescending(e => e.Word.Length).ToArray();
        _words = sorted.Select(e => e.Word).ToArray();
        _values = sorted.Select(e => e.Value).ToArray();
    }

    public int Count => _words.Length;

    public string this[int index] => _words[index];

    public T ValueAt(int index) => _values[index];

    // Built on first use: a table read only from one side never builds the other set (8 KB each).
    private CharSet FirstChars => _firstChars ??= CharSet.FirstCharsOf(_words);

    private CharSet LastChars => _lastChars ??= CharSet.LastCharsOf(_words);

    /// <summary>False when no word starts with <paramref name="c"/>.</summary>
    public bool MayStartWith(char c) => FirstChars.Contains(c);

    /// <summary>False when no word ends with <paramref name="c"/>.</summary>
    public bool MayEndWith(char c) => LastChars.Contains(c);

    /// <summary>The index of the longest word that starts at text[pos] and ends by <paramref name="limit"/>, or -1.</summary>
    public int MatchAt(string text, int pos, int limit)
    {
        if (pos >= limit || !FirstChars.Contains(text[pos]))
        {
            return -1;
        }

        string[] words = _words;
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (pos + word.Length <= limit && string.CompareOrdinal(text, pos, word, 0, word.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the longest word that ends right before text[end] and starts at or after <paramref name="floor"/>, or -1.</summary>
    public int MatchEndingAt(string text, int end, int floor)
    {
        if (end <= floor || !LastChars.Contains(text[end - 1]))
        {
            return -1;
        }

        string[] words = _words;
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (end - word.Length >= floor && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The earliest position in text[from..to) where a word starts, or -1.</summary>
    public int IndexIn(string text, int from, int to)
    {
        int best = -1;
        foreach (string word in _words)
        {
            int at = text.IndexOf(word, from, to - from, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    /// <summary>The index of the first word in table order (longest first) that occurs anywhere in text[from..to), or -1.</summary>
    public int FirstOccurringIn(string text, int from, int to)
    {
        for (int i = 0; i < _words.Length; i++)
        {
            if (text.IndexOf(_words[i], from, to - from, StringComparison.Ordinal) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when some word occurs in text[from..to).</summary>
    public bool OccursIn(string text, int from, int to) => FirstOccurringIn(text, from, to) >= 0;

    /// <summary>True when <paramref name="word"/> is one of the words.</summary>
    public bool Contains(string word) => Array.IndexOf(_words, word) >= 0;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A word list with no value per word.</summary>
internal sealed class WordTable : WordTable<bool>
{
    public WordTable(params string[] words)
        : base(words.Select(w => (w, true)).ToArray())
    {
    }
}
