using System.Text.Encodings.Web;
using System.Text.Json;
using ReportCorpus.Tool.Rows;

namespace ReportCorpus.Tool.Output;

/// <summary>Rows as JSON objects, with the tables' column names; Chinese is written as it is, not escaped.</summary>
internal static class JsonRows
{
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    public static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static void WriteColumns<T>(Utf8JsonWriter json, Table<T> table, T row)
    {
        foreach (Column<T> column in table.Columns)
        {
            switch (column.Value(row))
            {
                case null: json.WriteNull(column.Name); break;
                case string s: json.WriteString(column.Name, s); break;
                case int i: json.WriteNumber(column.Name, i); break;
                case long l: json.WriteNumber(column.Name, l); break;
                case double d: json.WriteNumber(column.Name, d); break;
                case bool b: json.WriteBoolean(column.Name, b); break;
                case var other: throw new InvalidOperationException("unexpected " + other.GetType());
            }
        }
    }
}

/// <summary>JSON Lines: one object per row, each with "table" first, written as the rows come.</summary>
internal sealed class JsonLinesWriter(string path) : RowWriter
{
    private readonly FileStream _stream = new(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);

    protected override void Add<T>(Table<T> table, T row)
    {
        using (var json = new Utf8JsonWriter(_stream, JsonRows.Compact))
        {
            json.WriteStartObject();
            json.WriteString("table", table.Name);
            JsonRows.WriteColumns(json, table, row);
            json.WriteEndObject();
        }

        _stream.WriteByte((byte)'\n');
    }

    public override void Complete() => _stream.Flush();

    public override void Dispose() => _stream.Dispose();
}

/// <summary>
/// One JSON document shaped like the consumer-sample export: a "reports" array whose objects hold their targets,
/// achievements, problems and checks, then the "indicators". Streamed: one report at a time.
/// </summary>
internal sealed class JsonWriter : RowWriter
{
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;
    private readonly List<IndicatorRow> _indicators = new();

    public JsonWriter(string path)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _json = new Utf8JsonWriter(_stream, JsonRows.Indented);
        _json.WriteStartObject();
        _json.WriteStartArray("reports");
    }

    public override void Write(ReportRows rows)
    {
        _json.WriteStartObject();
        JsonRows.WriteColumns(_json, Tables.Reports, rows.Report);
        WriteArray("targets", Tables.Facts, rows.Facts.Where(static f => f.Role == "target"));
        WriteArray("achievements", Tables.Facts, rows.Facts.Where(static f => f.Role == "achievement"));
        WriteArray("problems", Tables.Problems, rows.Problems);
        WriteArray("checks", Tables.Checks, rows.Checks);
        _json.WriteEndObject();
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    protected override void Add<T>(Table<T> table, T row)
    {
        // Only the indicators arrive row by row (Begin); they are written after the reports.
        if (row is IndicatorRow indicator)
        {
            _indicators.Add(indicator);
        }
    }

    public override void Complete()
    {
        _json.WriteEndArray();
        WriteArray("indicators", Tables.Indicators, _indicators);
        _json.WriteEndObject();
        _json.Flush();
    }

    public override void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }

    private void WriteArray<T>(string name, Table<T> table, IEnumerable<T> rows)
    {
        _json.WriteStartArray(name);
        foreach (T row in rows)
        {
            _json.WriteStartObject();
            JsonRows.WriteColumns(_json, table, row);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }
}
