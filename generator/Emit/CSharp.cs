using System.Globalization;
using System.Text;

namespace ReportCorpus.Emit;

/// <summary>
/// Turns report text into C# tokens. Text from a report only ever reaches generated code through
/// these helpers, so no quote, backslash, line break or control character can end a literal or a comment.
/// </summary>
internal static class CSharp
{
    /// <summary>A regular string literal with everything outside plain printable text escaped.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>Text for a one-line XML doc comment: XML-escaped, line breaks and invisible characters become spaces.</summary>
    public static string DocText(string value, int maxLength = 300)
    {
        var sb = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (sb.Length >= maxLength)
            {
                sb.Append('…');
                break;
            }

            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    sb.Append(NeedsEscape(c) || c == '\t' || c == '\r' || c == '\n' ? ' ' : c);
                    break;
            }
        }

        return sb.ToString();
    }

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string NullableDecimal(decimal? value) => value is decimal d ? Decimal(d) : "null";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string NullableInt(int? value) => value is int i ? Int(i) : "null";

    public static string Bool(bool value) => value ? "true" : "false";

    private static bool NeedsEscape(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || char.IsSurrogate(c)
        || c == '\u2028' || c == '\u2029' || c == '\u0085'
        || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
}
