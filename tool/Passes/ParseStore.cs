using System.Buffers;
using System.Collections.Concurrent;

namespace ReportCorpus.Tool.Passes;

/// <summary>
/// Every parse of the first pass, as <see cref="ParseCodec"/> bytes, read back by path in the second: in memory up to
/// a budget, the rest in a temporary file (deleted when the run is disposed). Every file is parsed once, whatever the
/// corpus's size. Bytes, not the parses themselves: a kept parse is a graph of thousands of objects that every
/// collection of the first pass would trace and promote, where its bytes are one array. On 2,000 synthetic reports the
/// parse ran at about 100 MB/s on two cores keeping bytes, against about 88 keeping the objects, and the bytes take a
/// third of the input's size where the objects took twice it (docs/performance.md). Safe from any thread.
/// </summary>
internal sealed class ParseStore(long memoryBudget) : IDisposable
{
    private readonly ConcurrentDictionary<string, byte[]> _inMemory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Offset, int Length)> _inFile = new(StringComparer.Ordinal);
    private readonly Lazy<FileStream> _file = new(static () => new FileStream(
        Path.Combine(Path.GetTempPath(), "reportcorpus-parses-" + Guid.NewGuid().ToString("N") + ".bin"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));

    private long _memoryBytes;
    private long _fileBytes;

    /// <summary>Bytes kept in memory.</summary>
    public long MemoryBytes => Interlocked.Read(ref _memoryBytes);

    /// <summary>Bytes written to the temporary file.</summary>
    public long FileBytes => Interlocked.Read(ref _fileBytes);

    public void Add(ReadFile file)
    {
        ReadOnlySpan<byte> data = ParseCodec.Encode(file);
        if (Interlocked.Add(ref _memoryBytes, data.Length) <= memoryBudget)
        {
            _inMemory[file.Report.Path] = data.ToArray();
            return;
        }

        Interlocked.Add(ref _memoryBytes, -data.Length);
        long offset = Interlocked.Add(ref _fileBytes, data.Length) - data.Length;
        try
        {
            RandomAccess.Write(_file.Value.SafeFileHandle, data, offset);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TemporaryFileException(ex);
        }

        _inFile[file.Report.Path] = (offset, data.Length);
    }

    public bool TryRead(string path, out ReadFile? file)
    {
        if (_inMemory.TryGetValue(path, out byte[]? kept))
        {
            file = ParseCodec.Read(kept);
            return true;
        }

        if (!_inFile.TryGetValue(path, out (long Offset, int Length) at))
        {
            file = null;
            return false;
        }

        // A pooled array: the parse is decoded into objects at once, and the bytes are not needed after it.
        byte[] data = ArrayPool<byte>.Shared.Rent(at.Length);
        try
        {
            for (int read = 0; read < at.Length;)
            {
                int n = RandomAccess.Read(_file.Value.SafeFileHandle, data.AsSpan(read, at.Length - read), at.Offset + read);
                if (n == 0)
                {
                    throw new IOException("the temporary file of parses ended early");
                }

                read += n;
            }

            file = ParseCodec.Read(data);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TemporaryFileException(ex, reading: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(data);
        }

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

/// <summary>
/// The temporary file of parses could not be created, written or read back (TMPDIR missing, read-only or full): the run
/// cannot go on, and the command says why and ends with exit code 3 instead of a stack trace.
/// </summary>
internal sealed class TemporaryFileException(Exception inner, bool reading = false)
    : IOException((reading ? "cannot read back" : "cannot write") + " the temporary file of parses in " + Path.GetTempPath()
        + " (set TMPDIR to a folder with room): " + inner.Message, inner);
