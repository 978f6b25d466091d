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
            switch (column)
            {
                case TextColumn<T> text:
                    if (text.Get(row) is { } s) { json.WriteString(column.Name, s); } else { json.WriteNull(column.Name); }
                    break;
                case IntegerColumn<T> integer:
                    if (integer.Get(row) is { } i) { json.WriteNumber(column.Name, i); } else { json.WriteNull(column.Name); }
                    break;
                case BigIntegerColumn<T> big:
                    if (big.Get(row) is { } l) { json.WriteNumber(column.Name, l); } else { json.WriteNull(column.Name); }
                    break;
                case RealColumn<T> real:
                    if (real.Get(row) is { } d) { json.WriteNumber(column.Name, d); } else { json.WriteNull(column.Name); }
                    break;
                case LogicalColumn<T> logical:
                    if (logical.Get(row) is { } b) { json.WriteBoolean(column.Name, b); } else { json.WriteNull(column.Name); }
                    break;
                default:
                    throw new InvalidOperationException("unexpected column type " + column.GetType().Name);
            }
        }
    }
}

/// <summary>JSON Lines: one object per row, each with "table" first, written as the rows come.</summary>
internal sealed class JsonLinesWriter : RowWriter
{
    private readonly FileStream _stream;
    private readonly System.Buffers.ArrayBufferWriter<byte> _line = new(1 << 12);
    private readonly Utf8JsonWriter _json;

    public JsonLinesWriter(string path)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _json = new Utf8JsonWriter(_line, JsonRows.Compact);
    }

    protected override void Add<T>(Table<T> table, T row)
    {
        // One writer for every line, into a buffer the line is copied from: flushed straight into the file, the
        // writer flushed the file too, one system call per row (a third of a 5,000-report extract's time).
        _json.WriteStartObject();
        _json.WriteString("table", table.Name);
        JsonRows.WriteColumns(_json, table, row);
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _stream.Write(_line.WrittenSpan);
        _stream.WriteByte((byte)'\n');
        _line.ResetWrittenCount();
    }

    public override void Complete() => _stream.Flush();

    public override void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }
}

/// <summary>
/// The main job's JSON export (consumer-sample's <c>CorpusJson</c>, compiled in: one implementation, the same shape and
/// names): each report as the generated code's runtime object (<see cref="Html.RuntimeReports"/>), streamed; the checks
/// wait in a temporary file, deleted on close, and follow the reports as the top-level "checks" array.
/// </summary>
internal sealed class JsonWriter : RowWriter
{
    private readonly FileStream _stream;
    private readonly FileStream _checks;
    private readonly ConsumerSample.CorpusJson _json;

    public JsonWriter(string path)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _checks = new FileStream(
            Path.Combine(Path.GetTempPath(), "reportcorpus-checks-" + Guid.NewGuid().ToString("N") + ".json"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _json = new ConsumerSample.CorpusJson(_stream, _checks);
    }

    /// <summary>The export has no indicator dictionary (the other formats' <c>indicators</c> table).</summary>
    public override void Begin()
    {
    }

    public override bool NeedsRows => false;

    public override void Write(JudgedReport report, ReportRows? rows) => _json.Add(Html.RuntimeReports.Of(report));

    protected override void Add<T>(Table<T> table, T row) => throw new InvalidOperationException("the JSON export is written by report");

    public override void Complete() => _json.Complete();

    public override void Dispose()
    {
        _json.Dispose();
        _checks.Dispose();
        _stream.Dispose();
    }
}
