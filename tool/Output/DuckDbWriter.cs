using DuckDB.NET.Data;
using ReportCorpus.Tool.Rows;

namespace ReportCorpus.Tool.Output;

/// <summary>A DuckDB database file (replaced if it exists): the tables through DuckDB's appender, then the views.</summary>
internal sealed class DuckDbWriter : RowWriter
{
    /// <summary>The views a researcher wants first; docs/tool.md shows them.</summary>
    public static readonly (string Name, string Sql)[] Views =
    [
        ("attainment", """
            CREATE VIEW attainment AS
            SELECT r.zone, r.plan_year AS year, count(*) FILTER (WHERE c.verdict <> 'not-judged') AS targets,
                   count(*) FILTER (WHERE c.verdict = 'met') AS met,
                   count(*) FILTER (WHERE c.verdict = 'missed') AS missed,
                   count(*) FILTER (WHERE c.verdict = 'no-actual') AS no_actual,
                   count(*) FILTER (WHERE c.verdict = 'unverifiable') AS unverifiable,
                   count(*) FILTER (WHERE c.verdict = 'undetermined') AS undetermined,
                   count(*) FILTER (WHERE c.basis = 'stated') AS stated,
                   count(*) FILTER (WHERE c.verdict = 'not-judged') AS not_judged,
                   round(count(*) FILTER (WHERE c.verdict = 'met')
                         / nullif(count(*) FILTER (WHERE c.verdict IN ('met', 'missed')), 0), 3) AS attainment_rate
            FROM checks c JOIN reports r ON r.id = c.report_id
            GROUP BY r.zone, r.plan_year
            """),
        ("headline_targets", """
            CREATE VIEW headline_targets AS
            SELECT r.zone, r.plan_year AS year, c.report_id, t.indicator, t.canonical, i.chinese AS canonical_chinese,
                   t.figure AS target, t.value AS target_value, t.unit AS target_unit, t.growth AS target_growth,
                   c.verdict, c.basis, c.stated_result, c.next_report_id, a.figure AS actual, a.value AS actual_value, a.unit AS actual_unit,
                   a.growth AS actual_growth, t.sentence AS target_sentence, a.sentence AS actual_sentence, t.start_line
            FROM checks c
            JOIN reports r ON r.id = c.report_id
            JOIN facts t ON t.report_id = c.report_id AND t.role = 'target' AND t.fact_index = c.target_index
            JOIN indicators i ON i.name = t.canonical
            LEFT JOIN facts a ON a.report_id = c.next_report_id AND a.role = 'achievement' AND a.fact_index = c.actual_index
            WHERE c.kind = 'headline'
            """),
    ];

    /// <summary>
    /// DuckDB's buffers, on top of the tool's own: with the default limit (most of the machine's memory) an extract of
    /// 20,000 synthetic reports peaked at 1,016 MB, over the 1 GB the tool promises; at 128 MB, 831 MB, no slower.
    /// Appended blocks are backed by the database file, so a lower limit writes them out sooner, and does not fail.
    /// </summary>
    public const string MemoryLimit = "128MB";

    private readonly DuckDBConnection _connection;
    private readonly Dictionary<string, DuckDBAppender> _appenders = new(StringComparer.Ordinal);

    public DuckDbWriter(string path)
    {
        string full = Path.GetFullPath(path);
        File.Delete(full);
        File.Delete(full + ".wal");
        _connection = new DuckDBConnection("Data Source=" + full);
        _connection.Open();

        Execute("SET memory_limit = '" + MemoryLimit + "'");
        foreach (ITable table in Tables.All)
        {
            Execute("CREATE TABLE " + table.Name + " (" + string.Join(", ", table.Columns.Select(static c => c.Name + " " + SqlType(c.Type))) + ")");
            _appenders[table.Name] = _connection.CreateAppender(table.Name);
        }
    }

    public static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR",
        ColumnType.Integer => "INTEGER",
        ColumnType.BigInteger => "BIGINT",
        ColumnType.Real => "DOUBLE",
        ColumnType.Logical => "BOOLEAN",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    protected override void Add<T>(Table<T> table, T row)
    {
        IDuckDBAppenderRow appenderRow = _appenders[table.Name].CreateRow();
        foreach (Column<T> column in table.Columns)
        {
            appenderRow = column switch
            {
                TextColumn<T> text => text.Get(row) is { } s ? appenderRow.AppendValue(s) : appenderRow.AppendNullValue(),
                IntegerColumn<T> integer => appenderRow.AppendValue(integer.Get(row)),
                BigIntegerColumn<T> big => appenderRow.AppendValue(big.Get(row)),
                RealColumn<T> real => appenderRow.AppendValue(real.Get(row)),
                LogicalColumn<T> logical => appenderRow.AppendValue(logical.Get(row)),
                _ => throw new InvalidOperationException("unexpected column " + column.Name),
            };
        }

        appenderRow.EndRow();
    }

    public override void Complete()
    {
        foreach (DuckDBAppender appender in _appenders.Values)
        {
            appender.Close();
        }

        _appenders.Clear();
        foreach ((string _, string sql) in Views)
        {
            Execute(sql);
        }

        Execute("CHECKPOINT");
    }

    public override void Dispose()
    {
        foreach (DuckDBAppender appender in _appenders.Values)
        {
            appender.Dispose();
        }

        _connection.Dispose();
    }

    /// <summary>A setting of the writer's connection as DuckDB reports it (current_setting).</summary>
    internal string? Setting(string name)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT current_setting($name)::VARCHAR";
        command.Parameters.Add(new DuckDBParameter("name", name));
        return command.ExecuteScalar() as string;
    }

    private void Execute(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
