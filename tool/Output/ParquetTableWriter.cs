using Parquet;
using Parquet.Schema;
using ReportCorpus.Tool.Rows;

namespace ReportCorpus.Tool.Output;

/// <summary>A folder with one Parquet file per table (reports.parquet, facts.parquet …), written in row groups.</summary>
internal sealed class ParquetTableWriter : RowWriter
{
    public const int RowGroupSize = 50_000;

    private readonly string _folder;
    private readonly Dictionary<string, ITableFile> _files = new(StringComparer.Ordinal);

    public ParquetTableWriter(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    protected override void Add<T>(Table<T> table, T row)
    {
        if (!_files.TryGetValue(table.Name, out ITableFile? file))
        {
            file = new TableFile<T>(table, Path.Combine(_folder, table.Name + ".parquet"));
            _files[table.Name] = file;
        }

        ((TableFile<T>)file).Add(row);
    }

    public override void Complete()
    {
        // A table without rows still gets its file, with its schema.
        EnsureFile(Tables.Reports);
        EnsureFile(Tables.Facts);
        EnsureFile(Tables.Problems);
        EnsureFile(Tables.Checks);
        EnsureFile(Tables.Indicators);
        foreach (ITableFile file in _files.Values)
        {
            file.Complete();
        }
    }

    public override void Dispose()
    {
        foreach (ITableFile file in _files.Values)
        {
            file.Dispose();
        }
    }

    private void EnsureFile<T>(Table<T> table)
    {
        if (!_files.ContainsKey(table.Name))
        {
            _files[table.Name] = new TableFile<T>(table, Path.Combine(_folder, table.Name + ".parquet"));
        }
    }

    internal interface ITableFile : IDisposable
    {
        void Complete();
    }

    /// <summary>One Parquet file of a table's rows, written in row groups of <see cref="RowGroupSize"/>; without the columns named in <c>omit</c> (a partitioned table's keys, which its folders hold).</summary>
    internal sealed class TableFile<T> : ITableFile
    {
        private readonly Column<T>[] _columns;
        private readonly DataField[] _fields;
        private readonly FileStream _stream;
        private readonly ParquetWriter _writer;
        private readonly List<T> _rows = new();
        private bool _wroteGroup;

        public TableFile(Table<T> table, string path, IReadOnlyCollection<string>? omit = null)
        {
            _columns = table.Columns.Where(c => omit?.Contains(c.Name) != true).ToArray();
            _fields = _columns.Select(static c => Field(c.Name, c.Type)).ToArray();
            _stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite);
            _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream).GetAwaiter().GetResult();
        }

        public void Add(T row)
        {
            _rows.Add(row);
            if (_rows.Count >= RowGroupSize)
            {
                Flush();
            }
        }

        public void Complete()
        {
            if (_rows.Count > 0 || !_wroteGroup)
            {
                Flush();
            }

            // Disposing the writer writes the footer: only once, and only for a complete file.
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _stream.Flush();
        }

        public void Dispose() => _stream.Dispose();

        private void Flush()
        {
            using ParquetRowGroupWriter group = _writer.CreateRowGroup();
            for (int c = 0; c < _fields.Length; c++)
            {
                Column<T> column = _columns[c];
                DataField field = _fields[c];
                Task write = column.Type switch
                {
                    ColumnType.Text => group.WriteAsync(field, _rows.Select(r => (string?)column.Value(r)).ToArray()!),
                    ColumnType.Integer => group.WriteAsync<int>(field, _rows.Select(r => (int?)column.Value(r)).ToArray()),
                    ColumnType.BigInteger => group.WriteAsync<long>(field, _rows.Select(r => (long?)column.Value(r)).ToArray()),
                    ColumnType.Real => group.WriteAsync<double>(field, _rows.Select(r => (double?)column.Value(r)).ToArray()),
                    ColumnType.Logical => group.WriteAsync<bool>(field, _rows.Select(r => (bool?)column.Value(r)).ToArray()),
                    _ => throw new ArgumentOutOfRangeException(nameof(column)),
                };
                write.GetAwaiter().GetResult();
            }

            _rows.Clear();
            _wroteGroup = true;
        }

        private static DataField Field(string name, ColumnType type) => type switch
        {
            ColumnType.Text => new DataField<string>(name, true),
            ColumnType.Integer => new DataField<int?>(name),
            ColumnType.BigInteger => new DataField<long?>(name),
            ColumnType.Real => new DataField<double?>(name),
            ColumnType.Logical => new DataField<bool?>(name),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }
}
