using System;
using System.Collections;
using System.Collections.Generic;
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
    private Dictionary<char, int[]>? _byFirstChar;
    private Dictionary<char, int[]>? _byLastChar;

    public WordTable(params (string Word, T Value)[] entries)
    {
        _words = new string[entries.Length];
        _values = new T[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            _words[i] = entries[i].Word;
            _values[i] = entries[i].Value;
        }

        SortLongestFirst(_words, _values);
    }

    // A stable insertion sort, longest first: among words of one length the first written wins, as it did in the loops
    // this replaces. Tables hold tens of words, and a hand-written loop is one method for the JIT to compile where LINQ's
    // OrderByDescending over (string, T) compiled its sorter anew for every value type T, at every compiler's first run.
    private static void SortLongestFirst(string[] words, T[] values)
    {
        for (int i = 1; i < words.Length; i++)
        {
            string word = words[i];
            T value = values[i];
            int j = i - 1;
            while (j >= 0 && words[j].Length < word.Length)
            {
                words[j + 1] = words[j];
                values[j + 1] = values[j];
                j--;
            }

            words[j + 1] = word;
            values[j + 1] = value;
        }
    }

    public int Count => _words.Length;

    public string this[int index] => _words[index];

    public T ValueAt(int index) => _values[index];

    // Built on first use: a table read only from one side never builds the other set (8 KB each).
    private CharSet FirstChars => _firstChars ??= CharSet.FirstCharsOf(_words);

    private CharSet LastChars => _lastChars ??= CharSet.LastCharsOf(_words);

    // The words' indexes by their first (last) character, in table order, for the tables long enough that a lookup
    // beats passing over every word: MatchAt is asked at every position a scanner stops at.
    private Dictionary<char, int[]> ByFirstChar => _byFirstChar ??= IndexBy(static w => w[0]);

    private Dictionary<char, int[]> ByLastChar => _byLastChar ??= IndexBy(static w => w[w.Length - 1]);

    private const int ShortTable = 8;

    private Dictionary<char, int[]> IndexBy(Func<string, char> key)
    {
        var lists = new Dictionary<char, List<int>>();
        for (int i = 0; i < _words.Length; i++)
        {
            char c = key(_words[i]);
            if (!lists.TryGetValue(c, out List<int>? list))
            {
                lists[c] = list = new List<int>();
            }

            list.Add(i);
        }

        var index = new Dictionary<char, int[]>(lists.Count);
        foreach (KeyValuePair<char, List<int>> entry in lists)
        {
            index[entry.Key] = entry.Value.ToArray();
        }

        return index;
    }

    /// <summary>
    /// The first index after <paramref name="after"/>, in table order, of a word that starts with <paramref name="first"/>,
    /// or <see cref="Count"/>: a loop that tries every word in turn at one position needs to try only these.
    /// </summary>
    public int NextStartingWith(char first, int after) =>
        !FirstChars.Contains(first) ? _words.Length : _words.Length > ShortTable ? NextIn(ByFirstChar[first], after) : NextWhere(first, after, atEnd: false);

    /// <summary>The first index after <paramref name="after"/>, in table order, of a word that ends with <paramref name="last"/>, or <see cref="Count"/>.</summary>
    public int NextEndingWith(char last, int after) =>
        !LastChars.Contains(last) ? _words.Length : _words.Length > ShortTable ? NextIn(ByLastChar[last], after) : NextWhere(last, after, atEnd: true);

    private int NextIn(int[] indexes, int after)
    {
        foreach (int i in indexes)
        {
            if (i > after)
            {
                return i;
            }
        }

        return _words.Length;
    }

    private int NextWhere(char c, int after, bool atEnd)
    {
        for (int i = after + 1; i < _words.Length; i++)
        {
            string word = _words[i];
            if ((atEnd ? word[word.Length - 1] : word[0]) == c)
            {
                return i;
            }
        }

        return _words.Length;
    }

    /// <summary>The index of the longest word that starts at text[pos] and ends by <paramref name="limit"/>, or -1.</summary>
    public int MatchAt(string text, int pos, int limit)
    {
        if (pos >= limit || !FirstChars.Contains(text[pos]))
        {
            return -1;
        }

        // A word whose first character is not text[pos] is passed over before any comparison: a table's words start with
        // many characters, and a comparison per word was the most of the tool's time in the parser (docs/performance.md).
        char first = text[pos];
        string[] words = _words;
        if (words.Length > ShortTable)
        {
            // Present: FirstChars holds text[pos], so some word starts with it.
            foreach (int i in ByFirstChar[first])
            {
                string word = words[i];
                if (TextAt.StartsWith(text, pos, limit, word))
                {
                    return i;
                }
            }

            return -1;
        }

        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (word[0] == first && TextAt.StartsWith(text, pos, limit, word))
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

        char last = text[end - 1];
        string[] words = _words;
        if (words.Length > ShortTable)
        {
            // Present: LastChars holds text[end - 1], so some word ends with it.
            foreach (int i in ByLastChar[last])
            {
                string word = words[i];
                if (TextAt.EndsWith(text, floor, end, word))
                {
                    return i;
                }
            }

            return -1;
        }

        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (word[word.Length - 1] == last && TextAt.EndsWith(text, floor, end, word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The earliest position in text[from..to) where a word starts, or -1.</summary>
    public int IndexIn(string text, int from, int to)
    {
        // One pass forward to the first match: a search per word would read the whole range for every word absent from
        // it, which, called once per marker over a 20 MB plan part, made the parse quadratic.
        for (int p = FirstChars.IndexIn(text, from, to); p < to; p = FirstChars.IndexIn(text, p + 1, to))
        {
            if (MatchAt(text, p, to) >= 0)
            {
                return p;
            }
        }

        return -1;
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
    private static (string, bool)[] Entries(string[] words)
    {
        var entries = new (string, bool)[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            entries[i] = (words[i], true);
        }

        return entries;
    }

    public WordTable(params string[] words)
        : base(Entries(words))
    {
    }
}
