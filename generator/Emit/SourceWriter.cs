using System.Text;

namespace ReportCorpus.Emit;

/// <summary>A small indented writer over a StringBuilder: the only way generated code is written.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _sb = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (int i = 0; i < _indent; i++)
            {
                _sb.Append(IndentUnit);
            }

            _sb.Append(text);
        }

        _sb.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string closer = "}")
    {
        _indent--;
        Line(closer);
        return this;
    }

    /// <summary>A one-line XML doc summary; the text is escaped by <see cref="CSharp.DocText"/>.</summary>
    public SourceWriter Summary(string text) => Line("/// <summary>" + CSharp.DocText(text) + "</summary>");

    public override string ToString() => _sb.ToString();
}
