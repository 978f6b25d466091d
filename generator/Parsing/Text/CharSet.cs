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

        Seal();
    }

    /// <summary>The characters listed.</summary>
    public CharSet(IEnumerable<char> members)
    {
        foreach (char c in members)
        {
            Add(c);
        }

        Seal();
    }

    /// <summary>The first characters of <paramref name="words"/>: a text that starts with none of them starts with no word.</summary>
    public static CharSet FirstCharsOf(IEnumerable<string> words) => new(System.Linq.Enumerable.Select(words, w => w[0]));

    /// <summary>The last characters of <paramref name="words"/>: a text that ends with none of them ends with no word.</summary>
    public static CharSet LastCharsOf(IEnumerable<string> words) => new(System.Linq.Enumerable.Select(words, w => w[w.Length - 1]));

    private void Add(char c) => _bits[c >> 6] |= 1UL << (c & 63);

#if NET8_0_OR_GREATER
    // A set of at most five characters is also a SearchValues<char> where the runtime has them (.NET 8 and later: the
    // command-line tool, which compiles this file too), whose IndexOfAny compares a vector of characters a step. Such
    // scans run long through Chinese text: the first characters of the problem markers (不困存矛问) are looked for
    // 127 characters at a time on average over 4,000 synthetic reports, those of the plan headings (主工预) 66. Sets of
    // many members stay with the bitmap, which was faster for them (docs/performance.md, the tool).
    private const int FewMembers = 5;

    private System.Buffers.SearchValues<char>? _few;
#endif

    private void Seal()
    {
#if NET8_0_OR_GREATER
        var members = new List<char>();
        for (int word = 0; word < _bits.Length && members.Count <= FewMembers; word++)
        {
            for (int bit = 0; bit < 64 && _bits[word] >> bit != 0; bit++)
            {
                if ((_bits[word] & (1UL << bit)) != 0)
                {
                    members.Add((char)((word * 64) + bit));
                }
            }
        }

        if (members.Count <= FewMembers)
        {
            _few = System.Buffers.SearchValues.Create(members.ToArray());
        }
#endif
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>The first position in text[from..to) holding a member, or <paramref name="to"/>.</summary>
    public int IndexIn(string text, int from, int to)
    {
#if NET8_0_OR_GREATER
        if (_few is not null)
        {
            if (from >= to)
            {
                return to;
            }

            int found = text.AsSpan(from, to - from).IndexOfAny(_few);
            return found < 0 ? to : from + found;
        }
#endif
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
