using System;
using System.ComponentModel;
using System.Reflection;

namespace ReportCorpus.Emit;

/// <summary>
/// Emits a model enum (Dimension, Bound, Verdict) as the public enum of the same name in the generated shared types,
/// members and docs taken from the model, so the two can never drift apart.
/// </summary>
internal static class EnumSource
{
    /// <summary>The enum's declaration, indented for a namespace block; the first line carries no indentation.</summary>
    public static string Of<TEnum>()
        where TEnum : struct, Enum
    {
        Type type = typeof(TEnum);
        var w = new SourceWriter();
        w.Summary(Description(type));
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        w.OpenBlock("internal enum " + type.Name);
        foreach (string name in Enum.GetNames(type))
        {
            w.Summary(Description(type.GetField(name)!));
            w.Line(name + ",");
        }

        w.CloseBlock();
        return Indent(w.ToString().TrimEnd('\n'));
    }

    private static string Description(MemberInfo member) =>
        member.GetCustomAttribute<DescriptionAttribute>()?.Description ?? throw new InvalidOperationException(member.Name + " has no description");

    private static string Indent(string block) => block.Replace("\n", "\n    ");
}
