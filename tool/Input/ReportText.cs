using System.Buffers;
using System.Text;

namespace ReportCorpus.Tool.Input;

/// <summary>
/// Bytes → text. Government sites publish reports in UTF-8 (with or without a byte order mark), UTF-16 and, very
/// often, GB18030/GBK/GB2312. A byte order mark decides; otherwise a strict UTF-8 decode, and when that fails a strict
/// GB18030 decode (GB18030 is a superset of GBK and GB2312). Bytes that are neither are decoded both ways with U+FFFD
/// for what does not decode, and the reading with fewer U+FFFD goes to the parser, where <c>TextCheck</c> decides as on
/// the compiler's path: a few is a damaged copy (a download cut short in the middle of a character), read; many is
/// another encoding or binary, named (RC0106).
/// </summary>
internal static class ReportText
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Utf16LE = "utf-16le";
    public const string Utf16BE = "utf-16be";
    public const string Gb18030 = "gb18030";

    /// <summary>Neither UTF-8 nor GB18030 throughout, read as UTF-8 with U+FFFD for the bytes that are not.</summary>
    public const string Utf8Damaged = "utf-8-damaged";

    /// <summary>Neither UTF-8 nor GB18030 throughout, read as GB18030 with U+FFFD for the bytes that are not.</summary>
    public const string Gb18030Damaged = "gb18030-damaged";

    /// <summary>A file not read: no text came of it.</summary>
    public const string Unknown = "unknown";

    private static readonly UTF8Encoding s_lenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Lazy<Encoding> s_strictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly Lazy<Encoding> s_lenientGb18030 = new(() =>
    {
        _ = s_strictGb18030.Value; // registers the code pages
        return Encoding.GetEncoding("GB18030", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    });

    public static Encoding Gb18030Encoding => s_strictGb18030.Value;

    /// <summary>True for the readings of a file that is neither UTF-8 nor GB18030 throughout.</summary>
    public static bool IsDamaged(string encoding) => encoding is Utf8Damaged or Gb18030Damaged;

    /// <summary>The encoding a damaged copy was read in, for messages: GB18030 or UTF-8.</summary>
    public static string ReadAs(string damaged) => damaged == Gb18030Damaged ? "GB18030" : "UTF-8";

    /// <summary>
    /// The text of <paramref name="bytes"/> if they are well-formed UTF-8, else null. One pass: decoded into a pooled
    /// buffer and copied into the string. <c>Encoding.GetString</c> reads the bytes twice, to validate and count
    /// them, then to decode them: the first read was 2 % of the tool's first pass (docs/performance.md, the tool).
    /// </summary>
    private static string? TryStrictUtf8(ReadOnlySpan<byte> bytes)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(bytes.Length); // never more UTF-16 code units than UTF-8 bytes
        try
        {
            return System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(chars, 0, written)
                : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The text of <paramref name="bytes"/> and the name of the encoding it was read in.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (s_lenientUtf8.GetString(bytes[3..]), Utf8Bom);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Encoding.Unicode.GetString(bytes[2..]), Utf16LE);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), Utf16BE);
        }

        if (TryStrictUtf8(bytes) is { } utf8)
        {
            return (utf8, Utf8);
        }

        // NULs mean binary (GB18030 would decode them as NULs too): leave it to TextCheck, which says so.
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return (s_lenientUtf8.GetString(bytes), Utf8Damaged);
        }

        try
        {
            return (Gb18030Encoding.GetString(bytes), Gb18030);
        }
        catch (DecoderFallbackException)
        {
        }

        // A damaged copy: a GBK page saved from a download cut short ends in half a character, and read as UTF-8 it was
        // all U+FFFD and skipped whole. The reading with fewer undecodable bytes is the file's; UTF-8 on a tie, as the
        // compiler reads every file. UTF-8 Chinese read as GB18030 breaks at most of its ASCII and line breaks, so a
        // damaged UTF-8 copy stays UTF-8.
        // Counted a block at a time, and only the reading kept is made a string: a file of up to 1 GB that is neither would
        // otherwise hold both readings at once (two strings of up to 2 GB).
        Encoding gb18030 = s_lenientGb18030.Value;
        return Undecodable(gb18030, bytes) < Undecodable(s_lenientUtf8, bytes)
            ? (gb18030.GetString(bytes), Gb18030Damaged)
            : (s_lenientUtf8.GetString(bytes), Utf8Damaged);
    }

    /// <summary>How many U+FFFD <paramref name="encoding"/> (decoding with U+FFFD for bytes that are no character) makes of <paramref name="bytes"/>.</summary>
    internal static long Undecodable(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        Decoder decoder = encoding.GetDecoder();
        char[] block = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            long count = 0;
            bool completed = false;
            while (!completed)
            {
                decoder.Convert(bytes, block, flush: true, out int bytesUsed, out int charsUsed, out completed);
                count += block.AsSpan(0, charsUsed).Count('\uFFFD');
                bytes = bytes[bytesUsed..];
            }

            return count;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(block);
        }
    }
}
