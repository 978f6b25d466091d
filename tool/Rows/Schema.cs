namespace ReportCorpus.Tool.Rows;

/// <summary>The column types every writer knows: DuckDB VARCHAR/INTEGER/BIGINT/DOUBLE/BOOLEAN, the same in Parquet.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    BigInteger,
    Real,
    Logical,
}

/// <summary>
/// One column of a table: its name, type, what it means (docs/tool.md), and how to read it from a row. Each type has
/// its own subclass with a typed reader, so that writers copy a row's numbers without boxing them: with one
/// <c>Func&lt;T, object?&gt;</c> per column, every number of every fact was an object (docs/performance.md, the tool).
/// </summary>
internal abstract record Column<T>(string Name, ColumnType Type, string Description);

internal sealed record TextColumn<T>(string Name, Func<T, string?> Get, string Description) : Column<T>(Name, ColumnType.Text, Description);

internal sealed record IntegerColumn<T>(string Name, Func<T, int?> Get, string Description) : Column<T>(Name, ColumnType.Integer, Description);

internal sealed record BigIntegerColumn<T>(string Name, Func<T, long?> Get, string Description) : Column<T>(Name, ColumnType.BigInteger, Description);

internal sealed record RealColumn<T>(string Name, Func<T, double?> Get, string Description) : Column<T>(Name, ColumnType.Real, Description);

internal sealed record LogicalColumn<T>(string Name, Func<T, bool?> Get, string Description) : Column<T>(Name, ColumnType.Logical, Description);

/// <summary>Makes the columns of a <see cref="Table{T}"/>: <c>c.Text("id", r => r.Id, "unique id")</c>, the row type given once by the table.</summary>
internal sealed class Columns<T>
{
    public Column<T> Text(string name, Func<T, string?> get, string description) => new TextColumn<T>(name, get, description);

    public Column<T> Integer(string name, Func<T, int?> get, string description) => new IntegerColumn<T>(name, get, description);

    public Column<T> BigInteger(string name, Func<T, long?> get, string description) => new BigIntegerColumn<T>(name, get, description);

    public Column<T> Real(string name, Func<T, double?> get, string description) => new RealColumn<T>(name, get, description);

    public Column<T> Logical(string name, Func<T, bool?> get, string description) => new LogicalColumn<T>(name, get, description);
}

/// <summary>A table of the output: the one definition DuckDB, Parquet, CSV, JSON Lines and JSON all write from.</summary>
internal sealed class Table<T>(string name, string description, Func<Columns<T>, Column<T>[]> columns) : ITable
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    public IReadOnlyList<Column<T>> Columns { get; } = columns(new Columns<T>());

    IEnumerable<(string Name, ColumnType Type, string Description)> ITable.Columns => Columns.Select(static c => (c.Name, c.Type, c.Description));
}

/// <summary>A table's name and columns, whatever its row type.</summary>
internal interface ITable
{
    string Name { get; }

    string Description { get; }

    IEnumerable<(string Name, ColumnType Type, string Description)> Columns { get; }
}
