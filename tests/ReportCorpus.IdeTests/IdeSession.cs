using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportCorpus.IdeTests;

/// <summary>
/// An editor session, set up once for the tests: a copy of consumer-sample with what it references (generator/,
/// corpus/) and a solution of those two projects in a temporary folder, built once as after a clone, with a probe
/// file a user could have written; then csharp-ls, restored from the repository's tool manifest, opened on that
/// folder with its analyzers on and generated sources served as csharp:/ documents, until the workspace is loaded.
/// Where the tool cannot be restored or the server does not answer, <see cref="SkipReason"/> says why.
/// </summary>
public sealed class IdeSession : IDisposable
{
    /// <summary>The probe: one line a user types, with the places the tests ask about.</summary>
    public const string ProbeLine = "    internal static object Probe() => Reports.Ningbo2008.Targets.GrossRegionalProduct;";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_loadTimeout = TimeSpan.FromSeconds(180);

    private readonly LspClient? _server;

    public IdeSession()
    {
        Folder = Directory.CreateTempSubdirectory("reportcorpus-ide-").FullName;
        ProbePath = Path.Combine(Folder, "consumer-sample", "IdeProbe.cs");
        ProbeText = "namespace ConsumerSample;\n\ninternal static class IdeProbe\n{\n" + ProbeLine + "\n}\n";
        // The server first: where it cannot be restored, nothing else is worth doing.
        ExternalProcess.Result restore = Dotnet.Run(RepositoryRoot.Path, "tool", "restore");
        if (restore.ExitCode != 0)
        {
            SkipReason = "csharp-ls could not be restored from .config/dotnet-tools.json (dotnet tool restore): " + restore;
            return;
        }

        foreach (string part in new[] { "generator", "corpus", "consumer-sample" })
        {
            Copy(Path.Combine(RepositoryRoot.Path, part), Path.Combine(Folder, part));
        }

        // The repository's own solution names the test projects too; the editor here opens these two.
        File.WriteAllText(Path.Combine(Folder, "Ide.slnx"),
            "<Solution>\n  <Project Path=\"generator/ReportCorpus.csproj\" />\n  <Project Path=\"consumer-sample/ConsumerSample.csproj\" />\n</Solution>\n");
        File.WriteAllText(ProbePath, ProbeText);

        // Build once after cloning (docs/ide.md): the generator's assembly is what the server loads as an analyzer.
        var building = Stopwatch.StartNew();
        Build = Dotnet.Run(Folder, "build", Path.Combine(Folder, "consumer-sample"));
        TimeSpan buildTime = building.Elapsed;
        if (Build.ExitCode != 0)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var settings = new JsonObject { ["analyzersEnabled"] = true, ["useMetadataUris"] = true };
        var arguments = new List<string> { "tool", "run", "csharp-ls", "--", "--loglevel", "warning" };
        if (Environment.GetEnvironmentVariable("REPORTCORPUS_IDE_RPCLOG") is { Length: > 0 } rpcLog)
        {
            arguments.AddRange(new[] { "--rpclog", rpcLog });
        }

        // Run as the dotnet CLI is run by the other tests: without the test host's MSBuild variables.
        ProcessStartInfo start = Dotnet.StartInfo(RepositoryRoot.Path, arguments.ToArray());
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        _server = LspClient.Start(start, settings);
        try
        {
            Initialize().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
        {
            SkipReason = "csharp-ls did not start: " + e.Message + "\n" + _server.ErrorOutput;
            return;
        }

        // xunit does not dispose a fixture whose constructor throws: stop the server and remove the copy here then.
        try
        {
            Started = clock.Elapsed;
            // As in an editor, the server loads the workspace folder once a document of it is opened.
            _server.Notify("textDocument/didOpen", new
            {
                textDocument = new { uri = Uri(ProbePath), languageId = "csharp", version = 1, text = ProbeText },
            }).Wait();
            Task<string> loaded = _server.WorkspaceLoaded;
            if (!loaded.Wait(s_loadTimeout))
            {
                throw new TimeoutException($"csharp-ls did not load {Folder} in {s_loadTimeout.TotalSeconds:0} s:\n" + string.Join("\n", _server.Log) + "\n" + _server.ErrorOutput + "\nRECEIVED\n" + string.Join("\n", _server.Received));
            }

            WorkspaceLoad = clock.Elapsed;
            Timings.Record("build of the copy (dotnet build consumer-sample)", buildTime);
            Timings.Record("server start (initialize answered)", Started);
            Timings.Record("workspace load (from the server's start)", WorkspaceLoad);
            var first = Stopwatch.StartNew();
            FirstCompletion = Completion(After("Reports.")).GetAwaiter().GetResult();
            Timings.Record("first completion after Reports. (from the end of the load)", first.Elapsed);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The first completion after <c>Reports.</c>, asked once the workspace was loaded and the probe opened.</summary>
    public JsonElement FirstCompletion { get; }

    public string Folder { get; }

    public string ProbePath { get; }

    public string ProbeText { get; }

    /// <summary>The build of the copy; null where the tests are skipped before it.</summary>
    public ExternalProcess.Result? Build { get; }

    /// <summary>Why the tests cannot run here, or null.</summary>
    public string? SkipReason { get; }

    /// <summary>From the server's start to its answer to initialize.</summary>
    public TimeSpan Started { get; }

    /// <summary>From the server's start to the end of its workspace load.</summary>
    public TimeSpan WorkspaceLoad { get; }

    public LspClient Server => _server ?? throw new InvalidOperationException("no server: " + SkipReason);

    public string Corpus => Path.Combine(Folder, "corpus");

    /// <summary>The position just after <paramref name="prefix"/> in the probe line.</summary>
    public object After(string prefix) => new
    {
        textDocument = new { uri = Uri(ProbePath) },
        position = new { line = 4, character = ProbeLine.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length },
    };

    /// <summary>
    /// Completion at a position, asked again while it comes back empty (before the generator has run), as an editor
    /// asks again while the user types; at most 90 s.
    /// </summary>
    public async Task<JsonElement> Completion(object position)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            JsonElement completion = await Request("textDocument/completion", position);
            if (CompletionItems(completion).Any() || clock.Elapsed > TimeSpan.FromSeconds(90))
            {
                return completion;
            }

            await Task.Delay(250);
        }
    }

    public static IEnumerable<JsonElement> CompletionItems(JsonElement completion) => completion.ValueKind switch
    {
        JsonValueKind.Array => completion.EnumerateArray(),
        JsonValueKind.Object => completion.GetProperty("items").EnumerateArray(),
        _ => Enumerable.Empty<JsonElement>(),
    };

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    public static string PathOf(string uri) => new Uri(uri).LocalPath;

    public Task<JsonElement> Request(string method, object parameters, int seconds = 60) => Server.Request(method, parameters, TimeSpan.FromSeconds(seconds));

    public void Dispose()
    {
        _server?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A build node may still hold a file; the temporary folder is the system's to clean then.
        }
    }

    private async Task Initialize()
    {
        string root = Uri(Folder);
        await Server.Request("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = root,
            workspaceFolders = new[] { new { uri = root, name = "consumer" } },
            capabilities = new
            {
                workspace = new { configuration = true, workspaceFolders = true, diagnostics = new { refreshSupport = false } },
                textDocument = new
                {
                    completion = new { completionItem = new { documentationFormat = new[] { "plaintext", "markdown" } } },
                    hover = new { contentFormat = new[] { "plaintext", "markdown" } },
                    diagnostic = new { },
                },
                window = new { workDoneProgress = true },
            },
        }, s_startTimeout);
        await Server.Notify("initialized", new { });
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string dir in Directory.EnumerateDirectories(from))
        {
            string name = Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
            {
                Copy(dir, Path.Combine(to, name));
            }
        }
    }
}
