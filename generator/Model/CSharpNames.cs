using System.Collections.Generic;
using System.Text;

namespace ReportCorpus.Model;

/// <summary>
/// The names the model gives reports (ids, the namespace) are C# names, since they become members and namespaces of
/// generated code; ids are made here so that the corpus's id assignment needs no emitter.
/// </summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> s_keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>A valid identifier: letters, digits and _ only, never starting with a digit, never a keyword.</summary>
    public static string Identifier(string value)
    {
        var sb = new StringBuilder(value.Length + 1);
        foreach (char c in value)
        {
            sb.Append((c < 128 && char.IsLetterOrDigit(c)) || c == '_' ? c : '_');
        }

        if (sb.Length == 0 || char.IsDigit(sb[0]))
        {
            sb.Insert(0, "Report");
        }

        string id = sb.ToString();
        return s_keywords.Contains(id) ? "@" + id : id;
    }

    /// <summary>A dotted namespace made of valid identifiers, or "" for the global namespace.</summary>
    public static string Namespace(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var parts = new List<string>();
        foreach (string part in value!.Trim().Split('.'))
        {
            if (part.Length > 0)
            {
                parts.Add(Identifier(part));
            }
        }

        return string.Join(".", parts);
    }
}
