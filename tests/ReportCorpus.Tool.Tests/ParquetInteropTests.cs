using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Types;
using ReportCorpus.Tool.Rows;

namespace ReportCorpus.Tool.Tests;

/// <summary>
/// The tool's Parquet read by a second implementation: Apache Arrow's C++ reader (through ParquetSharp), the one pyarrow
/// and pandas use (<c>pd.read_parquet</c>), where the other tests read it through DuckDB. Each table must come back with the
/// schema docs/tool.md gives (names, Arrow types, nullable) and exactly the rows of the DuckDB output.
/// </summary>
public sealed class ParquetInteropTests(CorpusOutputs outputs) : IClassFixture<CorpusOutputs>
{
    public static TheoryData<string> TableNames() => [.. Tables.All.Select(static t => t.Name)];

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Arrow_reads_each_table_with_its_schema_and_the_rows_DuckDB_holds(string name)
    {
        ITable table = Tables.All.Single(t => t.Name == name);
        (Schema schema, List<string> rows) = ReadWithArrow(Path.Combine(outputs.Parquet, name + ".parquet"));

        Assert.Equal(table.Columns.Select(static c => c.Name), schema.FieldsList.Select(static f => f.Name));
        foreach ((string column, ColumnType type, _) in table.Columns)
        {
            Field field = schema.GetFieldByName(column);
            Assert.True(field.IsNullable, name + "." + column + " is not nullable");
            Assert.True(field.DataType.TypeId == ArrowTypeOf(type), $"{name}.{column}: {field.DataType.TypeId}, not {ArrowTypeOf(type)}");
        }

        List<string> expected = Sql.Rows(outputs.DuckDb, "SELECT * FROM " + name).Select(static r => Line(r.Values)).ToList();
        Assert.True(expected.Count > 0, name + " is empty: the test would compare nothing");
        Assert.Equal(expected.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Arrow_reads_the_partitioned_files_without_the_key_columns_and_with_every_row()
    {
        using var output = new TempFolder();
        ToolRun run = ToolRun.Of("extract", TestCorpus.Folder, "-o", output["parts"], "-f", "parquet", "-p", "level,year", "-q");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string name in new[] { "reports", "facts", "problems", "checks" })
        {
            string[] parts = Directory.GetFiles(output["parts/" + name], "*.parquet", SearchOption.AllDirectories);
            Assert.True(parts.Length > 1, name + ": " + parts.Length + " parts");
            long rows = 0;
            foreach (string part in parts)
            {
                (Schema schema, List<string> partRows) = ReadWithArrow(part);
                Assert.DoesNotContain(schema.FieldsList, static f => f.Name == "level");
                rows += partRows.Count;
            }

            Assert.Equal(Sql.Scalar<long>(outputs.DuckDb, "SELECT count(*) FROM " + name), rows);
        }
    }

    private static ArrowTypeId ArrowTypeOf(ColumnType type) => type switch
    {
        ColumnType.Text => ArrowTypeId.String,
        ColumnType.Integer => ArrowTypeId.Int32,
        ColumnType.BigInteger => ArrowTypeId.Int64,
        ColumnType.Real => ArrowTypeId.Double,
        ColumnType.Logical => ArrowTypeId.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The file's Arrow schema and its rows, each as one line of its values.</summary>
    private static (Schema Schema, List<string> Rows) ReadWithArrow(string path)
    {
        using var reader = new ParquetSharp.Arrow.FileReader(path);
        using var batches = reader.GetRecordBatchReader();
        var rows = new List<string>();
        while (batches.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch)
        {
            using (batch)
            {
                for (int i = 0; i < batch.Length; i++)
                {
                    rows.Add(Line(batch.Arrays.Select(a => ValueAt(a, i))));
                }
            }
        }

        return (reader.Schema, rows);
    }

    private static object? ValueAt(IArrowArray array, int i) => array.IsNull(i) ? null : array switch
    {
        StringArray s => s.GetString(i),
        Int32Array n => n.GetValue(i),
        Int64Array n => n.GetValue(i),
        DoubleArray d => d.GetValue(i),
        BooleanArray b => b.GetValue(i),
        _ => throw new NotSupportedException(array.Data.DataType.Name),
    };

    // A row's values in one line, numbers as the invariant culture writes them (an Int32 of Arrow and an int of DuckDB alike).
    private static string Line(IEnumerable<object?> values) => string.Join("\u001F", values.Select(static v => v switch
    {
        null => "\u2205",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString(),
    }));
}
