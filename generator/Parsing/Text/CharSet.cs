using System;
using System.Collections.Generic;

namespace ReportCorpus.Parsing.Text;

/// <summary>
/// A set of UTF-16 code units as a 8 KB bitmap. Scanners use it to jump from one character that matters to the next
/// instead of testing every character of the report against several predicates.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[0x10000 / 64];

    /// <summary>The characters a (cheap) test accepts, and any others listed.</summary>
    public CharSet(Func<char, bool> member, IEnumerable<char>? others = null)
    {
        for (int c = 0; c < 0x10000; c++)
        {
            if (member((char)c))
            {
                Add((char)c);
            }
        }

        foreach (char c in others ?? Array.Empty<char>())
        {
            Add(c);
        }
    }

    /// <summary>The characters listed.</summary>
    public CharSet(IEnumerable<char> members)
    {
        foreach (char c in members)
        {
            Add(c);
        }
    }

    /// <summary>The first characters of <paramref name="words"/>: a text that starts with none of them starts with no word.</summary>
    public static CharSet FirstCharsOf(IEnumerable<string> words) => new(System.Linq.Enumerable.Select(words, w => w[0]));

    /// <summary>The last characters of <paramref name="words"/>: a text that ends with none of them ends with no word.</summary>
    public static CharSet LastCharsOf(IEnumerable<string> words) => new(System.Linq.Enumerable.Select(words, w => w[w.Length - 1]));

    private void Add(char c) => _bits[c >> 6] |= 1UL << (c & 63);

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>The first position in text[from..to) holding a member, or <paramref name="to"/>.</summary>
    public int IndexIn(string text, int from, int to)
    {
        ulong[] bits = _bits;
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if ((bits[c >> 6] & (1UL << (c & 63))) != 0)
            {
                return i;
            }

            i++;
        }

        return to;
    }
}
