using System.Globalization;
using System.Text;
using ReportCorpus.Tool.Rows;

namespace ReportCorpus.Tool.Output;

/// <summary>What <c>--partition-by</c> may name: the report's level of government and its plan year.</summary>
internal static class PartitionKeys
{
    public const string Level = "level";
    public const string Year = "year";

    public static readonly string[] All = [Level, Year];

    /// <summary>Hive's folder name for a null value (Spark, Hive and Arrow read it back as null).</summary>
    public const string Null = "__HIVE_DEFAULT_PARTITION__";

    /// <summary>
    /// A report's value for <paramref name="key"/>: <c>level</c> its level of government (county, prefecture …), <c>year</c>
    /// its plan year (the <c>year</c> of the attainment view: the year its targets are for).
    /// </summary>
    public static string? ValueOf(string key, ReportRows rows) => key switch
    {
        Level => LevelOf(rows),
        Year => rows.Report.PlanYear?.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a partition key"),
    };

    // The reports table's level column (the model's GovernmentLevel: county, prefecture …, unknown when not found).
    private static string LevelOf(ReportRows rows) => rows.Report.Level;

    /// <summary><c>key=value</c>, the value escaped as Hive does (%XX for anything but letters, digits, '-', '_' and '.').</summary>
    public static string Folder(string key, string? value)
    {
        if (value is null)
        {
            return key + "=" + Null;
        }

        var folder = new StringBuilder(key).Append('=');
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.')
            {
                folder.Append((char)b);
            }
            else
            {
                folder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return folder.ToString();
    }
}

/// <summary>
/// Parquet partitioned Hive-style: a folder per table (<c>OUT/facts/</c>), in it a folder per value of each key
/// (<c>level=county/year=2022/</c>) holding <c>part-0.parquet</c>, <c>part-1.parquet</c> …, without the key columns (the
/// folders hold them); <c>OUT/indicators/part-0.parquet</c> is not partitioned. The rows of a report go to its
/// partition. Reports come in the corpus's order, not by partition, so rows wait in memory per partition; when
/// <c>maxRowsWaiting</c> (<see cref="MaxRowsWaiting"/>) wait in all, the partition with the most is written out as its next part file. Memory
/// is bounded and, the rows coming in the same order whatever the threads, so are the files.
/// </summary>
internal sealed class PartitionedParquetWriter : RowWriter
{
    public const int MaxRowsWaiting = 200_000;

    private readonly string _folder;
    private readonly IReadOnlyList<string> _keys;
    private readonly Dictionary<(string Table, string Partition), IPartition> _partitions = new();
    private readonly HashSet<string> _omit;
    private int _waiting;

    private readonly int _maxRowsWaiting;

    public PartitionedParquetWriter(string folder, IReadOnlyList<string> keys, int maxRowsWaiting = MaxRowsWaiting)
    {
        _maxRowsWaiting = maxRowsWaiting;
        _folder = folder;
        _keys = keys;
        _omit = keys.Where(static k => k == PartitionKeys.Level).ToHashSet(StringComparer.Ordinal);

        // The output is replaced: the tables' folders of an earlier run go (a stale partition would read as data), and so
        // do the tables' files of an earlier unpartitioned run (facts.parquet beside facts/), nothing else.
        ParquetTableWriter.RemoveTables(folder);

        Directory.CreateDirectory(folder);
    }

    public override void Write(JudgedReport report, ReportRows? rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string partition = string.Join("/", _keys.Select(k => PartitionKeys.Folder(k, PartitionKeys.ValueOf(k, rows))));
        Add(Tables.Reports, partition, rows.Report);
        foreach (FactRow fact in rows.Facts)
        {
            Add(Tables.Facts, partition, fact);
        }

        foreach (ProblemRow problem in rows.Problems)
        {
            Add(Tables.Problems, partition, problem);
        }

        foreach (CheckRow check in rows.Checks)
        {
            Add(Tables.Checks, partition, check);
        }

        while (_waiting > _maxRowsWaiting)
        {
            IPartition largest = _partitions.Values.MaxBy(static p => p.Waiting)!;
            _waiting -= largest.Waiting;
            largest.Flush();
        }
    }

    // Only the indicators come row by row (Begin): not partitioned.
    protected override void Add<T>(Table<T> table, T row) => Add(table, "", row);

    public override void Complete()
    {
        foreach (IPartition partition in _partitions.OrderBy(static p => p.Key.Table, StringComparer.Ordinal).ThenBy(static p => p.Key.Partition, StringComparer.Ordinal).Select(static p => p.Value))
        {
            partition.Flush();
        }

        _waiting = 0;
    }

    public override void Dispose()
    {
    }

    private void Add<T>(Table<T> table, string partition, T row)
    {
        if (!_partitions.TryGetValue((table.Name, partition), out IPartition? p))
        {
            string path = Path.Combine(_folder, table.Name, partition.Replace('/', Path.DirectorySeparatorChar));
            p = new Partition<T>(table, path, table.Name == Tables.Indicators.Name ? [] : _omit);
            _partitions[(table.Name, partition)] = p;
        }

        ((Partition<T>)p).Rows.Add(row);
        _waiting++;
    }

    private interface IPartition
    {
        int Waiting { get; }

        void Flush();
    }

    /// <summary>A table's rows of one partition waiting to be written, and the part files already written.</summary>
    private sealed class Partition<T>(Table<T> table, string folder, IReadOnlyCollection<string> omit) : IPartition
    {
        private int _parts;

        public List<T> Rows { get; } = new();

        public int Waiting => Rows.Count;

        public void Flush()
        {
            if (Rows.Count == 0)
            {
                return;
            }

            Directory.CreateDirectory(folder);
            using var file = new ParquetTableWriter.TableFile<T>(table, Path.Combine(folder, "part-" + _parts.ToString(CultureInfo.InvariantCulture) + ".parquet"), omit);
            foreach (T row in Rows)
            {
                file.Add(row);
            }

            file.Complete();
            Rows.Clear();
            _parts++;
        }
    }
}
