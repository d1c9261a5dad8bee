using System.Text;
using System.Text.Json.Nodes;

namespace Galley.Tests.Server;

/// <summary>Every front end reads a manuscript the same way: the same Markdown, plain text and HTML files give the
/// same findings, at the same places in the file, from `galley check --format json`, the language server and the
/// web editor's API.</summary>
public sealed class FrontEndParityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Fixtures = ["chapter.md", "chapter.txt", "chapter.html"];

    /// <summary>A finding as every front end can state it: rule, 1-based start and end in the file, message.</summary>
    private sealed record Finding(string Rule, int Line, int Column, int EndLine, int EndColumn, string Message);

    [Fact]
    public async Task Command_line_language_server_and_web_api_agree_on_every_fixture()
    {
        var folder = Directory.CreateTempSubdirectory("galley-parity-").FullName;
        await using var host = await WebEditorHost.StartAsync(folder);
        using var http = new HttpClient { BaseAddress = new Uri(host.Address), Timeout = TimeSpan.FromSeconds(60) };
        await using var lsp = LspClient.Start();
        await lsp.Request("initialize", new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() }, seconds: 60);
        lsp.Notify("initialized", new JsonObject());

        foreach (var (name, index) in Fixtures.Select((n, i) => (n, i)))
        {
            var path = Path.Combine(folder, name);
            File.Copy(Path.Combine(RepositoryPaths.Root, "tests", "Galley.Tests", "fixtures", "parity", name), path);
            var text = await File.ReadAllTextAsync(path, Ct);

            var cli = FromJson(JsonNode.Parse(CliRunner.Run("check", path, "--format", "json").Out)!);

            var body = new JsonObject { ["text"] = text, ["file"] = name }.ToJsonString();
            var response = await http.PostAsync("/api/check", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
            var web = FromJson(JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!);

            var uri = new Uri(path).AbsoluteUri;
            string language = Path.GetExtension(name) switch { ".md" => "markdown", ".html" => "html", _ => "plaintext" };
            lsp.Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = language, ["version"] = index + 1, ["text"] = text },
            });
            var published = await LanguageServerTests.Diagnostics(lsp, uri, index + 1);
            var server = published.Select(d => new Finding((string)d["code"]!,
                (int)d["range"]!["start"]!["line"]! + 1, (int)d["range"]!["start"]!["character"]! + 1,
                (int)d["range"]!["end"]!["line"]! + 1, (int)d["range"]!["end"]!["character"]! + 1, (string)d["message"]!)).ToList();

            Assert.Equal(cli, web);
            Assert.Equal(cli, server);
            // The planted mistakes are found, and each finding's range holds the flagged words in the file.
            foreach (var word in new[] { "recieved", "of", "the" })
                Assert.Contains(published, d => LanguageServerTests.Covers(d, text, word));
            Assert.Contains(cli, f => f.Rule == "GL0001");
            // The language server's fix changes the word where it stands in the file, whatever markup is around it.
            var actions = await LanguageServerTests.CodeActions(lsp, uri, text, "recieved");
            var edit = actions.First(a => ((string)a["title"]!).Contains("received"))["edit"]!["changes"]![uri]!.AsArray().Single()!;
            Assert.True(LanguageServerTests.Covers(edit, text, "recieved"), $"{name}: the fix replaces the misspelling");
        }
    }

    [Fact]
    public async Task Markdown_markup_gives_no_spacing_or_punctuation_findings_and_fixes_land_in_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("galley-parity-").FullName;
        var path = Path.Combine(folder, "scene.md");
        var text = "She *really* wanted to go, and the [map](map.png) showed the way. The `lamp` was lit.\n\n" +
                   "He brought the __old__ ledger (see [notes](notes.md#ledger)) and a recieved letter.\n";
        await File.WriteAllTextAsync(path, text, Ct);
        var uri = new Uri(path).AbsoluteUri;
        await using var lsp = LspClient.Start();
        await lsp.Request("initialize", new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() }, seconds: 60);
        lsp.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
        });
        var published = await LanguageServerTests.Diagnostics(lsp, uri, 1);
        // Blanking the markup with spaces, as the server once did, left runs of spaces and stray punctuation.
        Assert.DoesNotContain(published, d => (string?)d["code"] is "GL6003" or "GL1004" or "GL6103");
        var misspelling = Assert.Single(published, d => (string?)d["code"] == "GL0001");
        Assert.True(LanguageServerTests.Covers(misspelling, text, "recieved"));

        var actions = await LanguageServerTests.CodeActions(lsp, uri, text, "recieved");
        var fix = actions.First(a => ((string)a["title"]!).Contains("received"));
        var edit = fix["edit"]!["changes"]![uri]!.AsArray().Single()!;
        Assert.True(LanguageServerTests.Covers(edit, text, "recieved"));
        Assert.Equal("received", (string?)edit["newText"]);
        Assert.Empty(CliRunner.Run("check", path, "--format", "json", "--disable", "GL0001").Out.Split('\n').Where(l => l.Contains("\"rule\"")));
    }

    private static List<Finding> FromJson(JsonNode file) => file["diagnostics"]!.AsArray().Select(d => new Finding(
        (string)d!["rule"]!, (int)d["line"]!, (int)d["column"]!, (int)d["endLine"]!, (int)d["endColumn"]!, (string)d["message"]!)).ToList();
}
