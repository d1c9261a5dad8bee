using System.Text.Json;
using System.Text.Json.Serialization;

namespace Galley.Server.Lsp;

// The parts of the Language Server Protocol 3.17 Galley uses, as records serialized by a source-generated context
// (no reflection, so the server stays trimming- and AOT-friendly).

internal sealed record Position(int Line, int Character);

internal sealed record Range(Position Start, Position End);

internal sealed record CodeDescription(string Href);

internal sealed record LspDiagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range);

internal sealed record LspTextEdit(Range Range, string NewText);

internal sealed record WorkspaceEdit(Dictionary<string, LspTextEdit[]> Changes);

internal sealed record Command(string Title, [property: JsonPropertyName("command")] string Name, string[] Arguments);

internal sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics = null, bool? IsPreferred = null,
    WorkspaceEdit? Edit = null, Command? Command = null);

internal sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);

internal sealed record DidChangeConfigurationParams(JsonElement Settings);

internal sealed record InitializeParams(string? RootUri, JsonElement? InitializationOptions);

internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

internal sealed record CodeActionOptions(string[] CodeActionKinds);

internal sealed record ExecuteCommandOptions(string[] Commands);

internal sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, CodeActionOptions CodeActionProvider, ExecuteCommandOptions ExecuteCommandProvider);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record LogMessageParams(int Type, string Message);

internal static class DiagnosticSeverity
{
    public const int Error = 1, Warning = 2, Information = 3, Hint = 4;
}

internal static class ErrorCodes
{
    public const int ParseError = -32700, InvalidRequest = -32600, MethodNotFound = -32601, InvalidParams = -32602,
        InternalError = -32603, ServerNotInitialized = -32002;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(ExecuteCommandParams))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(LogMessageParams))]
internal sealed partial class LspJson : JsonSerializerContext;
