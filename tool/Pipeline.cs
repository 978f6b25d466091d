using System.Collections.Concurrent;
using ReportCorpus.Corpus;
using ReportCorpus.Model;
using ReportCorpus.Parsing;
using ReportCorpus.Tool.Input;
using ReportCorpus.Tool.Passes;

namespace ReportCorpus.Tool;

/// <summary>
/// One file as read: its parse (the generator's own parser, through the generator's never-throwing entry point),
/// encoding and size, and how many of its characters are U+FFFD for bytes that were no character (a damaged copy).
/// </summary>
internal sealed record ReadFile(ParsedReport Report, string Encoding, long Bytes, int Undecodable)
{
    /// <summary>Binary, empty, not text, or unreadable: reported with its RC code and left out of the corpus.</summary>
    public bool IsSkipped => Report.Notes.Any(static n => n.Code is ParseNoteCode.NotText or ParseNoteCode.Empty or ParseNoteCode.Unreadable);

    /// <summary>Read, though some of its bytes were no character in its encoding.</summary>
    public bool IsDamaged => !IsSkipped && ReportText.IsDamaged(Encoding);
}

/// <summary>
/// One report of the corpus: parsed, named and judged against its next report, as the analyzer sees it;
/// <paramref name="NextEntry"/> names the next report (<see cref="Judgement.Next"/> holds its actuals), if the corpus has it.
/// </summary>
internal sealed record JudgedReport(ReadFile File, ReportEntry Entry, Judgement Judgement, ReportEntry? NextEntry)
{
    public ParsedReport Report => File.Report;
}

/// <summary>A file read although some of its bytes were no character in its encoding: <paramref name="Undecodable"/> U+FFFD in its text.</summary>
internal sealed record DamagedFile(string Path, string Encoding, int Undecodable);

