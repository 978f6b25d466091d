using System;
using System.Collections.Generic;

namespace ReportCorpus.Parsing.Text;

/// <summary>
/// Stretches of a text, asked "which one holds this position?" in O(log n): a report copied thousands of times into one
/// file has thousands of headline lists and multi-year sections, and a scan of all of them per sentence would make the
/// parse quadratic. Overlapping stretches are joined; stretches that only touch stay apart, so the index of a stretch
/// given sorted and apart is its index here.
/// </summary>
internal sealed class Spans
{
    private readonly List<(int Start, int End)> _spans = new();

    public Spans(IEnumerable<(int Start, int End)> spans)
    {
        var sorted = new List<(int Start, int End)>(spans);
        sorted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        foreach ((int start, int end) in sorted)
        {
            if (_spans.Count > 0 && start < _spans[_spans.Count - 1].End)
            {
                (int s, int e) = _spans[_spans.Count - 1];
                _spans[_spans.Count - 1] = (s, Math.Max(e, end));
            }
            else
            {
                _spans.Add((start, end));
            }
        }
    }

    /// <summary>The index of the stretch that holds <paramref name="position"/>, or -1.</summary>
    public int IndexAt(int position)
    {
        int low = 0, high = _spans.Count - 1, found = -1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            if (_spans[mid].Start <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found >= 0 && position < _spans[found].End ? found : -1;
    }
}
