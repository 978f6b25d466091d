using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ReportCorpus.Model;

namespace ReportCorpus.Tool.Passes;

/// <summary>
/// A file's parse (<see cref="ReadFile"/>: the model's <see cref="ParsedReport"/>, its encoding and size) as bytes and
/// back, exactly: <c>Read(Encode(f).ToArray()) == f</c> by the records' value equality (tested on the whole corpus). The first pass
/// keeps every parse as these bytes (<see cref="ParseStore"/>) so that the second never parses a file again. Strings
/// are written once per report and then named by their number: a sentence quoted by five facts is stored once, and
/// read back as one string.
/// </summary>
internal static class ParseCodec
{
    // One writer a thread, emptied for each file: its buffer and its table of strings keep their size, where a new
    // writer's grew again for every file (about 60 KB of arrays a report, 1.3 GB over 20,000 reports).
    [ThreadStatic]
    private static Writer? t_writer;

    /// <summary>
    /// The bytes of <paramref name="file"/>'s parse in this thread's writer: valid until the thread encodes the next
    /// file. The store copies them only when it keeps them in memory; those it spills go to the file from here.
    /// </summary>
    public static ReadOnlySpan<byte> Encode(ReadFile file)
    {
        Writer writer = t_writer ??= new Writer();
        writer.Clear();
        writer.Write(file);
        return writer.Written;
    }

    /// <summary>The parse stored in <paramref name="data"/>, which may run past its end (a pooled array).</summary>
    public static ReadFile Read(byte[] data) => new Reader(data).ReadFile();

    // Little-endian numbers and length-prefixed UTF-16 straight into an array: through BinaryWriter and a MemoryStream
    // every field was a virtual call or two, and the codec a tenth of the first pass (docs/performance.md, the tool).
    private sealed class Writer
    {
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
        private byte[] _buffer = new byte[1 << 14];
        private int _length;

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Clear()
        {
            _strings.Clear();
            _length = 0;
        }

        private Span<byte> Take(int count)
        {
            Reserve(count);
            Span<byte> span = _buffer.AsSpan(_length, count);
            _length += count;
            return span;
        }

        private void Reserve(int count)
        {
            if (_length + count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            }
        }

