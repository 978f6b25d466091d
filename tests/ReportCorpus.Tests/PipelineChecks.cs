using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReportCorpus.Tests;

/// <summary>
/// What every generator run in the tests must satisfy, asserted by <see cref="GeneratorHarness.Run"/> on each run:
/// every tracked step is there, a second run on the same input is entirely cached, and no pipeline value holds a
/// Roslyn object that would pin a compilation (Compilation, ISymbol, SyntaxNode, Location …).
/// </summary>
internal static class PipelineChecks
{
    public static readonly string[] TrackedSteps =
    {
        TrackingNames.ParsedReports, TrackingNames.ReportKeys, TrackingNames.IdOverrides, TrackingNames.Namespace,
        TrackingNames.CorpusIndex, TrackingNames.CorpusActuals, TrackingNames.NextReports, TrackingNames.JudgedReports, TrackingNames.ReportsToEmit,
    };

    /// <summary>Runs the driver again on the same compilation and asserts that nothing was recomputed into something new.</summary>
    public static void AssertRerunIsCached(GeneratorDriver driver, Compilation compilation)
    {
        GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        foreach (string step in TrackedSteps)
        {
            if (!second.TrackedSteps.TryGetValue(step, out var runs))
            {
                continue; // A step with no input (no report files) does not run at all.
            }

            Assert.All(runs.SelectMany(s => s.Outputs), o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"second run, {step}: {o.Reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o =>
            Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    public static void AssertStepsTracked(GeneratorRunResult run)
    {
        foreach (string step in TrackedSteps)
        {
            Assert.True(run.TrackedSteps.ContainsKey(step), "step not tracked: " + step);
        }
    }

    /// <summary>Every output of every tracked step is free of Roslyn objects.</summary>
    public static void AssertNoBannedTypes(GeneratorRunResult run)
    {
        foreach (string step in TrackedSteps)
        {
            if (!run.TrackedSteps.TryGetValue(step, out var runs))
            {
                continue;
            }

            foreach (IncrementalGeneratorRunStep runStep in runs)
            {
                foreach ((object value, _) in runStep.Outputs)
                {
                    AssertNoBannedTypes(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
                }
            }
        }
    }

    private static bool IsBanned(Type type) =>
        typeof(Compilation).IsAssignableFrom(type) || typeof(ISymbol).IsAssignableFrom(type) || typeof(SyntaxNode).IsAssignableFrom(type)
        || typeof(SyntaxTree).IsAssignableFrom(type) || typeof(Location).IsAssignableFrom(type) || typeof(SemanticModel).IsAssignableFrom(type)
        || typeof(SourceText).IsAssignableFrom(type) || typeof(AdditionalText).IsAssignableFrom(type);

    // Walks the object graph of a pipeline value; a value whose type cannot hold a banned object (by its fields'
    // declared types, all sealed or values) is skipped, so a parse with 100,000 facts is checked by its types.
    private static void AssertNoBannedTypes(object? value, HashSet<object> seen, string step)
    {
        if (value is null || IsClean(value.GetType()) || !seen.Add(value))
        {
            return;
        }

        Type type = value.GetType();
        Assert.False(IsBanned(type), $"{step} holds a {type.Name}");
        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertNoBannedTypes(item, seen, step);
            }
        }

        foreach (FieldInfo field in Fields(type))
        {
            AssertNoBannedTypes(field.GetValue(value), seen, step);
        }
    }

    private static readonly ConcurrentDictionary<Type, bool> s_clean = new();

    /// <summary>True when no value of this exact type can reach a banned object: primitives, and sealed types or structs whose fields are all clean.</summary>
    private static bool IsClean(Type type) => s_clean.TryGetValue(type, out bool clean) ? clean : s_clean[type] = ComputeClean(type, new HashSet<Type>());

    private static bool ComputeClean(Type type, HashSet<Type> visiting)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
        {
            return true;
        }

        if (IsBanned(type) || type == typeof(object) || type.IsInterface || (!type.IsSealed && !type.IsValueType) || type.IsPointer)
        {
            return false;
        }

        if (!visiting.Add(type))
        {
            return true; // A cycle: judged by the rest of its fields.
        }

        if (type.IsArray)
        {
            return ComputeClean(type.GetElementType()!, visiting);
        }

        return Fields(type).All(f => ComputeClean(f.FieldType, visiting));
    }

    private static IEnumerable<FieldInfo> Fields(Type type)
    {
        for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return field;
            }
        }
    }
}
