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

            writer.Write(Field(table.Columns[i].Value(row)));
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

    private static string Field(object? value) => value switch
    {
        null => "",
        string s => s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
