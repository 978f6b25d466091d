using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportCorpus.Model;
using ReportCorpus.Parsing;

namespace ReportCorpus;

/// <summary>How the generator and the analyzer read report files and their MSBuild settings: one place for both.</summary>
internal static class ReportFiles
{
    public const string ReportIdMetadata = "build_metadata.AdditionalFiles.ReportId";
    public const string NamespaceProperty = "build_property.ReportCorpusNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string ProjectDirectoryProperty = "build_property.MSBuildProjectDirectory";

    /// <summary>
    /// <c>&lt;ReportCorpusData&gt;utf8&lt;/ReportCorpusData&gt;</c> writes report data as UTF-8 literals whatever the corpus's
    /// size (where the language allows them); by default (<c>auto</c>) they are strings while the corpus fits the
    /// user-string heap's budget, UTF-8 beyond it (docs/performance.md).
    /// </summary>
    public const string DataProperty = "build_property.ReportCorpusData";

    /// <summary>Report texts are the .txt additional files; any other additional file is left alone.</summary>
    public static bool IsReport(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    // The parse of each file object, for as long as the object lives. In a build the compiler hands the generator and
    // the analyzer the same AdditionalText objects, so the analyzer finds every parse of the generator's here, whatever
    // the corpus's size; the parses go when the compilation's files do, so this needs no budget. (At 10,000 reports the
    // budgeted cache below held a third of them, and the analyzer parsed the whole corpus again: docs/performance.md.)
    private static ConditionalWeakTable<AdditionalText, ParsedReport> s_byFile = new();

    // One parse per path and text, for the whole compiler process, within a budget: a compiler server or an IDE hands
    // out new file objects for the same texts from one compilation to the next, and finds the parses here.
    private static readonly ParseCache s_parses = new();
    private static int s_parseCount;

    /// <summary>
    /// Parses one file, or returns the parse of the same path with the same checksum; a file that cannot be read or
    /// parsed becomes a report with a note, never an exception.
    /// </summary>
    public static ParsedReport Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        ConditionalWeakTable<AdditionalText, ParsedReport> byFile = Volatile.Read(ref s_byFile);
        if (byFile.TryGetValue(file, out ParsedReport? held))
        {
            return held;
        }

        ParsedReport report = ParseByPath(file, cancellationToken);
        return byFile.GetValue(file, _ => report);
    }

    private static ParsedReport ParseByPath(AdditionalText file, CancellationToken cancellationToken)
    {
        SourceText? text = file.GetText(cancellationToken);
        if (text is null)
        {
            return Parse(file.Path, null, cancellationToken);
        }

        string checksum = Checksum(text);
        if (s_parses.Get(file.Path, checksum) is { } cached)
        {
            return cached;
        }

        Interlocked.Increment(ref s_parseCount);
        ParsedReport report = Parse(file.Path, text.ToString(), cancellationToken);
        s_parses.Add(file.Path, checksum, text.Length, report);
        return report;
    }

    /// <summary>How many texts have been parsed (cache misses) in this process; for tests.</summary>
    internal static int ParseCount => Volatile.Read(ref s_parseCount);

    /// <summary>True when the parse of this text at this path is cached; for tests.</summary>
    internal static bool IsCached(string path, SourceText text) => s_parses.Get(path, Checksum(text)) is not null;

    /// <summary>Forgets every parse, as a fresh compiler process would; for cold-start benchmarks.</summary>
    internal static void ForgetParses()
    {
        Volatile.Write(ref s_byFile, new ConditionalWeakTable<AdditionalText, ParsedReport>());
        s_parses.Clear();
    }

    /// <summary>Forgets the parses by path, as the budget does past it, and keeps those of live file objects; for tests.</summary>
    internal static void ForgetParsesByPath() => s_parses.Clear();

    private static string Checksum(SourceText text) => Convert.ToBase64String(System.Linq.Enumerable.ToArray(text.GetChecksum()));

    public static ParsedReport Parse(string path, string? text, CancellationToken cancellationToken) =>
        Parse(path, text, cancellationToken, ReportParser.Parse);

    /// <summary>The same, with the parser given: tests pass one that throws, to see the build go on.</summary>
    internal static ParsedReport Parse(string path, string? text, CancellationToken cancellationToken, Func<string, string, CancellationToken, ParsedReport> parser)
    {
        if (text is null)
        {
            return ReportParser.FromFileName(path, new ParseNote(ParseNoteCode.Unreadable, "the file could not be read", null));
        }

        try
        {
            return parser(path, text, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A parser bug must never break the user's build: the report comes through empty, with a note.
            return ReportParser.FromFileName(path, new ParseNote(ParseNoteCode.ParserFailed, ex.GetType().Name + ": " + ex.Message, null));
        }
    }

    public static IdOverride? IdOverride(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(ReportIdMetadata, out string? id) && !string.IsNullOrWhiteSpace(id)
            ? new IdOverride(file.Path, id.Trim())
            : null;

    public static EmitOptions EmitOptions(AnalyzerConfigOptions global) =>
        new(Namespace(global), global.TryGetValue(ProjectDirectoryProperty, out string? dir) ? dir : "");

    /// <summary>Whether the project asks for UTF-8 data whatever the corpus's size (<see cref="DataProperty"/>).</summary>
    public static bool ForceUtf8(AnalyzerConfigOptions global) =>
        global.TryGetValue(DataProperty, out string? value) && string.Equals(value?.Trim(), "utf8", StringComparison.OrdinalIgnoreCase);

    public static string Namespace(AnalyzerConfigOptions global)
    {
        if (global.TryGetValue(NamespaceProperty, out string? ns) && !string.IsNullOrWhiteSpace(ns))
        {
            return CSharpNames.Namespace(ns);
        }

        return global.TryGetValue(RootNamespaceProperty, out string? root) ? CSharpNames.Namespace(root) : "";
    }
}
