using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Galley.Tests.Server;

/// <summary>A small LSP client for tests: starts the real `galley lsp` process, frames JSON-RPC messages with
/// Content-Length headers, and waits for answers and notifications with time limits that fail with a clear message.</summary>
internal sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<JsonObject> _incoming = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _unclaimed = new();
    private readonly StringBuilder _stderr = new();
    private int _nextId;

    private LspClient(Process process)
    {
        _process = process;
        _ = Task.Run(ReadLoop);
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.BeginErrorReadLine();
    }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    public static LspClient Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(GalleyDll);
        start.ArgumentList.Add("lsp");
        return new LspClient(Process.Start(start) ?? throw new InvalidOperationException("Could not start galley lsp."));
    }

    /// <summary>galley.dll with its runtimeconfig: beside the tests when the build copied it there, else in the CLI's own output.</summary>
    public static string GalleyDll
    {
        get
        {
            var here = Path.Combine(AppContext.BaseDirectory, "galley.dll");
            if (File.Exists(Path.ChangeExtension(here, ".runtimeconfig.json"))) return here;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;   // Debug or Release
            return Path.Combine(RepositoryPaths.Root, "src", "Galley.Cli", "bin", configuration, "net10.0", "galley.dll");
        }
    }

    public void Notify(string method, JsonNode? parameters) => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async Task<JsonObject> Request(string method, JsonNode? parameters, int seconds = 20)
    {
        int id = ++_nextId;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await Next(m => m["id"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number && (int)v == id && m["method"] is null,
            $"the answer to {method} (id {id})", seconds);
    }

    /// <summary>The next notification of this method that satisfies the condition; earlier non-matching ones stay unclaimed.</summary>
    public Task<JsonObject> Notification(string method, Func<JsonObject, bool>? condition, string what, int seconds = 20) =>
        Next(m => (string?)m["method"] == method && (condition is null || condition((JsonObject)m["params"]!)), what, seconds);

    /// <summary>Sends raw bytes as one framed message (for malformed-input tests).</summary>
    public void SendRaw(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var stdin = _process.StandardInput.BaseStream;
        stdin.Write(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
        stdin.Write(bytes);
        stdin.Flush();
    }

    public async Task<int> WaitForExit(int seconds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"galley lsp did not exit within {seconds} s. Its stderr:\n{Stderr}"); }
        return _process.ExitCode;
    }

    private void Send(JsonObject message) => SendRaw(message.ToJsonString());

    public Task<JsonObject> Receive(Func<JsonObject, bool> matches, string what, int seconds = 20) => Next(matches, what, seconds);

    private async Task<JsonObject> Next(Func<JsonObject, bool> matches, string what, int seconds)
    {
        var found = _unclaimed.FirstOrDefault(matches);
        if (found is not null) { _unclaimed.Remove(found); return found; }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            while (true)
            {
                var message = await _incoming.Reader.ReadAsync(timeout.Token);
                if (matches(message)) return message;
                _unclaimed.Add(message);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Waited {seconds} s for {what}; got {_unclaimed.Count} other messages:\n" +
                string.Join("\n", _unclaimed.TakeLast(5).Select(m => Shorten(m.ToJsonString()))) + $"\nServer stderr:\n{Stderr}");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"galley lsp closed its output while waiting for {what}. Its stderr:\n{Stderr}");
        }
    }

    private static string Shorten(string s) => s.Length > 400 ? s[..400] + "…" : s;

    private async Task ReadLoop()
    {
        var stdout = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                int length = -1;
                string line;
                while ((line = await ReadLine(stdout)) != "")
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line["Content-Length:".Length..].Trim());
                }
                if (length < 0) throw new InvalidDataException("A message without Content-Length.");
                var body = new byte[length];
                await stdout.ReadExactlyAsync(body);
                _incoming.Writer.TryWrite((JsonObject)JsonNode.Parse(body)!);
            }
        }
        catch (EndOfStreamException) { }
        finally { _incoming.Writer.TryComplete(); }
    }

    private static async Task<string> ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0) throw new EndOfStreamException();
            if (one[0] == '\n') return line.ToString().TrimEnd('\r');
            line.Append((char)one[0]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { _process.Kill(); } catch (InvalidOperationException) { }
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
