using System.Globalization;
using System.Text;
using ReportCorpus.Tool.Rows;

namespace ReportCorpus.Tool.Output;

/// <summary>A folder with one CSV file per table (RFC 4180, UTF-8 without BOM, a header row, empty for null).</summary>
internal sealed class CsvWriter : RowWriter
{
    private readonly string _folder;
    private readonly Dictionary<string, StreamWriter> _files = new(StringComparer.Ordinal);

    public CsvWriter(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        foreach (ITable table in Tables.All)
        {
            var writer = new StreamWriter(Path.Combine(folder, table.Name + ".csv"), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            writer.WriteLine(string.Join(",", table.Columns.Select(static c => c.Name)));
            _files[table.Name] = writer;
        }
    }

    protected override void Add<T>(Table<T> table, T row)
    {
        StreamWriter writer = _files[table.Name];
        for (int i = 0; i < table.Columns.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            Write(writer, table.Columns[i], row);
        }

        writer.Write('\n');
    }

    public override void Complete()
    {
        foreach (StreamWriter writer in _files.Values)
        {
            writer.Flush();
        }
    }

    public override void Dispose()
    {
        foreach (StreamWriter writer in _files.Values)
        {
            writer.Dispose();
        }
    }

    // Numbers are formatted straight into the writer, in the invariant culture; text is quoted when it holds a comma,
    // a quote or a line break; null is an empty field.
    private static void Write<T>(StreamWriter writer, Column<T> column, T row)
    {
        switch (column)
        {
            case TextColumn<T> text:
                if (text.Get(row) is { } s)
                {
                    WriteText(writer, s);
                }

                return;
            case IntegerColumn<T> integer:
                WriteNumber(writer, integer.Get(row));
                return;
            case BigIntegerColumn<T> big:
                WriteNumber(writer, big.Get(row));
                return;
            case RealColumn<T> real:
                WriteNumber(writer, real.Get(row));
                return;
            case LogicalColumn<T> logical:
                if (logical.Get(row) is { } b)
                {
                    writer.Write(b ? "true" : "false");
                }

                return;
            default:
                throw new InvalidOperationException("unexpected column type " + column.GetType().Name);
        }
    }

    private static void WriteText(StreamWriter writer, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\""));
        writer.Write('"');
    }

    private static void WriteNumber<TNumber>(StreamWriter writer, TNumber? value)
        where TNumber : struct, ISpanFormattable
    {
        if (value is not { } number)
        {
            return;
        }

        // 64 characters hold any int, long or shortest round-trip double.
        Span<char> text = stackalloc char[64];
        if (!number.TryFormat(text, out int length, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("a number longer than 64 characters: " + number.ToString(null, CultureInfo.InvariantCulture));
        }

        writer.Write(text[..length]);
    }
}
