using System.Collections.Concurrent;
using ReportCorpus.Corpus;
using ReportCorpus.Model;
using ReportCorpus.Parsing;
using ReportCorpus.Tool.Input;

namespace ReportCorpus.Tool;

/// <summary>One file as read: its parse (the generator's own parser, through the generator's never-throwing entry point), encoding and size.</summary>
internal sealed record ReadFile(ParsedReport Report, string Encoding, long Bytes)
{
    /// <summary>Binary, empty, not text, or unreadable: reported with its RC code and left out of the corpus.</summary>
    public bool IsSkipped => Report.Notes.Any(static n => n.Code is ParseNoteCode.NotText or ParseNoteCode.Empty or ParseNoteCode.Unreadable);
}

/// <summary>One report of the corpus: parsed, named and judged against its next report, as the analyzer sees it.</summary>
internal sealed record JudgedReport(ReadFile File, ReportEntry Entry, Judgement Judgement)
{
    public ParsedReport Report => File.Report;
}

/// <summary>The corpus the tool built: reports in the generator's order (jurisdiction, year, id), and the files it skipped.</summary>
internal sealed record CorpusRun(IReadOnlyList<JudgedReport> Reports, IReadOnlyList<ReadFile> Skipped, long Bytes, string BaseDirectory)
{
    public int Files => Reports.Count + Skipped.Count;
}

/// <summary>
/// Files → corpus: reads and parses every file in parallel, then assigns ids and judges targets with the generator's
/// <see cref="ReportIds"/>, <see cref="ActualsByZone"/> and <see cref="CrossYear"/>. The result does not depend on the
/// order of the files or on the number of threads: every step after the parse works on path-ordered data.
/// </summary>
internal static class Pipeline
{
    public static CorpusRun Run(IReadOnlyList<string> files, string baseDirectory, int threads, IProgressSink progress, CancellationToken cancellationToken)
    {
        var read = new ReadFile[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        Parallel.ForEach(Partitioner.Create(0, files.Count, 1), options, range =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                read[i] = Read(files[i], cancellationToken);
                progress.FileDone(read[i].Bytes);
            }
        });

        var kept = read.Where(static f => !f.IsSkipped).ToArray();
        var skipped = read.Where(static f => f.IsSkipped).OrderBy(static f => f.Report.Path, StringComparer.Ordinal).ToArray();

        EquatableArray<ReportEntry> entries = ReportIds.Assign(kept.Select(static f => ReportKey.Of(f.Report)), [], baseDirectory);
        ActualsByZone actuals = ActualsByZone.Of(kept.Select(static f => ReportActuals.Of(f.Report)));
        var byPath = kept.ToDictionary(static f => f.Report.Path, StringComparer.Ordinal);
        var reports = new List<JudgedReport>(entries.Count);
        foreach (ReportEntry entry in entries)
        {
            ReadFile file = byPath[entry.Path];
            reports.Add(new JudgedReport(file, entry, CrossYear.Judge(file.Report, actuals.NextOf(file.Report), entries)));
        }

        return new CorpusRun(reports, skipped, read.Sum(static f => f.Bytes), baseDirectory);
    }

    /// <summary>One file, never an exception: unreadable files and parser failures become reports with a note.</summary>
    public static ReadFile Read(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            ParsedReport unreadable = ReportParser.FromFileName(path, new ParseNote(ParseNoteCode.Unreadable, ex.Message, null));
            return new ReadFile(unreadable, ReportText.Unknown, 0);
        }

        (string text, string encoding) = ReportText.Decode(bytes);
        ParsedReport report = ReportFiles.Parse(path, text, cancellationToken);
        if (encoding == ReportText.Unknown && report.Notes.Any(static n => n.Code == ParseNoteCode.NotText))
        {
            // The parser's note advises converting from GB18030, which the tool has already tried.
            report = ReportParser.FromFileName(path, new ParseNote(ParseNoteCode.NotText, "neither UTF-8, UTF-16 nor GB18030 text: binary, or another encoding", null));
        }

        return new ReadFile(report, encoding, bytes.LongLength);
    }
}
