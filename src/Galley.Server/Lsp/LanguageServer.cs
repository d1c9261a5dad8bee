using System.Text.Json;
using Galley.Checking;
using Galley.Diagnostics;

namespace Galley.Server.Lsp;

/// <summary>Galley's language server: JSON-RPC 2.0 over LSP's framing, one message at a time on one thread.
/// Hand-written on System.Text.Json with a source-generated context rather than StreamJsonRpc: the server needs a
/// dozen methods, and StreamJsonRpc's reflection-based dispatch and serialization would cost a dependency, start-up
/// time and trimming/AOT compatibility for no gain. Checks run on the message thread: incremental re-checks take
/// milliseconds, and answering in order keeps diagnostics matched to the text the editor has.</summary>
internal sealed class LanguageServer(LspTransport transport, TextWriter log)
{
    public const string AddWordCommand = "galley.addToDictionary";
    public const string IgnoreRuleCommand = "galley.ignoreRule";

    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CheckOptions Options, string Stamp)> _optionsByFolder = new(StringComparer.Ordinal);
    private LspSettings _settings = new();
    private bool _initialized, _shuttingDown;

    /// <summary>Serves until the client sends exit or closes the stream; the exit code is 0 only after a shutdown request.</summary>
    public int Run()
    {
        // Messages are read on their own thread so that, while the writer types fast, the changes that have already
        // arrived are all applied before the document is checked and its diagnostics published once.
        using var incoming = new System.Collections.Concurrent.BlockingCollection<byte[]>();
        var reader = new Thread(() =>
        {
            try { while (transport.Read() is { } body) incoming.Add(body); }
            catch (Exception e) { log.WriteLine($"galley lsp: input closed ({e.GetType().Name}: {e.Message})."); }
            finally { incoming.CompleteAdding(); }
        }) { IsBackground = true, Name = "galley lsp reader" };
        reader.Start();
        foreach (var body in incoming.GetConsumingEnumerable())
        {
            try
            {
                if (Handle(body)) break;
                if (incoming.Count == 0) PublishPending();
            }
            catch (Exception e)
            {
                log.WriteLine($"galley lsp: internal error ({e.GetType().Name}: {e.Message}); the server goes on.");
            }
        }
        return _shuttingDown ? 0 : 1;
    }

    private readonly List<OpenDocument> _pending = new();

    /// <summary>Checks a changed document when no more messages are waiting, or before a request that reads its diagnostics.</summary>
    private void Schedule(OpenDocument document)
    {
        if (!_pending.Contains(document)) _pending.Add(document);
    }

    private void PublishPending()
    {
        foreach (var document in _pending.ToArray())
            if (_documents.TryGetValue(document.Uri, out var open) && ReferenceEquals(open, document)) Publish(document);
        _pending.Clear();
    }

    /// <summary>Handles one message; true when it was exit.</summary>
    private bool Handle(byte[] body)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(body); }
        catch (JsonException e)
        {
            log.WriteLine($"galley lsp: malformed JSON ignored ({e.Message}).");
            WriteError(default, ErrorCodes.ParseError, "Parse error: " + e.Message);
            return false;
        }
        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
                return false;   // a response to nothing we asked, or not a message at all
            string method = methodElement.GetString()!;
            bool isRequest = message.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.Number or JsonValueKind.String;
            var parameters = message.TryGetProperty("params", out var p) ? p : default;
            if (method == "exit") return true;
            if (!isRequest)
            {
                try { Notify(method, parameters); }
                catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
                { log.WriteLine($"galley lsp: bad parameters for {method} ignored ({e.Message})."); }
                return false;
            }
            if (_shuttingDown) { WriteError(id, ErrorCodes.InvalidRequest, "The server is shutting down."); return false; }
            if (!_initialized && method != "initialize") { WriteError(id, ErrorCodes.ServerNotInitialized, "Send initialize first."); return false; }
            PublishPending();
            try { Request(id, method, parameters); }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
            { WriteError(id, ErrorCodes.InvalidParams, $"Bad parameters for {method}: {e.Message}"); }
            return false;
        }
    }

    private void Request(JsonElement id, string method, JsonElement parameters)
    {
        switch (method)
        {
            case "initialize":
                var init = parameters.Deserialize(LspJson.Default.InitializeParams);
                if (init?.InitializationOptions is { } initOptions) _settings = LspSettings.From(initOptions, log);
                _initialized = true;
                WriteResult(id, w => JsonSerializer.Serialize(w, new InitializeResult(
                    new ServerCapabilities(new TextDocumentSyncOptions(OpenClose: true, Change: 2), new CodeActionOptions(["quickfix"]),
                        new ExecuteCommandOptions([AddWordCommand, IgnoreRuleCommand])),
                    new ServerInfo("galley", typeof(LanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0")), LspJson.Default.InitializeResult));
                break;
            case "shutdown":
                _shuttingDown = true;
                WriteResult(id, w => w.WriteNullValue());
                break;
            case "textDocument/codeAction":
                var actionParams = parameters.Deserialize(LspJson.Default.CodeActionParams)!;
                var actions = _documents.TryGetValue(actionParams.TextDocument.Uri, out var doc)
                    ? CodeActions.For(doc, actionParams.Range, _settings) : [];
                WriteResult(id, w => JsonSerializer.Serialize(w, actions, LspJson.Default.CodeActionArray));
                break;
            case "workspace/executeCommand":
                var command = parameters.Deserialize(LspJson.Default.ExecuteCommandParams)!;
                if (!Execute(command, out var error)) WriteError(id, ErrorCodes.InvalidParams, error);
                else WriteResult(id, w => w.WriteNullValue());
                break;
            default:
                WriteError(id, ErrorCodes.MethodNotFound, $"Galley does not handle {method}.");
                break;
        }
    }

    private void Notify(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "textDocument/didOpen":
                var item = parameters.Deserialize(LspJson.Default.DidOpenTextDocumentParams)!.TextDocument;
                var opened = new OpenDocument(item.Uri, item.LanguageId, item.Version, item.Text);
                _documents[item.Uri] = opened;
                Publish(opened);
                break;
            case "textDocument/didChange":
                var change = parameters.Deserialize(LspJson.Default.DidChangeTextDocumentParams)!;
                if (!_documents.TryGetValue(change.TextDocument.Uri, out var changed)) { log.WriteLine($"galley lsp: change to a document that is not open ({change.TextDocument.Uri})."); return; }
                foreach (var c in change.ContentChanges) changed.Apply(c);
                changed.SetVersion(change.TextDocument.Version);
                Schedule(changed);
                break;
            case "textDocument/didClose":
                var closed = parameters.Deserialize(LspJson.Default.DidCloseTextDocumentParams)!.TextDocument.Uri;
                if (_documents.Remove(closed)) WriteNotification("textDocument/publishDiagnostics",
                    w => JsonSerializer.Serialize(w, new PublishDiagnosticsParams(closed, null, []), LspJson.Default.PublishDiagnosticsParams));
                break;
            case "workspace/didChangeConfiguration":
                var configuration = parameters.Deserialize(LspJson.Default.DidChangeConfigurationParams)!;
                _settings = LspSettings.From(configuration.Settings, log);
                _optionsByFolder.Clear();
                foreach (var d in _documents.Values) Publish(d);
                break;
            // initialized, $/cancelRequest, $/setTrace, didSave and the rest need nothing from Galley.
        }
    }

    private bool Execute(ExecuteCommandParams command, out string error)
    {
        error = "";
        var args = command.Arguments ?? [];
        string? Arg(int i) => i < args.Length && args[i].ValueKind == JsonValueKind.String ? args[i].GetString() : null;
        if (Arg(0) is not { } uri || !_documents.TryGetValue(uri, out var doc)) { error = "The first argument must be the URI of an open document."; return false; }
        switch (command.Command)
        {
            case AddWordCommand when Arg(1) is { Length: > 0 } word && doc.FilePath is { } path:
                var folder = Path.GetDirectoryName(path)!;
                PersonalDictionary.Add(folder, [word]);
                _optionsByFolder.Clear();
                foreach (var d in _documents.Values)
                    if (d.FilePath is { } p && p.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) Publish(d);
                return true;
            case IgnoreRuleCommand when Arg(1) is { Length: > 0 } rule:
                doc.IgnoredRules.Add(rule);
                Publish(doc);
                return true;
            default:
                error = $"Unknown command or arguments: {command.Command}.";
                return false;
        }
    }

    /// <summary>Options for a document: the project's settings file and the editor's settings, plus the personal words of its
    /// folder (read once per folder until they or the settings file change).</summary>
    private CheckOptions OptionsFor(OpenDocument document)
    {
        var folder = document.FilePath is { } path ? Path.GetDirectoryName(path) ?? "" : "";
        // The project's settings file is looked at each time (a few file stamps), so editing it takes effect at once.
        var stamp = folder.Length > 0 ? ProjectSettings.StampFor(Path.Combine(folder, "manuscript")) : "";
        if (_optionsByFolder.TryGetValue(folder, out var cached) && cached.Stamp == stamp) return cached.Options;
        var words = folder.Length > 0 ? PersonalDictionary.For(Path.Combine(folder, "manuscript")) : new HashSet<string>();
        var project = ProjectSettings.None;
        try { if (folder.Length > 0) project = ProjectSettings.For(Path.Combine(folder, "manuscript")); }
        catch (Galley.Source.InputException e) { log.WriteLine($"galley lsp: {e.Message} The file's settings are ignored until it is fixed."); }
        var options = _settings.ToOptions(words, project);
        _optionsByFolder[folder] = (options, stamp);
        return options;
    }

    private void Publish(OpenDocument document)
    {
        _pending.Remove(document);
        IReadOnlyList<PlacedDiagnostic> diagnostics;
        try { diagnostics = document.Check(OptionsFor(document)); }
        catch (Galley.Source.InputException e)
        {
            log.WriteLine($"galley lsp: {document.Uri} cannot be read ({e.Message}).");
            diagnostics = [];
        }
        var lsp = diagnostics.Select(d => ToLsp(document, d, _settings)).ToArray();
        WriteNotification("textDocument/publishDiagnostics",
            w => JsonSerializer.Serialize(w, new PublishDiagnosticsParams(document.Uri, document.Version, lsp), LspJson.Default.PublishDiagnosticsParams));
    }

    public static LspDiagnostic ToLsp(OpenDocument document, PlacedDiagnostic placed, LspSettings settings) => new(
        document.RangeOf(placed.Start, placed.End),
        placed.Diagnostic.Severity switch { Severity.Error => DiagnosticSeverity.Error, Severity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Information },
        placed.Diagnostic.RuleId,
        new CodeDescription(RuleDocs.Href(placed.Diagnostic.RuleId, settings.DocsBaseUrl)),
        "galley",
        placed.Diagnostic.Message);

    private void WriteResult(JsonElement id, Action<Utf8JsonWriter> result) => Write(w =>
    {
        w.WritePropertyName("id");
        id.WriteTo(w);
        w.WritePropertyName("result");
        result(w);
    });

    private void WriteError(JsonElement id, int code, string message) => Write(w =>
    {
        w.WritePropertyName("id");
        if (id.ValueKind is JsonValueKind.Number or JsonValueKind.String) id.WriteTo(w);
        else w.WriteNullValue();
        w.WriteStartObject("error");
        w.WriteNumber("code", code);
        w.WriteString("message", message);
        w.WriteEndObject();
    });

    private void WriteNotification(string method, Action<Utf8JsonWriter> parameters) => Write(w =>
    {
        w.WriteString("method", method);
        w.WritePropertyName("params");
        parameters(w);
    });

    private void Write(Action<Utf8JsonWriter> members)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("jsonrpc", "2.0");
            members(w);
            w.WriteEndObject();
        }
        transport.Write(buffer.WrittenSpan);
    }
}
