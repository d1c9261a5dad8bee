using System.Text.Json.Nodes;

namespace Galley.Tests.Server;

/// <summary>Drives the real `galley lsp` process through an editing session, as an editor would.</summary>
public sealed class LanguageServerTests
{
    private const string Draft =
        "Maribeth walked to the harbor before dawn. She wimpered in the dark.\n" +
        "\n" +
        "The news was going to devestate him, and the snarkle was gone.\n" +
        "\n" +
        "I was gonna tell him everything.\n";

    [Fact]
    public async Task A_session_opens_edits_fixes_adds_a_word_configures_and_closes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "galley-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "chapter.txt");
        var uri = new Uri(path).AbsoluteUri;
        var text = Draft;
        await using var client = LspClient.Start();

        var init = await client.Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = new Uri(folder).AbsoluteUri, ["capabilities"] = new JsonObject() }, seconds: 60);
        Assert.Equal(2, (int)init["result"]!["capabilities"]!["textDocumentSync"]!["change"]!);
        client.Notify("initialized", new JsonObject());

        client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = text },
        });
        var published = await Diagnostics(client, uri, 1);
        var misspelling = published.Single(d => Covers(d, text, "wimpered"));
        Assert.Equal("GL0001", (string?)misspelling["code"]);
        Assert.Equal("galley", (string?)misspelling["source"]);
        Assert.Equal(1, (int)misspelling["severity"]!);
        Assert.EndsWith("GL0001.md", (string?)misspelling["codeDescription"]!["href"]);
        Assert.Contains(published, d => Covers(d, text, "devestate"));

        // An incremental edit: correct one word by hand, type a new mistake in another paragraph.
        text = Edit(client, uri, 2, text, "devestate", "devastate");
        text = Edit(client, uri, 3, text, "walked", "walkd");
        published = await Diagnostics(client, uri, 3);
        Assert.DoesNotContain(published, d => Covers(d, text, "devastate"));
        Assert.Contains(published, d => Covers(d, text, "walkd"));
        Assert.Contains(published, d => Covers(d, text, "wimpered"));

        // Code action: apply the first fix for "wimpered", as the editor would, and send the change.
        var actions = await CodeActions(client, uri, text, "wimpered");
        var fix = actions.First(a => ((string)a["title"]!).Contains("whimpered"));
        var edit = fix["edit"]!["changes"]![uri]!.AsArray().Single()!;
        text = ApplyEdit(client, uri, 4, text, edit);
        Assert.Contains("She whimpered in the dark.", text);
        published = await Diagnostics(client, uri, 4);
        Assert.DoesNotContain(published, d => (string?)d["code"] == "GL0001" && Covers(d, text, "whimpered"));

        // Add a word to the dictionary: the server writes .galley/words.txt beside the document and checks again.
        actions = await CodeActions(client, uri, text, "snarkle");
        var add = actions.First(a => ((string)a["title"]!).StartsWith("Add \u201csnarkle\u201d"));
        var command = add["command"]!;
        var executed = await client.Request("workspace/executeCommand", new JsonObject { ["command"] = (string)command["command"]!, ["arguments"] = command["arguments"]!.DeepClone() });
        Assert.Null(executed["error"]);
        Assert.Contains("snarkle", File.ReadAllLines(Path.Combine(folder, ".galley", "words.txt")));
        published = await Diagnostics(client, uri, 4, d => !d.Any(x => Covers(x, text, "snarkle")), "snarkle to be accepted");

        // Ignore a rule in this file.
        var informal = published.Single(d => Covers(d, text, "gonna"));
        actions = await CodeActions(client, uri, text, "gonna");
        var ignore = actions.First(a => ((string)a["title"]!).StartsWith("Ignore " + (string)informal["code"]!));
        await client.Request("workspace/executeCommand", new JsonObject { ["command"] = (string)ignore["command"]!["command"]!, ["arguments"] = ignore["command"]!["arguments"]!.DeepClone() });
        published = await Diagnostics(client, uri, 4, d => !d.Any(x => Covers(x, text, "gonna")), "the ignored rule to disappear");
        Assert.Contains(published, d => Covers(d, text, "walkd"));

        // Settings: only errors, then turn the misspelling rule off.
        client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["galley"] = new JsonObject { ["minSeverity"] = "error" } } });
        published = await Diagnostics(client, uri, 4, d => d.Count > 0 && d.All(x => (int)x["severity"]! == 1), "only errors");
        client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["galley"] = new JsonObject { ["disabledRules"] = new JsonArray("GL0001") } } });
        await Diagnostics(client, uri, 4, d => !d.Any(x => (string?)x["code"] == "GL0001"), "GL0001 turned off");

        // Robustness: an unknown request is answered with MethodNotFound, an unknown notification and malformed JSON are survived.
        var unknown = await client.Request("galley/noSuchMethod", new JsonObject());
        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);
        client.Notify("galley/noSuchNotification", new JsonObject());
        client.SendRaw("{\"jsonrpc\": \"2.0\", \"method\": ");
        var parseError = await client.Receive(m => m["error"]?["code"] is JsonNode code && (int)code == -32700, "a parse error answer");
        Assert.Null(parseError["id"]);
        var stillAlive = await client.Request("textDocument/codeAction", CodeActionParams(uri, text, "walkd"));
        Assert.NotNull(stillAlive["result"]);

        client.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        await Diagnostics(client, uri, null, d => d.Count == 0, "the diagnostics to be cleared on close");
        var shutdown = await client.Request("shutdown", null);
        Assert.True(shutdown.ContainsKey("result") && shutdown["result"] is null && shutdown["error"] is null);
        client.Notify("exit", null);
        Assert.Equal(0, await client.WaitForExit(20));
        Assert.Contains("malformed JSON", client.Stderr);
    }

    [Fact]
    public async Task Markdown_markup_is_not_checked_as_prose()
    {
        var uri = "untitled:notes.md";
        var text = "# Chapter One\n\nShe said it with *such* athority. See [the mapp](https://example.com/qzxv) and `snarkle`.\n";
        await using var client = LspClient.Start();
        await client.Request("initialize", new JsonObject { ["capabilities"] = new JsonObject() }, seconds: 60);
        client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 7, ["text"] = text },
        });
        var published = await Diagnostics(client, uri, 7);
        Assert.Contains(published, d => Covers(d, text, "athority"));
        Assert.Contains(published, d => Covers(d, text, "mapp"));
        Assert.DoesNotContain(published, d => Covers(d, text, "snarkle") || Covers(d, text, "qzxv"));
        await client.Request("shutdown", null);
        client.Notify("exit", null);
        Assert.Equal(0, await client.WaitForExit(20));
    }

    [Fact]
    public async Task The_project_settings_file_applies_and_the_editors_settings_override_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "galley-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, ".galley"));
        File.WriteAllText(Path.Combine(folder, ".galley", "settings.json"), """{ "disable": ["spelling"] }""");
        var uri = new Uri(Path.Combine(folder, "chapter.txt")).AbsoluteUri;
        await using var client = LspClient.Start();
        await client.Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = new Uri(folder).AbsoluteUri, ["capabilities"] = new JsonObject() }, seconds: 60);
        client.Notify("initialized", new JsonObject());
        client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = Draft },
        });
        var published = await Diagnostics(client, uri, 1);
        Assert.DoesNotContain(published, d => Covers(d, Draft, "wimpered"));

        client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["galley"] = new JsonObject { ["enabledRules"] = new JsonArray("GL0001") } } });
        await Diagnostics(client, uri, 1, d => d.Any(x => Covers(x, Draft, "wimpered")), "the editor's enabled rule to win over the file");
    }

    internal static async Task<List<JsonNode>> Diagnostics(LspClient client, string uri, int? version,
        Func<List<JsonNode>, bool>? condition = null, string? what = null)
    {
        var message = await client.Notification("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == uri && (version is null || (int?)p["version"] == version)
                 && (condition is null || condition(p["diagnostics"]!.AsArray().Select(d => d!).ToList())),
            what ?? $"diagnostics for version {version}", seconds: 60);
        return message["params"]!["diagnostics"]!.AsArray().Select(d => d!).ToList();
    }

    internal static async Task<List<JsonNode>> CodeActions(LspClient client, string uri, string text, string word)
    {
        var answer = await client.Request("textDocument/codeAction", CodeActionParams(uri, text, word));
        return answer["result"]!.AsArray().Select(a => a!).ToList();
    }

    private static JsonObject CodeActionParams(string uri, string text, string word) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["range"] = RangeOf(text, text.IndexOf(word, StringComparison.Ordinal), word.Length),
        ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
    };

    /// <summary>Replaces the first occurrence of a word and tells the server with a range change.</summary>
    private static string Edit(LspClient client, string uri, int version, string text, string word, string replacement)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{word}\" is not in the text");
        return ApplyEdit(client, uri, version, text, new JsonObject { ["range"] = RangeOf(text, at, word.Length), ["newText"] = replacement });
    }

    private static string ApplyEdit(LspClient client, string uri, int version, string text, JsonNode edit)
    {
        int start = OffsetOf(text, edit["range"]!["start"]!), end = OffsetOf(text, edit["range"]!["end"]!);
        var newText = (string)edit["newText"]!;
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = edit["range"]!.DeepClone(), ["text"] = newText }),
        });
        return text[..start] + newText + text[end..];
    }

    internal static bool Covers(JsonNode diagnostic, string text, string word)
    {
        int start = OffsetOf(text, diagnostic["range"]!["start"]!), end = OffsetOf(text, diagnostic["range"]!["end"]!);
        return text[start..end] == word;
    }

    private static JsonObject RangeOf(string text, int offset, int length) => new() { ["start"] = PositionOf(text, offset), ["end"] = PositionOf(text, offset + length) };

    private static JsonObject PositionOf(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset; i++) if (text[i] == '\n') { line++; lineStart = i + 1; }
        return new JsonObject { ["line"] = line, ["character"] = offset - lineStart };
    }

    private static int OffsetOf(string text, JsonNode position)
    {
        int line = (int)position["line"]!, offset = 0;
        for (int l = 0; l < line; l++) offset = text.IndexOf('\n', offset) + 1;
        return offset + (int)position["character"]!;
    }
}
