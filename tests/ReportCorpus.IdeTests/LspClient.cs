using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportCorpus.IdeTests;

/// <summary>
/// A minimal LSP client: JSON-RPC 2.0 over a server's standard input and output, framed by Content-Length headers.
/// It answers the server's own requests (workspace/configuration with <see cref="Settings"/>, anything else with null),
/// keeps the server's log messages, and signals the end of the workspace load ($/progress "end").
/// Every request has a timeout, so a server that stops answering fails a test instead of hanging it.
/// </summary>
public sealed class LspClient : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly StringBuilder _errorOutput = new();
    private readonly TaskCompletionSource<string> _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reader;
    private int _nextId;
    private string? _loadToken;

    private LspClient(Process process, JsonObject settings)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        Settings = settings;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_errorOutput)
                {
                    _errorOutput.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        _reader = Task.Run(() => ReadLoop(process.StandardOutput.BaseStream));
    }

    /// <summary>The server's "csharp" configuration section, sent when it asks.</summary>
    public JsonObject Settings { get; }

    /// <summary>The server's window/logMessage texts, in order.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>Completes with the message of the first $/progress "end" (the workspace folder's load).</summary>
    public Task<string> WorkspaceLoaded => _loaded.Task;

    public bool HasExited => _process.HasExited;

    public string ErrorOutput
    {
        get
        {
            lock (_errorOutput)
            {
                return _errorOutput.ToString();
            }
        }
    }

    /// <summary>Starts the server, with its standard input redirected too.</summary>
    public static LspClient Start(ProcessStartInfo start, JsonObject settings)
    {
        start.RedirectStandardInput = true;
        return new LspClient(Process.Start(start)!, settings);
    }

    public async Task<JsonElement> Request(string method, object? parameters, TimeSpan timeout)
    {
        int id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = ToNode(parameters) });
        Task done = await Task.WhenAny(answer.Task, Task.Delay(timeout));
        _pending.TryRemove(id, out _);
        if (done != answer.Task)
        {
            throw new TimeoutException($"{method}: no answer from the language server in {timeout.TotalSeconds:0} s"
                + (HasExited ? " (it exited)\n" + ErrorOutput : ""));
        }

        return await answer.Task;
    }

    public Task Notify(string method, object? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = ToNode(parameters) });

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Request("shutdown", null, TimeSpan.FromSeconds(5)).Wait(TimeSpan.FromSeconds(6));
                Notify("exit", null).Wait(TimeSpan.FromSeconds(1));
                _process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is AggregateException or TimeoutException or IOException or InvalidOperationException)
        {
            // The server is killed below.
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value),
    };

    private async Task Send(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoop(Stream output)
    {
        try
        {
            while (await ReadMessage(output) is { } message)
            {
                Received.Enqueue(message.RootElement.GetRawText().Length > 200 ? message.RootElement.GetRawText().Substring(0, 200) : message.RootElement.GetRawText());
                await Dispatch(message.RootElement.Clone());
            }
        }
        catch (Exception e)
        {
            // The server went away, or sent what this client cannot read: pending requests fail with the reason.
            lock (_errorOutput)
            {
                _errorOutput.AppendLine("client: " + e);
            }
        }

        foreach (TaskCompletionSource<JsonElement> pending in _pending.Values)
        {
            pending.TrySetException(new IOException("the language server closed its output\n" + ErrorOutput));
        }

        _loaded.TrySetException(new IOException("the language server closed its output before loading the workspace\n" + ErrorOutput));
    }

    private static async Task<JsonDocument?> ReadMessage(Stream output)
    {
        int length = -1;
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] != '\n')
            {
                line.Append((char)one[0]);
                continue;
            }

            string text = line.ToString().TrimEnd('\r');
            line.Clear();
            if (text.Length == 0)
            {
                break;
            }

            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await output.ReadExactlyAsync(body);
        return JsonDocument.Parse(body);
    }

    private async Task Dispatch(JsonElement message)
    {
        bool hasId = message.TryGetProperty("id", out JsonElement id);
        if (message.TryGetProperty("method", out JsonElement methodElement))
        {
            string method = methodElement.GetString()!;
            JsonElement parameters = message.TryGetProperty("params", out JsonElement p) ? p : default;
            if (hasId)
            {
                await Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = Answer(method, parameters) });
            }
            else if (method == "window/logMessage")
            {
                Log.Enqueue(parameters.GetProperty("message").GetString() ?? "");
            }
            else if (method == "$/progress")
            {
                Progress(parameters);
            }

            return;
        }

        if (hasId && _pending.TryGetValue(id.GetInt32(), out TaskCompletionSource<JsonElement>? answer))
        {
            if (message.TryGetProperty("error", out JsonElement error))
            {
                answer.TrySetException(new InvalidOperationException("language server error: " + error.GetRawText()));
            }
            else
            {
                answer.TrySetResult(message.TryGetProperty("result", out JsonElement result) ? result : default);
            }
        }
    }

    // The workspace load is the progress whose title starts "Loading workspace"; its end completes WorkspaceLoaded.
    private void Progress(JsonElement parameters)
    {
        string token = parameters.GetProperty("token").ToString();
        JsonElement value = parameters.GetProperty("value");
        string kind = value.TryGetProperty("kind", out JsonElement k) ? k.GetString() ?? "" : "";
        if (kind == "begin" && value.TryGetProperty("title", out JsonElement title) && title.GetString()?.StartsWith("Loading workspace", StringComparison.Ordinal) == true)
        {
            _loadToken = token;
        }
        else if (kind == "end" && token == _loadToken)
        {
            _loaded.TrySetResult(value.TryGetProperty("message", out JsonElement m) ? m.GetString() ?? "" : "");
        }
    }

    // workspace/configuration: the settings for each "csharp" item; everything else the server asks (progress tokens,
    // capability registrations) is acknowledged with null.
    private JsonNode? Answer(string method, JsonElement parameters)
    {
        if (method != "workspace/configuration")
        {
            return null;
        }

        var items = new JsonArray();
        foreach (JsonElement item in parameters.GetProperty("items").EnumerateArray())
        {
            bool csharp = item.TryGetProperty("section", out JsonElement section) && section.GetString() == "csharp";
            items.Add(csharp ? Settings.DeepClone() : null);
        }

        return items;
    }
}
