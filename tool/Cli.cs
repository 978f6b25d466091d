using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportCorpus.Diagnostics;
using ReportCorpus.Tool.Checking;
using ReportCorpus.Tool.Html;
using ReportCorpus.Tool.Input;
using ReportCorpus.Tool.Output;
using ReportCorpus.Tool.Rows;
using ReportCorpus.Verification;

namespace ReportCorpus.Tool;

/// <summary>The exit codes of every command (docs/tool.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int FailOn = 1;
    public const int Usage = 2;
    public const int NothingRead = 3;
    public const int Interrupted = 130;
}

/// <summary>The command line: extract, check, convert; --help on each, --version, POSIX options.</summary>
internal static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default, long holdBytes = Pipeline.DefaultHoldBytes)
    {
        RootCommand root = Build(output, error, cancellationToken);
        ParseResult parse = root.Parse(args);

        // Exceptions come out here, not to System.CommandLine's handler, which printed them with their stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            int code = parse.Invoke(configuration);
            return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Every file a command reads or writes handles its own failures (Interruptible the temporary file): what is
            // left is the console, standard output or error closed (reportcorpus check reports/ >&-) or gone. Then
            // there is no summary to give, and the run ends as one whose output could not be written.
            try
            {
                error.WriteLine("reportcorpus: cannot write to the console (is standard output or error closed?): " + ex.Message);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }

            return ExitCodes.NothingRead;
        }
    }

    private static RootCommand Build(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = new RootCommand("reportcorpus: the ReportCorpus parser and verifier on any folder of government work reports (.txt).");

        Argument<string[]> Paths() => new("PATH") { Arity = ArgumentArity.OneOrMore, Description = "report files, or folders searched recursively for *.txt" };
        Option<int> Threads() => new("--threads", "-j")
        {
            Description = "parse on this many threads (default: every core); the output is the same whatever the number",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        Option<bool> Quiet() => new("--quiet", "-q") { Description = "no progress and no summary; errors only" };
        Option<long> Hold() => new("--hold-bytes")
        {
            Description = "keep this many bytes of stored parses in memory between the passes, the rest in a temporary file (tests)",
            DefaultValueFactory = _ => Pipeline.DefaultHoldBytes,
            Hidden = true,
        };

        {
            Argument<string[]> paths = Paths();
            Option<int> threads = Threads();
            Option<bool> quiet = Quiet();
            Option<long> hold = Hold();
            var outputOption = new Option<string>("--output", "-o")
            {
                Description = "output: a .duckdb file (default corpus.duckdb), a .parquet or .csv folder (one file per table), a .jsonl or .json file",
                DefaultValueFactory = _ => "corpus.duckdb",
            };
            var format = new Option<string?>("--format", "-f") { Description = "duckdb, parquet, jsonl, json or csv (default: by the extension of --output)" };
            // Any case, as the output's extension is (-f JSONL as -o out.JSONL): Extract checks the value.
            var partitionBy = new Option<string[]>("--partition-by", "-p")
            {
                Description = "Parquet only: a folder per table, partitioned Hive-style by these keys in this order (level, year: level=county/year=2022/); comma-separated or repeated",
                AllowMultipleArgumentsPerToken = true,
            };
            var extract = new Command("extract", "Parse the reports and write reports, facts, problems, checks and indicators to DuckDB, Parquet, JSON Lines, JSON or CSV.")
            {
                paths, outputOption, format, partitionBy, threads, quiet, hold,
            };
            extract.SetAction(p => Interruptible(error, () => Extract(p.GetValue(paths)!, p.GetValue(outputOption)!, p.GetValue(format), p.GetValue(threads), p.GetValue(quiet), output, error, cancellationToken, p.GetValue(hold), p.GetValue(partitionBy) ?? [])));
            root.Subcommands.Add(extract);
        }

        {
            Argument<string[]> paths = Paths();
            Option<int> threads = Threads();
            Option<bool> quiet = Quiet();
            Option<long> hold = Hold();
            var sarif = new Option<string?>("--sarif") { Description = "write the RC findings as SARIF 2.1.0 to this file" };
            var failOn = new Option<string[]>("--fail-on")
            {
                Description = "exit with 1 when a target is missed (RC0002) or dropped (no actual, RC0001); repeatable",
                AllowMultipleArgumentsPerToken = true,
            };
            failOn.AcceptOnlyFromAmong("missed", "dropped");
            var check = new Command("check", "Judge every target against the next report: a summary table, the RC findings as SARIF, an exit code for CI.")
            {
                paths, sarif, failOn, threads, quiet, hold,
            };
            check.SetAction(p => Interruptible(error, () => Check(p.GetValue(paths)!, p.GetValue(sarif), p.GetValue(failOn) ?? [], p.GetValue(threads), p.GetValue(quiet), output, error, cancellationToken, p.GetValue(hold))));
            root.Subcommands.Add(check);
        }

        {
            Argument<string[]> paths = Paths();
            Option<int> threads = Threads();
            Option<bool> quiet = Quiet();
            var outputOption = new Option<string>("--output", "-o")
            {
                Description = "the page to write (default report.html)",
                DefaultValueFactory = _ => "report.html",
            };
            var html = new Command("html", "Write the attainment report: one self-contained page, a chart per jurisdiction and indicator, a sortable table of every target (the main job's --html page).")
            {
                paths, outputOption, threads, quiet,
            };
            html.SetAction(p => Interruptible(error, () => Html(p.GetValue(paths)!, p.GetValue(outputOption)!, p.GetValue(threads), p.GetValue(quiet), output, error, cancellationToken)));
            root.Subcommands.Add(html);
        }

        {
            Argument<string[]> paths = Paths();
            var dryRun = new Option<bool>("--dry-run", "-n") { Description = "name the files that would be converted, change nothing" };
            var convert = new Command("convert", "Rewrite GB18030/GBK/GB2312 report files as UTF-8 (for the compile-time path, which reads UTF-8 only).")
            {
                paths, dryRun,
            };
            convert.SetAction(p => Interruptible(error, () => Convert(p.GetValue(paths)!, p.GetValue(dryRun), output, error, cancellationToken)));
            root.Subcommands.Add(convert);
        }

        {
            var schema = new Command("schema", "Print the tables and columns every output format holds, as Markdown (docs/tool.md shows the same).");
            schema.SetAction(_ =>
            {
                output.Write(SchemaMarkdown());
                return ExitCodes.Success;
            });
            root.Subcommands.Add(schema);
        }

        return root;
    }

    /// <summary>Every table with its columns, types and meanings; docs/tool.md holds this text as it is.</summary>
    internal static string SchemaMarkdown()
    {
        var text = new System.Text.StringBuilder();
        foreach (ITable table in Tables.All)
        {
            text.Append("### `").Append(table.Name).Append("`\n\n").Append(table.Description).Append("\n\n");
            text.Append("| column | type | meaning |\n| --- | --- | --- |\n");
            foreach ((string name, ColumnType type, string description) in table.Columns)
            {
                text.Append("| `").Append(name).Append("` | ").Append(DuckDbWriter.SqlType(type)).Append(" | ").Append(description.Replace("|", "\\|")).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Runs a command; cancelled (Ctrl+C, SIGTERM: Program.cs), it stops with exit code 130.</summary>
    private static int Interruptible(TextWriter error, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception ex) when (ex is OperationCanceledException || (ex is AggregateException all && all.InnerExceptions.All(static e => e is OperationCanceledException)))
        {
            error.WriteLine("reportcorpus: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (TemporaryFileFailure(ex) is { } failure)
        {
            error.WriteLine("reportcorpus: " + failure.Message);
            return ExitCodes.NothingRead;
        }
    }

    // The first pass writes parses from every thread: a failure comes wrapped in the parallel loop's AggregateException.
    private static Passes.TemporaryFileException? TemporaryFileFailure(Exception ex) => ex switch
    {
        Passes.TemporaryFileException failure => failure,
        AggregateException all => all.InnerExceptions.Select(TemporaryFileFailure).FirstOrDefault(static f => f is not null),
        _ => null,
    };

    /// <summary>
    /// Files → corpus, with progress; null (after a message) when a path does not exist, when a file to be written is one
    /// of the reports (<paramref name="outputs"/>: extract -o a.txt -f jsonl replaced the report it was reading), or when
    /// the number of threads is not a positive number.
    /// </summary>
    private static CorpusRun? Load(string[] paths, int threads, bool quiet, TextWriter error, CancellationToken cancellationToken, long holdBytes, params string?[] outputs)
    {
        if (threads < 1)
        {
            error.WriteLine("reportcorpus: --threads takes a number of threads from 1 up (got " + threads.ToString(CultureInfo.InvariantCulture) + ")");
            return null;
        }

        if (outputs.Any(static o => o is { Length: 0 }))
        {
            error.WriteLine("reportcorpus: an output path is empty");
            return null;
        }

        if (ReportFiles(paths, error) is not { } files)
        {
            return null;
        }

        var inputs = new HashSet<string>(files, StringComparer.Ordinal);
        foreach (string output in outputs.OfType<string>().Select(Path.GetFullPath).Where(inputs.Contains))
        {
            error.WriteLine("reportcorpus: " + output + " is one of the reports read; write the output elsewhere");
            return null;
        }

        if (files.Count == 0)
        {
            error.WriteLine("reportcorpus: no report file (*.txt) in " + string.Join(", ", paths));
        }

        long bytes = files.Sum(InputFiles.SizeOf);
        return Progress.Run(quiet, error, files.Count, bytes,
            sink => Pipeline.Run(files, Directory.GetCurrentDirectory(), threads, sink, cancellationToken, holdBytes));
    }

    /// <summary>
    /// The report files PATH… names (<see cref="InputFiles.Expand"/>),
    /// or null after naming the paths that do not exist; a folder that could not be searched is named, as find names
    /// it, and the search goes on without it.
    /// </summary>
    private static IReadOnlyList<string>? ReportFiles(string[] paths, TextWriter error)
    {
        IReadOnlyList<string> files = InputFiles.Expand(paths, out IReadOnlyList<string> missing, out IReadOnlyList<(string Folder, string Reason)> unsearched);
        foreach (string path in missing)
        {
            error.WriteLine("reportcorpus: no such file or folder: " + (path.Length == 0 ? "'' (an empty argument)" : path));
        }

        foreach ((string folder, string reason) in unsearched)
        {
            error.WriteLine("reportcorpus: cannot search " + folder + ": " + reason);
        }

        return missing.Count > 0 ? null : files;
    }

    internal static int Extract(string[] paths, string outputPath, string? formatName, int threads, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken = default, long holdBytes = Pipeline.DefaultHoldBytes, string[]? partitionBy = null)
    {
        if (formatName is not null && RowWriter.FormatOf("", formatName) is null)
        {
            error.WriteLine("reportcorpus: --format takes duckdb, parquet, jsonl, json or csv (got '" + formatName + "')");
            return ExitCodes.Usage;
        }

        if (RowWriter.FormatOf(outputPath, formatName) is not { } format)
        {
            error.WriteLine("reportcorpus: cannot tell the format of '" + outputPath + "': use .duckdb, .parquet, .jsonl, .json or .csv, or --format");
            return ExitCodes.Usage;
        }

        // --partition-by level,year or --partition-by level --partition-by year: each key once, in the order given. An
        // empty key (-p '', level,,year) is no key: it used to be dropped, and -p '' wrote unpartitioned files.
        string[] keys = (partitionBy ?? []).SelectMany(static k => k.Split(',', StringSplitOptions.TrimEntries)).ToArray();
        if (keys.Any(static k => !PartitionKeys.All.Contains(k)) || keys.Distinct().Count() != keys.Length)
        {
            error.WriteLine("reportcorpus: --partition-by takes level and year, each once (got '" + string.Join(",", keys) + "')");
            return ExitCodes.Usage;
        }

        if (keys.Length > 0 && format != OutputFormat.Parquet)
        {
            error.WriteLine("reportcorpus: --partition-by is for Parquet (-f parquet, or an output ending in .parquet)");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        if (Load(paths, threads, quiet, error, cancellationToken, holdBytes, outputPath, format == OutputFormat.DuckDb ? outputPath + ".wal" : null) is not { } run)
        {
            return ExitCodes.Usage;
        }

        using CorpusRun disposed = run; // the temporary file of parses

        ReportSkipped(run, error);
        if (run.ReportCount == 0)
        {
            error.WriteLine("reportcorpus: no report could be read; nothing written");
            return ExitCodes.NothingRead;
        }

        int facts = 0, problems = 0, checks = 0;
        if (!quiet)
        {
            error.WriteLine("writing " + outputPath + " …");
        }

        try
        {
            using RowWriter writer = RowWriter.Create(format, outputPath, keys);
            writer.Begin();
            // Reports are read back, judged and turned into rows (on every core) on another thread, a slice (256) ahead of the writer.
            bool needsRows = writer.NeedsRows;
            foreach ((JudgedReport report, ReportRows? rows) in Passes.ReadAhead.Of(run.Reports(r => (r, needsRows ? ReportRows.Of(r) : null)), 256, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                facts += report.Report.Targets.Count + report.Report.Achievements.Count;
                problems += report.Report.Problems.Count;
                checks += report.Judgement.Checks.Count;
                writer.Write(report, rows);
            }

            writer.Complete();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
        {
            error.WriteLine("reportcorpus: cannot write " + outputPath + ": " + ex.Message);
            return ExitCodes.NothingRead;
        }

        if (!quiet)
        {
            WriteFiles(run, clock.Elapsed, output);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rows: {run.ReportCount} reports, {facts} facts, {problems} problems, {checks} checks → {outputPath} ({format.ToString().ToLowerInvariant()})"));
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The attainment report of the main job (consumer-sample's HtmlReport, compiled in), on the generated code's own
    /// runtime objects decoded from the generator's data strings. The page holds every report at once.
    /// </summary>
    internal static int Html(string[] paths, string outputPath, int threads, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (Load(paths, threads, quiet, error, cancellationToken, Pipeline.DefaultHoldBytes, outputPath) is not { } run)
        {
            return ExitCodes.Usage;
        }

        using CorpusRun disposed = run; // the temporary file of parses

        ReportSkipped(run, error);
        if (run.ReportCount == 0)
        {
            error.WriteLine("reportcorpus: no report could be read; nothing written");
            return ExitCodes.NothingRead;
        }

        IReadOnlyList<Report> reports = RuntimeReports.Of(run.Reports());
        string page = ConsumerSample.HtmlReport.Render(reports);

        // Rendering takes seconds on a large corpus: an interruption then still ends the run, and writes nothing.
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            File.WriteAllText(outputPath, page);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("reportcorpus: cannot write " + outputPath + ": " + ex.Message);
            return ExitCodes.NothingRead;
        }

        if (!quiet)
        {
            WriteFiles(run, clock.Elapsed, output);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the attainment report of {reports.Count} reports → {outputPath}"));
        }

        return ExitCodes.Success;
    }

    internal static int Check(string[] paths, string? sarifPath, string[] failOn, int threads, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken = default, long holdBytes = Pipeline.DefaultHoldBytes)
    {
        var clock = Stopwatch.StartNew();
        if (Load(paths, threads, quiet, error, cancellationToken, holdBytes, sarifPath) is not { } run)
        {
            return ExitCodes.Usage;
        }

        using CorpusRun disposed = run; // the temporary file of parses

        ReportSkipped(run, error);
        var counts = new Dictionary<Verdict, int>();
        foreach (Verdict v in Enum.GetValues<Verdict>())
        {
            counts[v] = 0;
        }

        // One pass over the reports: counted as they go to the SARIF file, or only counted.
        IEnumerable<JudgedReport> Counted()
        {
            foreach (JudgedReport report in Passes.ReadAhead.Of(run.Reports(), 64, cancellationToken))
            {
                foreach (Model.CheckSpec check in report.Judgement.Checks)
                {
                    counts[check.Verdict]++;
                }

                yield return report;
            }
        }

        if (sarifPath is null)
        {
            foreach (JudgedReport _ in Counted())
            {
            }
        }
        else
        {
            try
            {
                using FileStream stream = File.Create(sarifPath);
                SarifWriter.Write(stream, run.Skipped.SelectMany(Findings.Of).Concat(Counted().SelectMany(Findings.Of)), run.BaseDirectory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine("reportcorpus: cannot write " + sarifPath + ": " + ex.Message);
                return ExitCodes.NothingRead;
            }
        }

        if (!quiet)
        {
            WriteFiles(run, clock.Elapsed, output);
            int total = counts.Values.Sum();
            output.WriteLine();
            output.WriteLine("verdict        targets  share");
            foreach ((Verdict verdict, int n) in counts)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ReportRows.Name(verdict),-13} {n,8}  {(total == 0 ? 0 : 100.0 * n / total),5:0.0}%"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-13} {total,8}"));
            if (sarifPath is not null)
            {
                output.WriteLine("SARIF → " + sarifPath);
            }
        }

        if (run.ReportCount == 0)
        {
            error.WriteLine("reportcorpus: no report could be read");
            return ExitCodes.NothingRead;
        }

        bool fail = (failOn.Contains("missed") && counts[Verdict.Missed] > 0) || (failOn.Contains("dropped") && counts[Verdict.NoActual] > 0);
        return fail ? ExitCodes.FailOn : ExitCodes.Success;
    }

    internal static int Convert(string[] paths, bool dryRun, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (ReportFiles(paths, error) is not { } files)
        {
            return ExitCodes.Usage;
        }

        int converted = 0, unreadable = 0, unwritten = 0, damaged = 0;
        foreach (string file in files)
        {
            // Between files: a file is converted whole or not at all.
            cancellationToken.ThrowIfCancellationRequested();
            string text, encoding;
            try
            {
                (text, encoding) = ReportText.Decode(File.ReadAllBytes(file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                unreadable++;
                error.WriteLine("RC0103 " + file + ": " + ex.Message);
                continue;
            }

            if (encoding == ReportText.Gb18030Damaged)
            {
                // Converted, its undecodable bytes would become U+FFFD for good; the extract reads it as it is.
                damaged++;
                error.WriteLine("damaged " + file + ": GB18030 with bytes that are no character: left as it is (mend it, then convert it)");
                continue;
            }

            if (encoding != ReportText.Gb18030)
            {
                continue;
            }

            if (!dryRun && !TryWriteUtf8(file, text, error))
            {
                unwritten++;
                continue;
            }

            converted++;
            output.WriteLine((dryRun ? "would convert " : "converted ") + Path.GetRelativePath(Directory.GetCurrentDirectory(), file) + " (gb18030 → utf-8)");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files: {converted} {(dryRun ? "to convert" : "converted")}, {files.Count - converted - unreadable - unwritten} left as they were")
            + (damaged > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({damaged} damaged)") : "")
            + string.Create(CultureInfo.InvariantCulture, $", {unreadable} unreadable")
            + (unwritten > 0 ? string.Create(CultureInfo.InvariantCulture, $", {unwritten} not written") : ""));
        return unreadable + unwritten > 0 ? ExitCodes.NothingRead : ExitCodes.Success;
    }

    // Rewrites a GB18030 report as UTF-8; false (after a message) when it cannot be written, and the report is as it was.
    private static bool TryWriteUtf8(string file, string text, TextWriter error)
    {
        // A link's target is converted, and the link left to point at it: replacing the link made it a file of its
        // own and left its target in GB18030.
        string target = File.ResolveLinkTarget(file, returnFinalTarget: true)?.FullName ?? file;

        // Written beside the file first, then moved over it: an interruption never leaves half a report. The new file
        // keeps the old one's permissions (a report at 640 became 644, readable by all).
        string temporary = target + ".reportcorpus-tmp";
        try
        {
            File.WriteAllText(temporary, text, new System.Text.UTF8Encoding(false));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A write that failed half-way (a full disk) leaves no temporary file behind.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
            }

            error.WriteLine("reportcorpus: cannot write " + target + ", left as it was: " + ex.Message);
            return false;
        }
    }

    /// <summary>Each skipped file on standard error with its RC code and reason, then each file read from a damaged copy.</summary>
    private static void ReportSkipped(CorpusRun run, TextWriter error)
    {
        foreach (ReadFile file in run.Skipped)
        {
            foreach (Finding finding in Findings.Of(file))
            {
                error.WriteLine(finding.Rule.Id + " " + Path.GetRelativePath(run.BaseDirectory, finding.Path) + ": " + finding.Message + " (skipped)");
            }
        }

        foreach (DamagedFile file in run.Damaged)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"damaged {Path.GetRelativePath(run.BaseDirectory, file.Path)}: {file.Undecodable} U+FFFD for bytes that are no {ReportText.ReadAs(file.Encoding)} character (read)"));
        }
    }

    /// <summary>The files line of every summary: how many read and skipped, and why.</summary>
    private static void WriteFiles(CorpusRun run, TimeSpan elapsed, TextWriter output)
    {
        string why = string.Join(", ", run.Skipped
            .GroupBy(static f => ReportFindings.RuleOf(f.Report.Notes.First(static n => n.Code is Model.ParseNoteCode.NotText or Model.ParseNoteCode.Empty or Model.ParseNoteCode.Unreadable).Code))
            .OrderBy(static g => g.Key.Id, StringComparer.Ordinal)
            .Select(static g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.Id} {g.Key.Title}")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files: {run.Files} found, {run.ReportCount} read{(run.Damaged.Count > 0 ? $" ({run.Damaged.Count} damaged)" : "")}, {run.Skipped.Count} skipped{(why.Length > 0 ? " (" + why + ")" : "")}; {run.Bytes / 1e6:0.0} MB in {elapsed.TotalSeconds:0.00} s"));
    }
}
