using ReportCorpus.Tool.Rows;

namespace ReportCorpus.Tool.Output;

/// <summary>The output formats of <c>extract</c>.</summary>
internal enum OutputFormat
{
    DuckDb,
    Parquet,
    Jsonl,
    Json,
    Csv,
}

/// <summary>
/// Writes the tables of <see cref="Tables"/> row by row, as the reports arrive in corpus order: nothing is held
/// beyond one report's rows (and, for Parquet, one row group). Every format writes the same columns.
/// </summary>
internal abstract class RowWriter : IDisposable
{
    /// <summary>Starts the output: the indicator dictionary first, as every format holds it.</summary>
    public virtual void Begin()
    {
        foreach (IndicatorRow row in ReportRows.Indicators())
        {
            Add(Tables.Indicators, row);
        }
    }

    /// <summary>Whether <see cref="Write"/> takes the report's rows; the JSON export writes the report itself, and its rows are not built.</summary>
    public virtual bool NeedsRows => true;

    /// <summary>One report's rows (<paramref name="rows"/>, built from <paramref name="report"/>; null only when <see cref="NeedsRows"/> is false).</summary>
    public virtual void Write(JudgedReport report, ReportRows? rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Add(Tables.Reports, rows.Report);
        foreach (FactRow fact in rows.Facts)
        {
            Add(Tables.Facts, fact);
        }

        foreach (ProblemRow problem in rows.Problems)
        {
            Add(Tables.Problems, problem);
        }

        foreach (CheckRow check in rows.Checks)
        {
            Add(Tables.Checks, check);
        }
    }

    protected abstract void Add<T>(Table<T> table, T row);

    /// <summary>Finishes the output; until then the file may be incomplete.</summary>
    public abstract void Complete();

    public abstract void Dispose();

    /// <summary>The format named by --format, else by the extension of the output path (.duckdb, .db, .parquet, .jsonl, .json, .csv).</summary>
    public static OutputFormat? FormatOf(string output, string? format)
    {
        string key = (format ?? Path.GetExtension(output).TrimStart('.')).ToLowerInvariant();
        return key switch
        {
            "duckdb" or "db" or "ddb" => OutputFormat.DuckDb,
            "parquet" => OutputFormat.Parquet,
            "jsonl" or "ndjson" => OutputFormat.Jsonl,
            "json" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            _ => null,
        };
    }

    /// <summary>The writer of <paramref name="format"/>; Parquet partitioned Hive-style by <paramref name="partitionBy"/> when it names keys.</summary>
    public static RowWriter Create(OutputFormat format, string output, IReadOnlyList<string>? partitionBy = null) => format switch
    {
        OutputFormat.DuckDb => new DuckDbWriter(output),
        OutputFormat.Parquet when partitionBy is { Count: > 0 } => new PartitionedParquetWriter(output, partitionBy),
        OutputFormat.Parquet => new ParquetTableWriter(output),
        OutputFormat.Jsonl => new JsonLinesWriter(output),
        OutputFormat.Json => new JsonWriter(output),
        OutputFormat.Csv => new CsvWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
