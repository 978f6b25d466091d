namespace ReportCorpus.Tool.Tests;

/// <summary>
/// What the command line and the file system can hand the tool that no report folder should hold: empty arguments,
/// an output that is one of the reports, pipes, paths over the system's limit, a text too long for a string, a
/// temporary folder that is not there. Each is said and ends with its exit code (docs/tool.md), never a stack trace.
/// </summary>
public sealed class HostileInputTests
{
    private static void AssertNoCrash(ToolRun run) => Assert.DoesNotContain("Exception", run.ToString());

    [Theory]
    [InlineData("extract", "", "-o", "out.jsonl")]
    [InlineData("check", "")]
    [InlineData("html", "", "-o", "out.html")]
    [InlineData("convert", "")]
    public void An_empty_path_argument_is_no_such_file(params string[] args)
    {
        using var output = new TempFolder();
        ToolRun run = ToolRun.Of(args.Select(a => a.StartsWith("out.", StringComparison.Ordinal) ? output[a] : a).ToArray());
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no such file or folder: '' (an empty argument)", run.Error);
        AssertNoCrash(run);
    }

    [Theory]
    [InlineData("extract", "-o", "", "-f", "jsonl")]
    [InlineData("extract", "-o", "", "-f", "duckdb")]
    [InlineData("html", "-o", "")]
    [InlineData("check", "--sarif", "")]
    public void An_empty_output_path_is_a_usage_error(string command, params string[] options)
    {
        ToolRun run = ToolRun.Of([command, TestCorpus.Ningbo2007, .. options]);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("path is empty", run.Error);
        AssertNoCrash(run);
    }

    [Theory]
    [InlineData("extract", "-o", "a.txt", "-f", "jsonl")]
    [InlineData("extract", "-o", "a.txt", "-f", "duckdb")]
    [InlineData("html", "-o", "a.txt")]
    [InlineData("check", "--sarif", "a.txt")]
    public void An_output_that_is_one_of_the_reports_is_refused_and_the_report_kept(string command, params string[] options)
    {
        using var folder = new TempFolder();
        File.Copy(TestCorpus.Ningbo2007, folder["a.txt"]);
        byte[] before = File.ReadAllBytes(folder["a.txt"]);
        ToolRun run = ToolRun.Of([command, folder.Path, .. options.Select(o => o == "a.txt" ? folder["a.txt"] : o)]);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is one of the reports read", run.Error);
        Assert.Equal(before, File.ReadAllBytes(folder["a.txt"]));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void A_thread_count_below_one_is_a_usage_error(string threads)
    {
        using var output = new TempFolder();
        ToolRun run = ToolRun.Of("extract", TestCorpus.Ningbo2007, "-o", output["out.jsonl"], "-j", threads);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--threads takes a number of threads from 1 up", run.Error);
    }

    [Fact]
    public async Task A_named_pipe_among_the_reports_is_reported_as_empty_and_never_waited_on()
    {
        using var folder = new TempFolder();
        File.Copy(TestCorpus.Ningbo2007, folder["report.txt"]);
        ExternalProcess.Result fifo = ExternalProcess.Run("mkfifo", folder.Path, [folder["pipe.txt"]]);
        Assert.True(fifo.ExitCode == 0, fifo.ToString());
        using var output = new TempFolder();

        // Opening a pipe with no writer blocks: the run would never end.
        Task<ToolRun> running = Task.Run(() => ToolRun.Of("extract", folder.Path, "-o", output["out.jsonl"]));
        Assert.True(await Task.WhenAny(running, Task.Delay(TimeSpan.FromMinutes(2))) == running, "the run waited on the pipe");
        ToolRun run = await running;
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.Error.Split('\n'), line => line.StartsWith("RC0107 ", StringComparison.Ordinal) && line.Contains("pipe.txt", StringComparison.Ordinal));
        Assert.Contains("files: 2 found, 1 read, 1 skipped", run.Output);
    }

