using System;
using System.Collections.Generic;
using ReportCorpus.Model;

namespace ReportCorpus.Emit;

/// <summary>
/// The generator's budget in the compiler's user-string heap, which every string literal of an assembly shares: 0xFFFFFF
/// bytes, each distinct literal taking two bytes a UTF-16 code unit, a terminal byte and a length prefix of 1, 2 or 4
/// bytes. Past it the compiler fails with CS8103 on the whole project; the generator instead takes the reports in
/// the index's order while they fit and emits a report that would not fit without its data (its identity only, its
/// lists empty), and the analyzer reports RC0108 on that report. Both decide through <see cref="Plan(IReadOnlyList{ReportCost}, DataSettings)"/>.
/// <para>
/// The mode is the corpus's, decided after its whole cost: strings while the whole corpus fits the budget as strings
/// (the shape the compiler takes fastest for a corpus of the bundled size, docs/performance.md), UTF-8 literals beyond
/// it where the language allows them, or always when the project asks for them (<see cref="DataSettings.ForceUtf8"/>).
/// In <see cref="DataMode.Utf8"/> a report's data are UTF-8 literals in the assembly's data section, outside the heap, so
/// only its identity literals count (and a data constant with a lone surrogate, which stays a string). Compiled with
/// 24 MB of UTF-8 literal data, the compiler reported no limit (docs/performance.md).
/// </para>
/// </summary>
internal static class EmissionBudget
{
    /// <summary>The size of the user-string heap: string literals are addressed by a 24-bit offset (ECMA-335 II.24.2.4).</summary>
    public const long UserStringHeap = 0xFFFFFF;

    /// <summary>What the generator leaves to the user's own literals and the shared types': 1 MB, half a million characters.</summary>
    public const long Margin = 1 << 20;

    /// <summary>What the reports' literals may take together.</summary>
    public const long Budget = UserStringHeap - Margin;

    /// <summary>The heap bytes of a report's literals, as strings and as UTF-8, computed from what the emitter writes.</summary>
    public static ReportCost Cost(ReportToEmit report) => new(report.Entry.Path, IdentityCost(report), StringsCost(report), Utf8Cost(report));

    /// <summary>The heap bytes of the report's identity, a string in every mode.</summary>
    public static long IdentityCost(ReportToEmit report)
    {
        long identity = 0;
        foreach (string? literal in ReportEmitter.IdentityLiterals(report))
        {
            identity += literal is null ? 0 : LiteralBytes(literal.Length);
        }

        return identity;
    }

    /// <summary>The heap bytes of the report's data written as strings.</summary>
    public static long StringsCost(ReportToEmit report)
    {
        long data = 0;
        foreach (ReportEmitter.DataConstant constant in ReportEmitter.DataConstants(report with { WithoutData = false }))
        {
            data += LiteralBytes(constant.Length);
        }

        return data;
    }

    /// <summary>The heap bytes of the report's data written as UTF-8: those of a constant with a lone surrogate, which stays a string.</summary>
    public static long Utf8Cost(ReportToEmit report)
    {
        if (HasUtf8Form(Texts(report.Report)))
        {
            // Every constant is a u8 literal: nothing in the heap, and no need to build the data strings to know it.
            return 0;
        }

        long data = 0;
        foreach (ReportEmitter.DataConstant constant in ReportEmitter.DataConstants(report with { WithoutData = false }))
        {
            data += HasUtf8Form(constant.Items) ? 0 : LiteralBytes(constant.Length);
        }

        return data;
    }

    /// <summary>The generator's plan, from every report's cost in the index's order.</summary>
    public static EmissionPlan Plan(IReadOnlyList<ReportCost> inIndexOrder, DataSettings settings) =>
        Plan(inIndexOrder, settings, static c => c.Path, static c => c.Identity, static c => c.Strings, static c => c.Utf8);