/// <summary>
/// The corpus the tool built: the files it skipped, those it read damaged, and its reports, judged and handed out in the
/// generator's order (jurisdiction, year, id) one jurisdiction at a time (<see cref="Reports"/>).
/// </summary>
internal sealed class CorpusRun(
    EquatableArray<ReportEntry> entries, ParseStore parses, IReadOnlyList<ReadFile> skipped, IReadOnlyList<DamagedFile> damaged, long bytes,
    string baseDirectory, int threads, CancellationToken cancellationToken) : IDisposable
{
    public IReadOnlyList<ReadFile> Skipped => skipped;

    /// <summary>Reports read from damaged copies, by path: they are in the corpus too.</summary>
    public IReadOnlyList<DamagedFile> Damaged => damaged;

    public long Bytes => bytes;

    public string BaseDirectory => baseDirectory;

    public int ReportCount => entries.Count;

    public int Files => ReportCount + Skipped.Count;

    /// <summary>
    /// Every report, judged against its next report, in corpus order. A report's next report is of its jurisdiction
    /// and reviews the year it plans, so the reports go out one year group (one jurisdiction, one review year) at a
    /// time, each judged against the group of its plan year. A group's parses are read back from the first pass's store
    /// (<see cref="ParseStore"/>) in parallel and let go once passed: memory holds the year groups whose actuals judge
    /// the current one, and a slice of the current one. Enumerate once.
    /// </summary>
    public IEnumerable<JudgedReport> Reports() => Slices().SelectMany(static slice => slice);

    /// <summary>
    /// The same reports passed through <paramref name="map"/>, in corpus order: each slice's reports are mapped in
    /// parallel (<paramref name="map"/> builds a report's rows: most of the second pass's work before the writer), so
    /// <paramref name="map"/> must not depend on the order it is called in. Enumerate once.
    /// </summary>
    public IEnumerable<T> Reports<T>(Func<JudgedReport, T> map)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        foreach (JudgedReport[] slice in Slices())
        {
            var mapped = new T[slice.Length];
            Parallel.For(0, slice.Length, options, k => mapped[k] = map(slice[k]));
            foreach (T item in mapped)
            {
                yield return item;
            }
        }
    }

    /// <summary>The reports judged, in corpus order, a slice (at most <see cref="SliceSize"/>) at a time.</summary>
    private IEnumerable<JudgedReport[]> Slices()
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        var index = new CorpusIndex("", entries);
        for (int start = 0; start < entries.Count;)
        {
            int end = start + 1;
            while (end < entries.Count && entries[end].Zone == entries[start].Zone)
            {
                end++;
            }

            // The zone's year groups: entries are ordered by zone, then review year.
            var groups = new Dictionary<int, (int Start, int End)>();
            for (int i = start; i < end;)
            {
                int j = i + 1;
                while (j < end && entries[j].ReviewYear == entries[i].ReviewYear)
                {
                    j++;
                }

                groups[YearKey(entries[i].ReviewYear)] = (i, j);
                i = j;
            }

            ReadFile[] Read(int from, int to)
            {
                var files = new ReadFile[to - from];
                Parallel.For(from, to, options, i =>
                {
                    string path = entries[i].Path;
                    files[i - from] = parses.TryRead(path, out ReadFile? file)
                        ? file!
                        : throw new InvalidOperationException("the first pass kept no parse of " + path);
                });
                return files;
            }

            // Whole year groups, kept while their actuals judge an earlier group and until they have gone out themselves.
            var loaded = new Dictionary<int, ReadFile[]>();
            ReadFile[] Load(int year)
            {
                if (!loaded.TryGetValue(year, out ReadFile[]? files))
                {
                    (int from, int to) = groups[year];
                    loaded[year] = files = Read(from, to);
                }

                return files;
            }

            for (int i = start; i < end;)
            {
                int year = YearKey(entries[i].ReviewYear);
                (int from, int to) = groups[year];
                var nextYears = Enumerable.Range(from, to - from).Select(k => entries[k].PlanYear).OfType<int>().Distinct().Where(groups.ContainsKey);
                ActualsByZone actuals = ActualsByZone.Of(nextYears.SelectMany(Load).Select(static f => ReportActuals.Of(f.Report)).ToArray());

                // The group itself goes out in slices unless it is loaded whole already: a group that is no report's next
                // (reports with no year, a corpus of copies) is never held at once, however large.
                for (int slice = from; slice < to; slice += SliceSize)
                {
                    int sliceEnd = Math.Min(to, slice + SliceSize);
                    ReadFile[] files = loaded.TryGetValue(year, out ReadFile[]? whole) ? whole[(slice - from)..(sliceEnd - from)] : Read(slice, sliceEnd);
                    var judged = new JudgedReport[files.Length];
                    for (int k = 0; k < files.Length; k++)
                    {
                        ReadFile file = files[k];
                        Judgement judgement = CrossYear.Judge(file.Report, actuals.NextOf(file.Report), index);
                        judged[k] = new JudgedReport(file, entries[slice + k], judgement, judgement.Next is { } next ? index.Find(next.Path) : null);
                    }

                    yield return judged;
                }

                // Earlier groups are done with; a later report planning for one of them (rare) reads it back again.
                foreach (int done in loaded.Keys.Where(y => y <= year).ToArray())
                {
                    loaded.Remove(done);
                }

                i = to;
            }

            start = end;
        }
    }

    private static int YearKey(int? year) => year ?? int.MinValue;

    /// <summary>Reports of a year group read back, judged and mapped at once when the group goes out.</summary>
    private const int SliceSize = 256;

    /// <summary>Deletes the temporary file of parses, if there is one.</summary>
    public void Dispose() => parses.Dispose();
}

/// <summary>
/// Files → corpus, with the generator's <see cref="ReportIds"/>, <see cref="ActualsByZone"/> and <see cref="CrossYear"/>.
/// The first pass reads and parses every file in parallel, keeps what ids need (<see cref="ReportKey"/>) and stores
/// every parse as bytes (<see cref="ParseStore"/>: in memory up to <c>holdBytes</c>, the rest in a temporary file),
/// from which <see cref="CorpusRun.Reports()"/> reads them back: no file is parsed twice. Nothing depends on the order
/// of the files, the number of threads or what was kept in memory: every later step works on path-ordered data, and
/// the parser is a pure function of the text.
/// </summary>
internal static class Pipeline
{
    /// <summary>Bytes of stored parses kept in memory (a parse takes about a third of its UTF-8 size as bytes).</summary>
    public const long DefaultHoldBytes = 64L << 20;

