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
        RemoveTables(folder);
        Directory.CreateDirectory(folder);
    }

    /// <summary>
    /// Removes the tables an earlier run wrote into <paramref name="folder"/>, in either layout (reports.parquet …, or the
    /// partitioned folders reports/ …), and nothing else: a run into the folder of a partitioned run left its facts/
    /// folders beside the new facts.parquet, stale data to a reader of the folder.
    /// </summary>
    public static void RemoveTables(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (ITable table in Tables.All)
        {
            string partitioned = Path.Combine(folder, table.Name);
            if (Directory.Exists(partitioned))
            {
                Directory.Delete(partitioned, recursive: true);
            }

            File.Delete(Path.Combine(folder, table.Name + ".parquet"));
        }
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

    /// <summary>
    /// One Parquet file of a table's rows, written in row groups of <see cref="RowGroupSize"/>; without the columns
    /// named in <c>omit</c> (a partitioned table's keys, which its folders hold). Rows go straight into typed column
    /// buffers; a full row group is encoded and written on a task of its own while the next one fills (two sets of
    /// buffers, one group in flight): Parquet's encoding of the facts was as long as the rest of the second pass.
    /// </summary>
    internal sealed class TableFile<T> : ITableFile
    {
        private readonly DataField[] _fields;
        private readonly FileStream _stream;
        private readonly ParquetWriter _writer;
        private ColumnBuffer<T>[] _filling;
        private ColumnBuffer<T>[] _spare;
        private int _count;
        private Task? _inFlight;
        private bool _wroteGroup;

        public TableFile(Table<T> table, string path, IReadOnlyCollection<string>? omit = null)
        {
            Column<T>[] columns = table.Columns.Where(c => omit?.Contains(c.Name) != true).ToArray();
            _fields = columns.Select(static c => Field(c.Name, c.Type)).ToArray();
            _filling = columns.Select(ColumnBuffer<T>.For).ToArray();
            _spare = columns.Select(ColumnBuffer<T>.For).ToArray();
            _stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite);
            _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream, Options(columns)).GetAwaiter().GetResult();
        }

        public void Add(T row)
        {
            foreach (ColumnBuffer<T> buffer in _filling)
            {
                buffer.Add(row, _count);
            }

            if (++_count == RowGroupSize)
            {
                Flush();
            }
        }

        public void Complete()
        {
            if (_count > 0 || (!_wroteGroup && _inFlight is null))
            {
                Flush();
            }

            _inFlight?.GetAwaiter().GetResult();
            _inFlight = null;

            // Disposing the writer writes the footer: only once, and only for a complete file.
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _stream.Flush();
        }

        public void Dispose()
        {
            // A failed or interrupted run: let the group in flight end before the file closes under it.
            try
            {
                _inFlight?.Wait();
            }
            catch (AggregateException)
            {
                // Its failure was reported where the run failed, or the run ended for another reason.
            }

            _stream.Dispose();
        }

        // Hands the filled buffers to a task that writes them as one row group, after the group before it.
        private void Flush()
        {
            _inFlight?.GetAwaiter().GetResult();
            ColumnBuffer<T>[] full = _filling;
            int count = _count;
            (_filling, _spare) = (_spare, _filling);
            _count = 0;
            _wroteGroup = true;
            _inFlight = Task.Run(() => WriteGroup(full, count));
        }

        private void WriteGroup(ColumnBuffer<T>[] buffers, int count)
        {
            using ParquetRowGroupWriter group = _writer.CreateRowGroup();
            for (int c = 0; c < buffers.Length; c++)
            {
                buffers[c].WriteTo(group, _fields[c], count).GetAwaiter().GetResult();
                buffers[c].Clear();
            }
        }

        // Text columns dictionary-encoded: Parquet.Net writes strings plain unless told, and a fact's report id, role,
        // kind, unit and sentence repeat down the column. 193,000 facts: 5.4 MB instead of 18.4, in the same time
        // (docs/performance.md, the tool).
        private static ParquetOptions Options(IEnumerable<Column<T>> columns)
        {
            var options = new ParquetOptions();
            foreach (Column<T> column in columns.Where(static c => c.Type == ColumnType.Text))
            {
                options.ColumnEncodingHints[column.Name] = EncodingHint.Dictionary;
            }

            return options;
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

    /// <summary>One column's values of the row group being filled, typed: numbers are copied, never boxed.</summary>
    internal abstract class ColumnBuffer<T>
    {
        // Buffers start small and grow to a row group as rows come: most tables never fill one (the 20,000-report
        // benchmark's problems table: 27,000 rows; its indicators: 200), and every page of a new array is a page fault.
        // Allocated whole, the five tables' two sets of buffers were 136 MB, 0.47 s of the run (docs/performance.md).
        private const int FirstCapacity = 1024;

        private int[] _levels = new int[FirstCapacity];

        public abstract void Add(T row, int at);

        public abstract Task WriteTo(ParquetRowGroupWriter group, DataField field, int count);

        /// <summary>Empties the buffer once its group is written; its arrays are kept for the next group.</summary>
        public abstract void Clear();

        public static ColumnBuffer<T> For(Column<T> column) => column switch
        {
            TextColumn<T> text => new Text(text.Get),
            IntegerColumn<T> integer => new Packed<int>(integer.Get),
            BigIntegerColumn<T> big => new Packed<long>(big.Get),
            RealColumn<T> real => new Packed<double>(real.Get),
            LogicalColumn<T> logical => new Packed<bool>(logical.Get),
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };

        /// <summary>Row <paramref name="at"/>'s definition level: 1 for a value, 0 for null (Parquet stores nulls as levels, not values).</summary>
        protected void SetLevel(int at, int level)
        {
            MakeRoom(ref _levels, at);
            _levels[at] = level;
        }

        protected ReadOnlyMemory<int> Levels(int count) => new(_levels, 0, count);

        /// <summary>Grows <paramref name="items"/> when <paramref name="index"/> is past its end: twice as long, at most a row group.</summary>
        protected static void MakeRoom<TItem>(ref TItem[] items, int index)
        {
            if (index >= items.Length)
            {
                Array.Resize(ref items, Math.Min(RowGroupSize, Math.Max(2 * items.Length, index + 1)));
            }
        }

        // Text is copied into one character array per column, reused from group to group, and handed to Parquet.Net as
        // ReadOnlyMemory<char> slices of it (its own type for string columns). Holding the rows' strings instead kept a
        // group's worth of them alive through every collection while it filled: the 20,000-report benchmark's second
        // pass spent 0.9 s in 22 gen0 collections, each copying 10 MB of them out of gen0; with the copy, 0.27 s
        // (docs/performance.md, the tool). A value that is the same string as the one before it (a fact's report id,
        // the sentence of several facts) is the same slice. Nulls are left out, with a definition level of 0, as Packed.
        private sealed class Text(Func<T, string?> get) : ColumnBuffer<T>
        {
            private ReadOnlyMemory<char>[] _values = new ReadOnlyMemory<char>[FirstCapacity];
            private char[] _chars = new char[FirstCapacity * 16];
            private int _used;
            private int _present;
            private string? _last;

            public override void Add(T row, int at)
            {
                string? value = get(row);
                if (value is null)
                {
                    SetLevel(at, 0);
                    return;
                }

                SetLevel(at, 1);
                MakeRoom(ref _values, _present);
                if (!ReferenceEquals(value, _last))
                {
                    if (value.Length > _chars.Length - _used)
                    {
                        // Slices already taken keep the old array alive until the group is written.
                        _chars = new char[Math.Max(2 * _chars.Length, _used + value.Length)];
                        _used = 0;
                    }

                    value.CopyTo(0, _chars, _used, value.Length);
                    _values[_present] = new ReadOnlyMemory<char>(_chars, _used, value.Length);
                    _used += value.Length;
                    _last = value;
                }
                else
                {
                    _values[_present] = _values[_present - 1];
                }

                _present++;
            }

            public override Task WriteTo(ParquetRowGroupWriter group, DataField field, int count) =>
                group.WriteAllPartsAsync<ReadOnlyMemory<char>>(field, new ReadOnlyMemory<ReadOnlyMemory<char>>(_values, 0, _present), Levels(count), null, CancellationToken.None);

            public override void Clear()
            {
                // The slices may point into character arrays replaced during the group: let those go.
                Array.Clear(_values, 0, _present);
                _present = 0;
                _used = 0;
                _last = null;
            }
        }

        // Numbers packed without their nulls, beside the definition levels, as Parquet stores them, through Parquet.Net's
        // low-level write: given TValue?[] (or string?[]), it makes those two arrays itself for every column of every group.
        // The files are byte-identical; the 20,000-report benchmark's second pass takes 0.75 s less (docs/performance.md,
        // the tool). Text packs the same way, with its characters copied (Text, above).
        private sealed class Packed<TValue>(Func<T, TValue?> get) : ColumnBuffer<T>
            where TValue : unmanaged
        {
            private TValue[] _values = new TValue[FirstCapacity];
            private int _present;

            public override void Add(T row, int at)
            {
                if (get(row) is { } value)
                {
                    MakeRoom(ref _values, _present);
                    _values[_present++] = value;
                    SetLevel(at, 1);
                }
                else
                {
                    SetLevel(at, 0);
                }
            }

            public override Task WriteTo(ParquetRowGroupWriter group, DataField field, int count) =>
                group.WriteAllPartsAsync<TValue>(field, new ReadOnlyMemory<TValue>(_values, 0, _present), Levels(count), null, CancellationToken.None);

            public override void Clear() => _present = 0;
        }
    }
}
