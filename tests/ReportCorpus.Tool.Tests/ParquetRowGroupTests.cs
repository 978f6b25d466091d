using ReportCorpus.Tool.Output;
using ReportCorpus.Tool.Rows;

namespace ReportCorpus.Tool.Tests;

/// <summary>
/// A table larger than one row group: the groups are encoded on a task while the next fills, and must still come out
/// whole, in order, with every type and null as written. The bundled corpus never fills one group.
/// </summary>
public sealed class ParquetRowGroupTests
{
    private sealed record Row(int Index, string? Text, long Big, double? Real, bool? Flag);

    private static readonly Table<Row> s_table = new("rows", "test rows", static c =>
    [
        c.Integer("idx", static r => r.Index, "position"),
        c.Text("text", static r => r.Text, "text, null every 7th"),
        c.BigInteger("big", static r => r.Big, "a long"),
        c.Real("real", static r => r.Real, "a double, null every 5th"),
        c.Logical("flag", static r => r.Flag, "a bool, null every 3rd"),
    ]);

    // One string shared by runs of rows, as a report's id is by its facts, with nulls inside the runs; empty text; a text
    // longer than the writer's character buffer; and a new string on every other row.
    private const string Shared = "宁波国家高新区";

    private static Row RowAt(int i) => new(i, TextAt(i), 10_000_000_000L + i, i % 5 == 0 ? null : i / 4.0, i % 3 == 0 ? null : i % 2 == 0);

    private static string? TextAt(int i) => i switch
    {
        _ when i % 7 == 0 => null,
        5 => new string('长', 200_000),
        _ when i % 7 == 3 && i % 2 == 0 => "",
        _ when (i / 7) % 2 == 0 => Shared,
        _ => "第" + i + "行, \"quoted\"",
    };

    [Fact]
    public void Rows_past_several_row_groups_come_back_in_order_with_their_nulls()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "rows.parquet");
        int count = (2 * ParquetTableWriter.RowGroupSize) + 123;
        using (var file = new ParquetTableWriter.TableFile<Row>(s_table, path))
        {
            for (int i = 0; i < count; i++)
            {
                file.Add(RowAt(i));
            }

            file.Complete();
        }

        string parquet = path.Replace("'", "''");
        Assert.Equal(3L, Sql.Scalar<long>(":memory:", $"SELECT count(*) FROM parquet_metadata('{parquet}') WHERE column_id = 0"));
        List<Dictionary<string, object?>> rows = Sql.Rows(":memory:", $"SELECT * FROM read_parquet('{parquet}')");
        Assert.Equal(count, rows.Count);
        for (int i = 0; i < count; i++)
        {
            Row expected = RowAt(i);
            Dictionary<string, object?> row = rows[i];
            Assert.Equal(expected.Index, (int)row["idx"]!);
            Assert.Equal(expected.Text, (string?)row["text"]);
            Assert.Equal(expected.Big, (long)row["big"]!);
            Assert.Equal(expected.Real, (double?)row["real"]);
            Assert.Equal(expected.Flag, (bool?)row["flag"]);
        }
    }

    [Fact]
    public void Each_row_group_keeps_the_statistics_of_its_own_text()
    {
        // The writer reuses its buffers from group to group: a group's minimum and maximum must not be read from a later one.
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "rows.parquet");
        string[] prefixes = ["甲", "乙", "丙", "丁"];
        using (var file = new ParquetTableWriter.TableFile<Row>(s_table, path))
        {
            for (int i = 0; i < prefixes.Length * ParquetTableWriter.RowGroupSize; i++)
            {
                string text = prefixes[i / ParquetTableWriter.RowGroupSize] + (i % ParquetTableWriter.RowGroupSize).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
                file.Add(new Row(i, text, i, null, null));
            }

            file.Complete();
        }

        string parquet = path.Replace("'", "''");
        List<Dictionary<string, object?>> groups = Sql.Rows(":memory:", $"SELECT row_group_id AS g, stats_min AS lo, stats_max AS hi FROM parquet_metadata('{parquet}') WHERE path_in_schema = 'text' ORDER BY row_group_id");
        Assert.Equal(prefixes.Length, groups.Count);
        for (int g = 0; g < prefixes.Length; g++)
        {
            Assert.Equal(prefixes[g] + "00000", (string)groups[g]["lo"]!);
            Assert.Equal(prefixes[g] + (ParquetTableWriter.RowGroupSize - 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture), (string)groups[g]["hi"]!);
        }

        Assert.Equal(prefixes.Length * ParquetTableWriter.RowGroupSize, Sql.Scalar<long>(":memory:", $"SELECT count(DISTINCT text) FROM read_parquet('{parquet}')"));
    }

    [Fact]
    public void Text_columns_are_dictionary_encoded_and_numbers_are_not()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "rows.parquet");
        using (var file = new ParquetTableWriter.TableFile<Row>(s_table, path))
        {
            for (int i = 0; i < 1000; i++)
            {
                file.Add(RowAt(i % 10));
            }

            file.Complete();
        }

        string parquet = path.Replace("'", "''");
        List<Dictionary<string, object?>> chunks = Sql.Rows(":memory:", $"SELECT path_in_schema AS name, encodings FROM parquet_metadata('{parquet}')");
        string EncodingsOf(string column) => (string)chunks.Single(c => (string)c["name"]! == column)["encodings"]!;
        Assert.Contains("DICTIONARY", EncodingsOf("text"));
        Assert.DoesNotContain("DICTIONARY", EncodingsOf("big"));
    }

    [Fact]
    public void A_table_with_no_rows_still_gets_its_schema()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "empty.parquet");
        using (var file = new ParquetTableWriter.TableFile<Row>(s_table, path))
        {
            file.Complete();
        }

        string parquet = path.Replace("'", "''");
        Assert.Equal(0L, Sql.Scalar<long>(":memory:", $"SELECT count(*) FROM read_parquet('{parquet}')"));
        List<Dictionary<string, object?>> columns = Sql.Rows(":memory:", $"DESCRIBE SELECT * FROM read_parquet('{parquet}')");
        Assert.Equal(["idx", "text", "big", "real", "flag"], columns.Select(static c => (string)c["column_name"]!));
    }
}
