using System.Text;
using System.Text.Json;
using ReportCorpus.Tool.Input;

namespace ReportCorpus.Tool.Tests;

public sealed class InputTests
{
    static InputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] s_fileColumns = ["path", "encoding", "bytes"];

    /// <summary>The JSON Lines of one extract, without the columns that name the file's bytes.</summary>
    private static string[] FactsAndReports(string folder)
    {
        using var output = new TempFolder();
        ToolRun run = ToolRun.Of("extract", folder, "-o", output["out.jsonl"], "-q");
        Assert.True(run.ExitCode == 0, run.ToString());
        return File.ReadAllLines(output["out.jsonl"])
            .Select(line =>
            {
                var obj = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(line)!;
                foreach (string column in s_fileColumns)
                {
                    obj.Remove(column);
                }

                return JsonSerializer.Serialize(obj, s_relaxed);
            })
            .ToArray();
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("gb18030-damaged")] // cut short in the middle of a character, as a download that stopped
    [InlineData("utf-8-damaged")]
    public void AnEncodedCopyGivesTheSameRowsAsItsUtf8Original(string encoding)
    {
        using var original = new TempFolder();
        using var copy = new TempFolder();
        string name = Path.GetFileName(TestCorpus.Ningbo2007);
        File.Copy(TestCorpus.Ningbo2007, original[name]);
        string text = File.ReadAllText(TestCorpus.Ningbo2007);
        byte[] bytes = encoding switch
        {
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "gb18030-damaged" => [.. Encoding.GetEncoding("GB18030").GetBytes(text), .. HalfOf("宁", Encoding.GetEncoding("GB18030"))],
            "utf-8-damaged" => [.. Encoding.UTF8.GetBytes(text), .. HalfOf("宁", Encoding.UTF8)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };
        File.WriteAllBytes(copy[name], bytes);

        Assert.Equal(encoding, ReportText.Decode(bytes).Encoding);
        string[] expected = FactsAndReports(original.Path);
        Assert.Contains(expected, l => l.Contains("\"table\":\"facts\"") && l.Contains("财政一般预算收入"));
        Assert.Equal(expected, FactsAndReports(copy.Path));
    }

    /// <summary>The first byte of <paramref name="character"/>'s encoding: a character cut short.</summary>
    private static byte[] HalfOf(string character, Encoding encoding) => encoding.GetBytes(character)[..1];

    // A damaged copy is read in the encoding it was saved in, with U+FFFD for what does not decode: a stray byte in the
    // middle, or half a character at the end.
    [Theory]
    [InlineData("gb18030", "middle")]
    [InlineData("gb18030", "end")]
    [InlineData("utf-8", "middle")]
    [InlineData("utf-8", "end")]
    public void A_damaged_copy_is_read_in_its_encoding_with_U_FFFD_for_the_damage(string saved, string where)
    {
        Encoding encoding = saved == "gb18030" ? Encoding.GetEncoding("GB18030") : Encoding.UTF8;
        string text = File.ReadAllText(TestCorpus.Ningbo2007);
        byte[] bytes;
        string expected;
        if (where == "end")
        {
            bytes = [.. encoding.GetBytes(text), .. HalfOf("高", encoding)];
            expected = text + "\uFFFD";
        }
        else
        {
            // An ASCII character (a byte in either encoding) in the middle overwritten by a byte that is no character's.
            int at = text.Length / 2;
            while (text[at] >= 0x80)
            {
                at++;
            }

            bytes = encoding.GetBytes(text);
            bytes[encoding.GetByteCount(text[..at])] = 0xFF;
            expected = text[..at] + "\uFFFD" + text[(at + 1)..];
        }

        (string decoded, string read) = ReportText.Decode(bytes);
        Assert.Equal(saved + "-damaged", read);
        Assert.Equal(expected, decoded);
    }

    // The readings of a file that is neither are compared by their U+FFFD, counted a block of 65,536 characters at a time:
    // the count must be the whole reading's, with damage on both sides of a block's end and a character cut by it.
    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-8")]
    public void Undecodable_bytes_are_counted_across_blocks_as_the_whole_reading_has_them(string saved)
    {
        Encoding strict = saved == "gb18030" ? Encoding.GetEncoding("GB18030") : Encoding.UTF8;
        Encoding lenient = saved == "gb18030"
            ? Encoding.GetEncoding("GB18030", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
            : new UTF8Encoding(false, throwOnInvalidBytes: false);
        string text = string.Concat(Enumerable.Repeat(File.ReadAllText(TestCorpus.Ningbo2007), 8));
        byte[] bytes = strict.GetBytes(text);
        foreach (int at in new[] { 10, 65_535, 65_536, 70_000, 131_071, bytes.Length - 2 })
        {
            bytes[at] = 0xFF;
        }

        long expected = lenient.GetString(bytes).AsSpan().Count('\uFFFD');
        Assert.True(expected >= 6);
        Assert.Equal(expected, ReportText.Undecodable(lenient, bytes));
    }

    // Well-formed and ill-formed UTF-8, as hex: the tool's one-pass decode must accept exactly what the framework's strict
    // decoder accepts, and give the same text.
    [Theory]
    [InlineData("")]
    [InlineData("e5ae81e6b3a2e9ab98e696b0e58cba")] // 宁波高新区
    [InlineData("e58d97e58c97e5b882203132332e35e4babfe58583")] // ASCII between
    [InlineData("f09f8f99e5ae81")] // a four-byte sequence (a surrogate pair)
    [InlineData("efbfbd")] // U+FFFD written out is well-formed
    [InlineData("c0af")] // overlong
    [InlineData("80e5ae81")] // a lone continuation byte
    [InlineData("eda080")] // an encoded surrogate (CESU-8)
    [InlineData("e5ae81e6b3")] // cut short at the end
    [InlineData("e5ae81e6b3a2e9")] // cut short after a well-formed run
    [InlineData("f4908080")] // past U+10FFFF
    public void UTF8_is_accepted_exactly_as_the_framework_strict_decoder_accepts_it(string hex)
    {
        byte[] bytes = Convert.FromHexString(hex);
        string? strict;
        try
        {
            strict = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            strict = null;
        }

        (string text, string encoding) = ReportText.Decode(bytes);
        if (strict is null)
        {
            Assert.NotEqual(ReportText.Utf8, encoding);
        }
        else
        {
            Assert.Equal(ReportText.Utf8, encoding);
            Assert.Equal(strict, text);
        }
    }

    [Fact]
    public void ConvertRewritesGbkAsUtf8AndLeavesUtf8Alone()
    {
        using var folder = new TempFolder();
        string gbk = folder["gbk.txt"], utf8 = folder["utf8.txt"];
        string text = File.ReadAllText(TestCorpus.Ningbo2007);
        File.WriteAllBytes(gbk, Encoding.GetEncoding("GB18030").GetBytes(text));
        File.Copy(TestCorpus.Ningbo2007, utf8);
        DateTime utf8Written = File.GetLastWriteTimeUtc(utf8);

        ToolRun dry = ToolRun.Of("convert", folder.Path, "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("would convert", dry.Output);
        Assert.Equal("gb18030", ReportText.Decode(File.ReadAllBytes(gbk)).Encoding);

        ToolRun run = ToolRun.Of("convert", folder.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 files: 1 converted, 1 left as they were", run.Output);
        Assert.Equal(File.ReadAllBytes(TestCorpus.Ningbo2007), File.ReadAllBytes(gbk));
        Assert.Equal(utf8Written, File.GetLastWriteTimeUtc(utf8));
    }

    [Fact]
    public void A_damaged_GB18030_copy_is_read_named_and_counted_and_convert_leaves_it_alone()
    {
        using var folder = new TempFolder();
        string cut = folder["cut.txt"];
        byte[] damaged = [.. Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(TestCorpus.Ningbo2007)), .. HalfOf("高", Encoding.GetEncoding("GB18030"))];
        File.WriteAllBytes(cut, damaged);
        File.Copy(TestCorpus.Ningbo2008, folder[Path.GetFileName(TestCorpus.Ningbo2008)]);

        using var output = new TempFolder();
        ToolRun run = ToolRun.Of("extract", folder.Path, "-o", output["out.duckdb"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("files: 2 found, 2 read (1 damaged), 0 skipped", run.Output);
        Assert.Matches(@"(?m)^damaged \S*cut\.txt: 1 U\+FFFD for bytes that are no GB18030 character \(read\)$", run.Error);
        Assert.Equal("gb18030-damaged", Sql.Scalar<string>(output["out.duckdb"], "SELECT encoding FROM reports WHERE path LIKE '%cut.txt'"));
        Assert.True(Sql.Scalar<long>(output["out.duckdb"], "SELECT count(*) FROM facts f JOIN reports r ON f.report_id = r.id WHERE r.path LIKE '%cut.txt'") > 50);

        ToolRun convert = ToolRun.Of("convert", folder.Path);
        Assert.Equal(0, convert.ExitCode);
        Assert.Contains("2 files: 0 converted, 2 left as they were (1 damaged), 0 unreadable", convert.Output);
        Assert.Matches(@"(?m)^damaged \S*cut\.txt: GB18030 with bytes that are no character: left as it is", convert.Error);
        Assert.Equal(damaged, File.ReadAllBytes(cut));
    }

    [Fact]
    public void BinaryEmptyUndecodableAndUnreadableFilesAreSkippedAndCounted()
    {
        using var folder = new TempFolder();
        File.Copy(TestCorpus.Ningbo2007, folder[Path.GetFileName(TestCorpus.Ningbo2007)]);
        File.Copy(TestCorpus.Ningbo2008, folder[Path.GetFileName(TestCorpus.Ningbo2008)]);
        Directory.CreateDirectory(folder["sub"]);
        File.WriteAllText(folder["sub/notes.txt"], "随便写几句话，没有年份，也没有目标。");   // read, with notes (no year, no plan)
        var random = new Random(18);
        byte[] binary = new byte[4096];
        random.NextBytes(binary);
        binary[10] = 0;
        for (int i = 0; i < binary.Length; i += 7)
        {
            binary[i] = 0;
        }

        File.WriteAllBytes(folder["image.txt"], binary);                                      // RC0106 binary
        File.WriteAllBytes(folder["latin.txt"], [.. Enumerable.Repeat((byte)0xFF, 64), 0x41]); // RC0106 neither UTF-8 nor GB18030
        File.WriteAllBytes(folder["empty.txt"], []);                                          // RC0107
        File.WriteAllText(folder["blank.txt"], " \n\t\r\n　\n");                               // RC0107
        File.CreateSymbolicLink(folder["gone.txt"], folder["no-such-target.txt"]);            // RC0103 (root reads any mode, a dangling link is unreadable)
        File.WriteAllText(folder["ignored.md"], "not a report");

        using var output = new TempFolder();
        ToolRun run = ToolRun.Of("extract", folder.Path, "-o", output["out.duckdb"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("files: 8 found, 3 read, 5 skipped (1 RC0103 Report file cannot be read, 2 RC0106 Report file is not UTF-8 text, 2 RC0107 Report file is empty)", run.Output);
        Assert.Matches(@"(?m)^RC0106 \S*image\.txt: ", run.Error);
        Assert.Matches(@"(?m)^RC0106 \S*latin\.txt: ", run.Error);
        Assert.Matches(@"(?m)^RC0107 \S*empty\.txt: ", run.Error);
        Assert.Matches(@"(?m)^RC0107 \S*blank\.txt: ", run.Error);
        Assert.Matches(@"(?m)^RC0103 \S*gone\.txt: ", run.Error);
        Assert.Equal(3, Sql.Scalar<int>(output["out.duckdb"], "SELECT count(*) FROM reports"));
        string notes = Sql.Scalar<string>(output["out.duckdb"], "SELECT notes FROM reports WHERE path LIKE '%notes.txt'");
        Assert.Contains("RC0102", notes);
        Assert.Contains("RC0105", notes);

        // The same files checked: the skipped ones are SARIF results too, and the good ones still judged.
        ToolRun check = ToolRun.Of("check", folder.Path, "--sarif", output["out.sarif"], "--fail-on", "missed");
        Assert.Equal(1, check.ExitCode);
        string sarif = File.ReadAllText(output["out.sarif"]);
        foreach (string rule in new[] { "RC0103", "RC0106", "RC0107", "RC0102", "RC0105", "RC0002" })
        {
            Assert.Contains("\"ruleId\": \"" + rule + "\"", sarif);
        }
    }

    [Fact]
    public void NothingReadableGivesExitCode3()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder["empty.txt"], []);
        using var output = new TempFolder();
        ToolRun run = ToolRun.Of("extract", folder.Path, "-o", output["out.jsonl"]);
        Assert.Equal(3, run.ExitCode);
        Assert.False(File.Exists(output["out.jsonl"]));
    }

    [Theory]
    [InlineData("extract", "out.duckdb")]
    [InlineData("extract", "out.parquet")]
    [InlineData("html", "out.html")]
    [InlineData("check", "out.sarif")]
    public void A_folder_without_report_files_is_said_so_with_exit_code_3(string command, string outputName)
    {
        // Only files that are not reports: the folder is read, nothing in it is a *.txt.
        using var folder = new TempFolder();
        File.WriteAllText(folder["notes.md"], "# 2019年政府工作报告");
        Directory.CreateDirectory(folder["empty"]);
        using var output = new TempFolder();
        ToolRun run = command == "check"
            ? ToolRun.Of("check", folder.Path, "--sarif", output[outputName])
            : ToolRun.Of(command, folder.Path, "-o", output[outputName]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("no report file (*.txt) in " + folder.Path, run.Error);
        Assert.DoesNotContain("Exception", run.ToString());
    }

    [Fact]
    public void Links_to_folders_inside_a_folder_are_not_followed_and_a_loop_reads_each_report_once()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        Directory.CreateDirectory(folder["2019"]);
        File.Copy(TestCorpus.Ningbo2007, folder["2019/report.txt"]);
        File.Copy(TestCorpus.Ningbo2007, elsewhere["other.txt"]);
        File.CreateSymbolicLink(folder["LINKED.TXT"], TestCorpus.Ningbo2007);
        Directory.CreateSymbolicLink(folder["2019/all"], folder.Path);        // back up the tree
        Directory.CreateSymbolicLink(folder["elsewhere"], elsewhere.Path);    // out of it

        IReadOnlyList<string> files = InputFiles.Expand([folder.Path], out IReadOnlyList<string> missing, out _);
        Assert.Empty(missing);
        Assert.Equal([folder["2019/report.txt"], folder["LINKED.TXT"]], files.OrderBy(static f => f, StringComparer.Ordinal));

        // A link named on the command line is followed.
        Assert.Equal([Path.Combine(folder["elsewhere"], "other.txt")], InputFiles.Expand([folder["elsewhere"]], out _, out _));
    }

    [Fact]
    public void A_linked_file_counts_its_targets_size_and_a_dangling_link_nothing()
    {
        using var folder = new TempFolder();
        string target = TestCorpus.Ningbo2007;
        File.CreateSymbolicLink(folder["linked.txt"], target);
        File.CreateSymbolicLink(folder["gone.txt"], folder["no-such-target.txt"]);

        Assert.Equal(new FileInfo(target).Length, InputFiles.SizeOf(folder["linked.txt"]));
        Assert.Equal(new FileInfo(target).Length, InputFiles.SizeOf(target));
        Assert.Equal(0, InputFiles.SizeOf(folder["gone.txt"]));
        Assert.Equal(0, InputFiles.SizeOf(folder["never-there.txt"]));
    }
}
