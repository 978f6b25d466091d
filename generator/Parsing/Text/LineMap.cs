using System.Collections.Generic;
using ReportCorpus.Model;

namespace ReportCorpus.Parsing.Text;

/// <summary>Maps offsets to zero-based lines and columns. CRLF, CR, LF, U+2028/9 and U+0085 each end a line.</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    public LineMap(string text)
    {
        // Five values: IndexOfAny is vectorised for that many, so long lines cost little.
        int i = text.IndexOfAny(CharClass.LineBreaks);
        while (i >= 0)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            _lineStarts.Add(i + 1);
            i = i + 1 < text.Length ? text.IndexOfAny(CharClass.LineBreaks, i + 1) : -1;
        }
    }

    public int LineCount => _lineStarts.Count;

    public int LineStart(int line) => _lineStarts[line];

    public int LineOf(int offset)
    {
        int lo = 0, hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    public LocationInfo Span(int start, int length)
    {
        int line = LineOf(start);
        int endLine = LineOf(start + length);
        return new LocationInfo(start, length, line, start - _lineStarts[line], endLine, start + length - _lineStarts[endLine]);
    }
}
