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
    // a quote or a line break.
    private static void Write<T>(StreamWriter writer, Column<T> column, T row)
    {
        Span<char> number = stackalloc char[32];
        int length;
        switch (column)
        {
            case TextColumn<T> text when text.Get(row) is { } s:
                if (s.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                {
                    writer.Write('"');
                    writer.Write(s.Replace("\"", "\"\""));
                    writer.Write('"');
                }
                else
                {
                    writer.Write(s);
                }

                return;
            case IntegerColumn<T> integer when integer.Get(row) is { } i && i.TryFormat(number, out length, default, CultureInfo.InvariantCulture):
                writer.Write(number[..length]);
                return;
            case BigIntegerColumn<T> big when big.Get(row) is { } l && l.TryFormat(number, out length, default, CultureInfo.InvariantCulture):
                writer.Write(number[..length]);
                return;
            case RealColumn<T> real when real.Get(row) is { } d && d.TryFormat(number, out length, default, CultureInfo.InvariantCulture):
                writer.Write(number[..length]);
                return;
            case LogicalColumn<T> logical when logical.Get(row) is { } b:
                writer.Write(b ? "true" : "false");
                return;
        }
    }
}