        private void Write(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

        private void Write(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

        private void Write(bool value) => Take(1)[0] = value ? (byte)1 : (byte)0;

        private void Write(decimal value)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            foreach (int bit in bits)
            {
                Write(bit);
            }
        }

        // A string's UTF-16 code units as they are in memory: copied, not transcoded, either way. Reports are mostly
        // Chinese, two bytes a character here and three in UTF-8, so the parses are smaller too. UTF-8 took 0.6 % of the
        // first pass to encode and 2.9 % of the second to validate and decode (docs/performance.md, the tool). The
        // bytes never leave the process that wrote them, so the machine's byte order is theirs.
        private void Write(string value)
        {
            ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(value.AsSpan());
            Reserve(4 + bytes.Length);
            Write(value.Length);
            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        public void Write(ReadFile file)
        {
            ParsedReport r = file.Report;
            String(file.Encoding);
            Write(file.Bytes);
            Write(file.Undecodable);
            String(r.Path);
            ReportIdentity id = r.Identity;
            String(id.IdCandidate);
            String(id.Zone);
            Write((int)id.Level);
            String(id.Parent);
            String(id.CityName);
            String(id.City);
            Int(id.CitedYear);
            Int(id.ReviewYear);
            Int(id.PlanYear);
            String(id.Published);
            String(id.Delivered);
            String(id.Title);
            Write(id.TitleFromFileName);
            List(r.Targets, Fact);
            List(r.Achievements, Fact);
            List(r.Problems, p =>
            {
                String(p.Text);
                Location(p.Span);
            });
            List(r.Notes, n =>
            {
                Write((int)n.Code);
                String(n.Message);
                Write(n.Span is not null);
                if (n.Span is not null)
                {
                    Location(n.Span);
                }
            });
            List(r.Stated, s =>
            {
                String(s.Canonical);
                String(s.Indicator);
                Write((int)s.Result);
                String(s.Sentence);
                Location(s.Span);
            });
        }

        private void Fact(FactSpec f)
        {
            Write((int)f.Role);
            Write((int)f.Kind);
            String(f.Indicator);
            String(f.Canonical);
            String(f.PropertyName);
            Write(f.Amount is not null);
            if (f.Amount is { } a)
            {
                Write(a.Value);
                Decimal(a.Max);
                String(a.Unit);
                Write((int)a.Dimension);
                Write(a.Factor);
            }

            Write((int)f.AmountBound);
            Decimal(f.Growth);
            Write((int)f.GrowthBound);
            String(f.Qualifiers);
            Write(f.IsEstimate);
            Write(f.IsMultiYear);
            Write(f.PartOf);
            String(f.Sentence);
            Location(f.Span);
            Write(f.Relative is not null);
            if (f.Relative is { } rel)
            {
                Write(rel.Difference);
                Write((int)rel.Bound);
                Write((int)rel.Dimension);
                String(rel.Unit);
                String(rel.Against);
            }
        }

        private void List<T>(EquatableArray<T> items, Action<T> item)
            where T : IEquatable<T>
        {
            Write(items.Count);
            foreach (T t in items)
            {
                item(t);
            }
        }

        private void Location(LocationInfo s)
        {
            Write(s.Start);
            Write(s.Length);
            Write(s.Line);
            Write(s.Column);
            Write(s.EndLine);
            Write(s.EndColumn);
        }

        private void Int(int? value)
        {
            Write(value.HasValue);
            Write(value.GetValueOrDefault());
        }

        private void Decimal(decimal? value)
        {
            Write(value.HasValue);
            Write(value.GetValueOrDefault());
        }

        // -1: null; n < seen: the n-th string written; else the string itself, which becomes number n.
        private void String(string? s)
        {
            if (s is null)
            {
                Write(-1);
            }
            else if (_strings.TryGetValue(s, out int n))
            {
                Write(n);
            }
            else
            {
                Write(_strings.Count);
                _strings[s] = _strings.Count;
                Write(s);
            }
        }
    }

    private sealed class Reader(byte[] data)
    {
        private readonly List<string> _strings = new();
        private int _at;

        private ReadOnlySpan<byte> Take(int count)
        {
            ReadOnlySpan<byte> span = data.AsSpan(_at, count);
            _at += count;
            return span;
        }

        private int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        private long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        private bool ReadBoolean() => Take(1)[0] != 0;

        private decimal ReadDecimal()
        {
            Span<int> bits = stackalloc int[4];
            for (int i = 0; i < bits.Length; i++)
            {
                bits[i] = ReadInt32();
            }

            return new decimal(bits);
        }

        private string ReadString() => new(MemoryMarshal.Cast<byte, char>(Take(2 * ReadInt32())));

        public ReadFile ReadFile()
        {
            string encoding = String()!;
            long bytes = ReadInt64();
            int undecodable = ReadInt32();
            string path = String()!;
            var identity = new ReportIdentity(
                String()!, String()!, (GovernmentLevel)ReadInt32(), String(), String()!, String()!, Int(), Int(), Int(), String(), String(), String()!, ReadBoolean());
            EquatableArray<FactSpec> targets = List(Fact);
            EquatableArray<FactSpec> achievements = List(Fact);
            EquatableArray<ProblemSpec> problems = List(() => new ProblemSpec(String()!, Location()));
            EquatableArray<ParseNote> notes = List(() => new ParseNote((ParseNoteCode)ReadInt32(), String()!, ReadBoolean() ? Location() : null));
            EquatableArray<StatedOutcomeSpec> stated = List(() => new StatedOutcomeSpec(String(), String(), (StatedResult)ReadInt32(), String()!, Location()));
            return new ReadFile(new ParsedReport(path, identity, targets, achievements, problems, notes, stated), encoding, bytes, undecodable);
        }

        private FactSpec Fact()
        {
            var role = (FactRole)ReadInt32();
            var kind = (FactKind)ReadInt32();
            string? indicator = String(), canonical = String(), property = String();
            QuantitySpec? amount = ReadBoolean() ? new QuantitySpec(ReadDecimal(), Decimal(), String()!, (Dimension)ReadInt32(), ReadDecimal()) : null;
            var amountBound = (Bound)ReadInt32();
            decimal? growth = Decimal();
            var growthBound = (Bound)ReadInt32();
            string qualifiers = String()!;
            bool estimate = ReadBoolean(), multiYear = ReadBoolean();
            int partOf = ReadInt32();
            string sentence = String()!;
            LocationInfo span = Location();
            RelativeSpec? relative = ReadBoolean() ? new RelativeSpec(ReadDecimal(), (Bound)ReadInt32(), (Dimension)ReadInt32(), String()!, String()!) : null;
            return new FactSpec(role, kind, indicator, canonical, property, amount, amountBound, growth, growthBound, qualifiers, estimate, multiYear,
                partOf, sentence, span, relative);
        }

        private EquatableArray<T> List<T>(Func<T> item)
            where T : IEquatable<T>
        {
            var items = ImmutableArray.CreateBuilder<T>(ReadInt32());
            for (int i = items.Capacity; i > 0; i--)
            {
                items.Add(item());
            }

            return new EquatableArray<T>(items.MoveToImmutable());
        }

        private LocationInfo Location() => new(ReadInt32(), ReadInt32(), ReadInt32(), ReadInt32(), ReadInt32(), ReadInt32());

        private int? Int()
        {
            bool has = ReadBoolean();
            int value = ReadInt32();
            return has ? value : null;
        }

        private decimal? Decimal()
        {
            bool has = ReadBoolean();
            decimal value = ReadDecimal();
            return has ? value : null;
        }

        private string? String()
        {
            int n = ReadInt32();
            if (n < 0)
            {
                return null;
            }

            if (n < _strings.Count)
            {
                return _strings[n];
            }

            string s = ReadString();
            _strings.Add(s);
            return s;
        }
    }
}
