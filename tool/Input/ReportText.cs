using System.Buffers;
using System.Text;

namespace ReportCorpus.Tool.Input;

/// <summary>
/// Bytes → text. Government sites publish reports in UTF-8 (with or without a byte order mark), UTF-16 and, very
/// often, GB18030/GBK/GB2312. A byte order mark decides; otherwise a strict UTF-8 decode, and when that fails a strict
/// GB18030 decode (GB18030 is a superset of GBK and GB2312). Bytes that are neither are handed to the parser as
/// lenient UTF-8, where <c>TextCheck</c> names them (RC0106), exactly as the compiler path does.
/// </summary>
internal static class ReportText
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Utf16LE = "utf-16le";
    public const string Utf16BE = "utf-16be";
    public const string Gb18030 = "gb18030";
    public const string Unknown = "unknown";

    private static readonly UTF8Encoding s_lenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Lazy<Encoding> s_strictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static Encoding Gb18030Encoding => s_strictGb18030.Value;

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
        if (bytes.IndexOf((byte)0) < 0)
        {
            try
            {
                return (Gb18030Encoding.GetString(bytes), Gb18030);
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return (s_lenientUtf8.GetString(bytes), Unknown);
    }
}