    public static CorpusRun Run(IReadOnlyList<string> files, string baseDirectory, int threads, IProgressSink progress, CancellationToken cancellationToken, long holdBytes = DefaultHoldBytes)
    {
        threads = Math.Max(1, threads);
        var keys = new ReportKey?[files.Count];
        var skippedFiles = new ReadFile?[files.Count];
        var damagedFiles = new DamagedFile?[files.Count];
        var parses = new ParseStore(holdBytes);
        long totalBytes = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        try
        {
            // A folder without a report file gives an empty corpus, which each command reports (Partitioner.Create
            // takes no empty range).
            if (files.Count > 0)
            {
                FirstPass();
            }
        }
        catch
        {
            parses.Dispose();
            throw;
        }

        void FirstPass() => Parallel.ForEach(Partitioner.Create(0, files.Count, 1), options, range =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                ReadFile file = Read(files[i], cancellationToken);
                Interlocked.Add(ref totalBytes, file.Bytes);
                if (file.IsSkipped)
                {
                    skippedFiles[i] = file;
                }
                else
                {
                    keys[i] = ReportKey.Of(file.Report);
                    parses.Add(file);
                    if (file.IsDamaged)
                    {
                        damagedFiles[i] = new DamagedFile(file.Report.Path, file.Encoding, file.Undecodable);
                    }
                }

                progress.FileDone(file.Bytes);
            }
        });

        var skipped = skippedFiles.OfType<ReadFile>().OrderBy(static f => f.Report.Path, StringComparer.Ordinal).ToArray();
        var damaged = damagedFiles.OfType<DamagedFile>().OrderBy(static f => f.Path, StringComparer.Ordinal).ToArray();
        EquatableArray<ReportEntry> entries = ReportIds.Assign(keys.OfType<ReportKey>(), [], baseDirectory);
        return new CorpusRun(entries, parses, skipped, damaged, totalBytes, baseDirectory, threads, cancellationToken);
    }

    /// <summary>
    /// The longest file read: the length of the longest string, which its text must fit in (UTF-8, UTF-16 and GB18030
    /// all take at least a byte a character). A 1.1 GB file ran out of memory in the string's constructor.
    /// </summary>
    private const int MaxTextBytes = 0x3FFF_FFDF;

    /// <summary>One file, never an exception: unreadable files and parser failures become reports with a note.</summary>
    public static ReadFile Read(string path, CancellationToken cancellationToken)
    {
        // The bytes go to a pooled buffer: a report's bytes are often above 85,000, and a new array of each would land
        // on the large object heap, whose collections are full ones (over every parse the first pass keeps).
        byte[]? buffer = null;
        string text, encoding;
        long length;
        try
        {
            // Nothing to read is not opened: a named pipe or a device in a reports folder has no length either, and
            // opening a pipe waited for a writer for ever. Such a file is reported as empty (RC0107).
            if (InputFiles.HasNoLength(path))
            {
                length = 0;
                (text, encoding) = ReportText.Decode([]);
            }
            else
            {
                using Microsoft.Win32.SafeHandles.SafeFileHandle handle = File.OpenHandle(path);
                length = RandomAccess.GetLength(handle);
                if (length > MaxTextBytes)
                {
                    throw new IOException("the file is larger than 1 GB, which no report is: its text would not fit in one string");
                }

                buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)length);
                int read = 0;
                for (int n; read < length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read)) > 0;)
                {
                    read += n;
                }

                (text, encoding) = ReportText.Decode(buffer.AsSpan(0, read));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            // NotSupportedException: a stream that cannot seek, such as a pipe named on the command line (<(cat a.txt)).
            string why = ex is NotSupportedException ? "it is a pipe or a stream, not a file: save it to a file first" : ex.Message;
            ParsedReport unreadable = ReportParser.FromFileName(path, new ParseNote(ParseNoteCode.Unreadable, why, null));
            return new ReadFile(unreadable, ReportText.Unknown, 0, 0);
        }
        finally
        {
            if (buffer is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        ParsedReport report = ReportFiles.Parse(path, text, cancellationToken);
        if (ReportText.IsDamaged(encoding) && report.Notes.Any(static n => n.Code == ParseNoteCode.NotText))
        {
            // The parser's note advises converting from GB18030, which the tool has already tried.
            report = ReportParser.FromFileName(path, new ParseNote(ParseNoteCode.NotText, "neither UTF-8, UTF-16 nor GB18030 text: binary, or another encoding", null));
        }

        return new ReadFile(report, encoding, length, ReportText.IsDamaged(encoding) ? text.AsSpan().Count('\uFFFD') : 0);
    }
}
