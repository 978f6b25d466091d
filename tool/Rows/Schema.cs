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

/// <summary>One column of a table: its name, type, how to read it from a row, and what it means (docs/tool.md).</summary>
internal sealed record Column<T>(string Name, ColumnType Type, Func<T, object?> Value, string Description);

/// <summary>A table of the output: the one definition DuckDB, Parquet, CSV, JSON Lines and JSON all write from.</summary>
internal sealed class Table<T>(string name, string description, params Column<T>[] columns) : ITable
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    public IReadOnlyList<Column<T>> Columns { get; } = columns;

    IEnumerable<(string Name, ColumnType Type, string Description)> ITable.Columns => Columns.Select(static c => (c.Name, c.Type, c.Description));
}

/// <summary>A table's name and columns, whatever its row type.</summary>
internal interface ITable
{
    string Name { get; }

    string Description { get; }

    IEnumerable<(string Name, ColumnType Type, string Description)> Columns { get; }
}
