using System.Collections.Generic;
using ReportCorpus.Model;

namespace ReportCorpus;

/// <summary>
/// Parses by path and checksum, least recently used first out once the texts behind them pass a budget in characters.
/// The compiler keeps one process for many builds (the compiler server, an IDE): without a bound, every report path
/// ever opened would stay for the life of the process. The budget holds several thousand reports of the bundled
/// corpus's size (20,000 characters on average), so a corpus's generator and analyzer passes still share their parses.
/// </summary>
internal sealed class ParseCache
{
    /// <summary>The default budget: 64 M characters of report text (about 128 MB of text, and its parse).</summary>
    public const long DefaultCapacity = 64L * 1024 * 1024;

    private readonly long _capacity;
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _byPath = new(System.StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recent = new(); // most recently used first
    private long _size;

    public ParseCache(long capacity = DefaultCapacity) => _capacity = capacity;

    /// <summary>How many parses are held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byPath.Count;
            }
        }
    }

    /// <summary>The characters of text behind the parses held.</summary>
    public long Size
    {
        get
        {
            lock (_gate)
            {
                return _size;
            }
        }
    }

    /// <summary>The parse of this path's text with this checksum, if held; it becomes the most recently used.</summary>
    public ParsedReport? Get(string path, string checksum)
    {
        lock (_gate)
        {
            if (!_byPath.TryGetValue(path, out LinkedListNode<Entry>? node) || node.Value.Checksum != checksum)
            {
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Report;
        }
    }

    /// <summary>Holds a parse, replacing the path's earlier one; a text larger than the whole budget is not held.</summary>
    public void Add(string path, string checksum, long textLength, ParsedReport report)
    {
        lock (_gate)
        {
            Remove(path);
            if (textLength > _capacity)
            {
                return;
            }

            _byPath[path] = _recent.AddFirst(new Entry(path, checksum, textLength, report));
            _size += textLength;
            while (_size > _capacity && _recent.Last is { } oldest)
            {
                Remove(oldest.Value.Path);
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byPath.Clear();
            _recent.Clear();
            _size = 0;
        }
    }

    private void Remove(string path)
    {
        if (_byPath.TryGetValue(path, out LinkedListNode<Entry>? node))
        {
            _byPath.Remove(path);
            _recent.Remove(node);
            _size -= node.Value.TextLength;
        }
    }

    private sealed record Entry(string Path, string Checksum, long TextLength, ParsedReport Report);
}
