using System.Collections.Concurrent;

namespace ReportCorpus.Tool.Passes;

/// <summary>
/// The parses the first pass cannot keep in memory, written to a temporary file (deleted when the run is disposed) as
/// <see cref="ParseCodec"/> bytes, and read back by path in the second pass: every file is parsed once, whatever the
/// corpus's size. Safe from any thread: each parse gets its own stretch of the file.
/// </summary>
internal sealed class SpilledParses : IDisposable
{
    private readonly ConcurrentDictionary<string, (long Offset, int Length)> _where = new(StringComparer.Ordinal);
    private readonly Lazy<FileStream> _file = new(static () => new FileStream(
        Path.Combine(Path.GetTempPath(), "reportcorpus-parses-" + Guid.NewGuid().ToString("N") + ".bin"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));

    private long _end;

    /// <summary>Bytes written so far.</summary>
    public long Bytes => Interlocked.Read(ref _end);

    public void Add(ReadFile file)
    {
        byte[] data = ParseCodec.Write(file);
        long offset = Interlocked.Add(ref _end, data.Length) - data.Length;
        RandomAccess.Write(_file.Value.SafeFileHandle, data, offset);
        _where[file.Report.Path] = (offset, data.Length);
    }

    public bool TryRead(string path, out ReadFile? file)
    {
        if (!_where.TryGetValue(path, out (long Offset, int Length) at))
        {
            file = null;
            return false;
        }

        byte[] data = new byte[at.Length];
        for (int read = 0; read < data.Length;)
        {
            int n = RandomAccess.Read(_file.Value.SafeFileHandle, data.AsSpan(read), at.Offset + read);
            if (n == 0)
            {
                throw new IOException("the temporary file of parses ended early");
            }

            read += n;
        }

        file = ParseCodec.Read(data);
        return true;
    }

    public void Dispose()
    {
        if (_file.IsValueCreated)
        {
            _file.Value.Dispose();
        }
    }
}