    [Fact]
    public void A_folder_whose_path_is_over_the_systems_limit_is_said_and_the_others_are_read()
    {
        using var folder = new TempFolder();
        File.Copy(TestCorpus.Ningbo2007, folder["top.txt"]);

        // Folders nested by relative steps, past the 4,096 characters a full path may have.
        string name = new('d', 200);
        ExternalProcess.Result deep = ExternalProcess.Run("bash", folder.Path,
            ["-c", "for i in $(seq 1 25); do mkdir " + name + " && cd " + name + "; done; echo x > deep.txt"]);
        Assert.True(deep.ExitCode == 0, deep.ToString());

        ToolRun run = ToolRun.Of("check", folder.Path);

        // Directory.Delete cannot remove it either (TempFolder would throw): rm walks down by relative steps.
        ExternalProcess.Run("rm", folder.Path, ["-rf", name]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("reportcorpus: cannot search " + folder.Path, run.Error);
        Assert.Contains("files: 1 found, 1 read", run.Output);
        AssertNoCrash(run);
    }

    [Fact]
    public void A_text_too_long_for_a_string_is_unreadable_not_out_of_memory()
    {
        using var folder = new TempFolder();
        File.Copy(TestCorpus.Ningbo2007, folder["report.txt"]);

        // Sparse: 1.1 GB long, nothing on disk. Its text would not fit in one string.
        using (FileStream huge = File.Create(folder["huge.txt"]))
        {
            huge.SetLength(1_100_000_000);
        }

        ToolRun run = ToolRun.Of("check", folder.Path);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("RC0103", run.Error);
        Assert.Contains("larger than 1 GB", run.Error);
        Assert.Contains("files: 2 found, 1 read, 1 skipped", run.Output);
    }

    [Fact]
    public void A_temporary_folder_that_cannot_be_written_ends_the_run_with_exit_code_3()
    {
        // A process of its own: TMPDIR is the process's, and the tests of this assembly run in parallel.
        using var folder = new TempFolder();
        ExternalProcess.Result run = ExternalProcess.Run("dotnet", folder.Path,
            [Path.Combine(AppContext.BaseDirectory, "ReportCorpus.Tool.dll"), "extract", TestCorpus.Ningbo2007, "-o", "out.jsonl", "--hold-bytes", "0"],
            environment: new Dictionary<string, string> { ["TMPDIR"] = folder["no-such-folder"] }, timeout: TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("cannot write the temporary file of parses", run.Output);
        Assert.DoesNotContain("Unhandled", run.Output);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix file modes
    public void Convert_rewrites_a_links_target_and_keeps_its_permissions()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["real"]);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        string text = File.ReadAllText(TestCorpus.Ningbo2007);
        File.WriteAllBytes(folder["real/report.txt"], System.Text.Encoding.GetEncoding("GB18030").GetBytes(text));
        File.SetUnixFileMode(folder["real/report.txt"], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        File.CreateSymbolicLink(folder["link.txt"], folder["real/report.txt"]);

        ToolRun run = ToolRun.Of("convert", folder["link.txt"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(folder["real/report.txt"], new FileInfo(folder["link.txt"]).LinkTarget);
        Assert.Equal(text, File.ReadAllText(folder["real/report.txt"], new System.Text.UTF8Encoding(false, true)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(folder["real/report.txt"]));
    }

    [Fact]
    public void Convert_says_a_report_it_cannot_write_is_not_written_not_unreadable()
    {
        using var folder = new TempFolder();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        byte[] gb18030 = System.Text.Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(TestCorpus.Ningbo2007));
        File.WriteAllBytes(folder["report.txt"], gb18030);

        // A folder where the temporary copy would go: the write fails, as on a full disk, even for root.
        Directory.CreateDirectory(folder["report.txt.reportcorpus-tmp"]);
        ToolRun run = ToolRun.Of("convert", folder["report.txt"]);
        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("cannot write " + folder["report.txt"] + ", left as it was", run.Error);
        Assert.Contains("1 files: 0 converted, 0 left as they were, 0 unreadable, 1 not written", run.Output);
        Assert.DoesNotContain("RC0103", run.Error);
        Assert.Equal(gb18030, File.ReadAllBytes(folder["report.txt"]));
    }

    [Theory]
    [InlineData("check", ">&-")]
    [InlineData("check", "2>&- >/dev/null")]
    [InlineData("schema", ">&-")]
    public void A_closed_standard_output_or_error_ends_with_exit_code_3_not_a_crash(string command, string redirect)
    {
        using var folder = new TempFolder();
        string tool = Path.Combine(AppContext.BaseDirectory, "ReportCorpus.Tool.dll");
        string args = command == "check" ? $"check '{TestCorpus.Ningbo2007}'" : command;
        ExternalProcess.Result run = ExternalProcess.Run("bash", folder.Path,
            ["-c", $"dotnet '{tool}' {args} {redirect}; code=$?; echo \"exit $code\""], timeout: TimeSpan.FromMinutes(2));
        Assert.Contains("exit 3", run.StandardOutput);
        Assert.DoesNotContain("Unhandled", run.Output);
    }

    [Fact]
    public void The_format_is_told_in_any_case_and_a_wrong_one_is_named()
    {
        using var output = new TempFolder();
        ToolRun upper = ToolRun.Of("extract", TestCorpus.Ningbo2007, "-o", output["out"], "-f", "JSONL", "-q");
        Assert.True(upper.ExitCode == 0, upper.ToString());
        Assert.Equal(File.ReadAllLines(output["out"]).Length, File.ReadAllLines(output["out"]).Count(static l => l.StartsWith('{')));

        ToolRun wrong = ToolRun.Of("extract", TestCorpus.Ningbo2007, "-o", output["out.jsonl"], "-f", "xml");
        Assert.True(wrong.ExitCode == 2, wrong.ToString());
        Assert.Contains("--format takes duckdb, parquet, jsonl, json or csv (got 'xml')", wrong.Error);
    }

    [Fact]
    public void Convert_interrupted_stops_before_the_next_file_with_exit_code_130()
    {
        using var folder = new TempFolder();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        byte[] gb18030 = System.Text.Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(TestCorpus.Ningbo2007));
        File.WriteAllBytes(folder["report.txt"], gb18030);

        // Ctrl+C before the first file: nothing is converted.
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Cli.Run(["convert", folder.Path], output, error, new CancellationToken(canceled: true));
        Assert.True(code == 130, output + "\n" + error);
        Assert.Contains("interrupted", error.ToString());
        Assert.Equal(gb18030, File.ReadAllBytes(folder["report.txt"]));
    }
}