    /// <summary>
    /// The analyzer's plan, the same as the generator's, from the reports themselves: each cost is computed when the
    /// decision needs it, so a corpus past the budget is known as such after the reports that pass it, not after all.
    /// </summary>
    public static EmissionPlan Plan(IReadOnlyList<ReportToEmit> inIndexOrder, DataSettings settings) =>
        Plan(inIndexOrder, settings, static r => r.Entry.Path, IdentityCost, StringsCost, Utf8Cost);

    private static EmissionPlan Plan<T>(IReadOnlyList<T> reports, DataSettings settings, Func<T, string> path, Func<T, long> identity,
        Func<T, long> strings, Func<T, long> utf8)
    {
        if (!settings.Utf8Allowed)
        {
            return new EmissionPlan(DataMode.Strings, OverBudget(reports, path, identity, strings));
        }

        if (!settings.ForceUtf8 && FitsAsStrings(reports, identity, strings))
        {
            return new EmissionPlan(DataMode.Strings, EquatableArray<string>.Empty);
        }

        return new EmissionPlan(DataMode.Utf8, OverBudget(reports, path, identity, utf8));
    }

    /// <summary>Whether the whole corpus fits the budget as strings; stops at the first report that passes it.</summary>
    private static bool FitsAsStrings<T>(IReadOnlyList<T> reports, Func<T, long> identity, Func<T, long> strings)
    {
        long used = 0;
        foreach (T report in reports)
        {
            used += identity(report) + strings(report);
            if (used > Budget)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The paths of the reports emitted without their data, given the costs in the index's order: each report's
    /// identity always counts; its data count when they still fit, else the report loses them. Sorted (ordinal).
    /// </summary>
    public static EquatableArray<string> OverBudget(IReadOnlyList<ReportCost> inIndexOrder, DataMode mode) =>
        OverBudget(inIndexOrder, static c => c.Path, static c => c.Identity, mode == DataMode.Utf8 ? static c => c.Utf8 : static c => c.Strings);

    private static EquatableArray<string> OverBudget<T>(IReadOnlyList<T> reports, Func<T, string> path, Func<T, long> identity, Func<T, long> data)
    {
        long used = 0;
        foreach (T report in reports)
        {
            used += identity(report);
        }

        var over = new List<string>();
        foreach (T report in reports)
        {
            long cost = data(report);
            if (used + cost <= Budget)
            {
                used += cost;
            }
            else
            {
                over.Add(path(report));
            }
        }

        over.Sort(StringComparer.Ordinal);
        return over.ToEquatableArray();
    }

    /// <summary>Whether <paramref name="path"/> is among the sorted paths <see cref="OverBudget"/> returned.</summary>
    public static bool IsOver(EquatableArray<string> over, string path)
    {
        int low = 0, high = over.Count - 1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            int c = string.CompareOrdinal(over[mid], path);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return false;
    }

    // The report's texts that reach its data strings (the rest are numbers and ids, ASCII).
    private static IEnumerable<string> Texts(ParsedReport report)
    {
        foreach (FactSpec f in System.Linq.Enumerable.Concat(report.Targets, report.Achievements))
        {
            yield return f.Sentence;
            yield return f.Indicator ?? "";
            yield return f.Canonical ?? "";
            yield return f.Qualifiers;
            yield return f.Amount?.Unit ?? "";
            yield return f.Relative?.Unit ?? "";
            yield return f.Relative?.Against ?? "";
        }

        foreach (ProblemSpec p in report.Problems)
        {
            yield return p.Text;
        }
    }

    /// <summary>The heap bytes of one distinct literal of <paramref name="length"/> UTF-16 code units.</summary>
    public static long LiteralBytes(int length)
    {
        long blob = (2L * length) + 1;
        return blob + (blob < 0x80 ? 1 : blob < 0x4000 ? 2 : 4);
    }

    /// <summary>Whether the texts have a UTF-8 form, that is, no lone surrogate: a u8 literal of one does not compile.</summary>
    public static bool HasUtf8Form(IEnumerable<string> texts)
    {
        foreach (string text in texts)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
