using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Galley.Tests.Server;

/// <summary>The web editor's JSON API: the same JSON as `galley check --format json`, clear errors for bad requests.</summary>
public sealed class WebEditorApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Draft = "Tobiah crossed the bridge. He said it with such athority that I believed him.\n\nI was gonna stay.\n";

    [Fact]
    public async Task Check_answers_with_the_same_json_as_the_command_line()
    {
        await using var host = await WebEditorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.Address), Timeout = TimeSpan.FromSeconds(60) };
        var body = new JsonObject { ["text"] = Draft, ["file"] = "<stdin>" }.ToJsonString();
        var response = await http.PostAsync("/api/check", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct));
        var cli = JsonNode.Parse(CliRunner.Pipe(Draft, "check", "-", "--format", "json").Out);
        Assert.True(JsonNode.DeepEquals(cli, api), $"API:\n{api}\nCLI:\n{cli}");
        Assert.Contains(api!["diagnostics"]!.AsArray(), d => (string?)d!["text"] == "athority");

        var plain = await http.PostAsync("/api/check", new StringContent(Draft, Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(api["diagnostics"]!.AsArray().Count, JsonNode.Parse(await plain.Content.ReadAsStringAsync(Ct))!["diagnostics"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_project_settings_are_the_base_each_request_overrides()
    {
        var settings = Galley.Checking.ProjectSettings.Parse("{ \"disable\": [\"spelling\"] }", "settings.json");
        await using var host = await WebEditorHost.StartAsync(project: new Galley.Server.Web.ProjectDefaults(settings));
        using var http = new HttpClient { BaseAddress = new Uri(host.Address), Timeout = TimeSpan.FromSeconds(60) };
        async Task<(HttpStatusCode, string)> Check(JsonObject body)
        {
            var response = await http.PostAsync("/api/check", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        }

        var (status, answer) = await Check(new JsonObject { ["text"] = Draft });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("athority", answer);
        (_, answer) = await Check(new JsonObject { ["text"] = Draft, ["enable"] = new JsonArray("GL0001") });
        Assert.Contains("\"athority\"", answer);
        (status, answer) = await Check(new JsonObject { ["text"] = Draft, ["disable"] = new JsonArray("GL00001") });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("did you mean GL0001?", answer);
    }

    [Fact]
    public async Task Report_answers_with_the_same_json_as_the_command_line()
    {
        await using var host = await WebEditorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.Address), Timeout = TimeSpan.FromSeconds(60) };
        var body = new JsonObject { ["text"] = Draft, ["file"] = "<stdin>" }.ToJsonString();
        var response = await http.PostAsync("/api/report", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct));
        var cli = JsonNode.Parse(CliRunner.Pipe(Draft, "report", "-", "--format", "json").Out);
        Assert.True(JsonNode.DeepEquals(cli, api), $"API:\n{api}\nCLI:\n{cli}");
        Assert.True((int)api!["words"]! > 10);
    }

    [Fact]
    public async Task Fix_applies_the_chosen_suggestion_with_the_fix_engine()
    {
        await using var host = await WebEditorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.Address), Timeout = TimeSpan.FromSeconds(60) };
        int start = Draft.IndexOf("athority", StringComparison.Ordinal);
        var body = new JsonObject { ["text"] = Draft, ["rule"] = "GL0001", ["start"] = start, ["end"] = start + 8, ["suggestion"] = "authority" };
        var response = await http.PostAsync("/api/fix", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Draft.Replace("athority", "authority"), (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["text"]);

        body["start"] = 0;
        var stale = await http.PostAsync("/api/fix", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Markdown_is_checked_and_fixed_through_its_reader_with_the_markup_kept()
    {
        await using var host = await WebEditorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.Address), Timeout = TimeSpan.FromSeconds(60) };
        const string markdown = "# Harbor\n\nShe *really* wanted the [boat](boat.png). It had *athority* over the tide.\n";
        var check = await Post(http, "/api/check", new JsonObject { ["text"] = markdown, ["file"] = "harbor.md" });
        var finding = Assert.Single(check["diagnostics"]!.AsArray());
        Assert.Equal("GL0001", (string?)finding!["rule"]);
        // Offsets into the text sent, for the page to underline: the word only, not the emphasis marks around it.
        int offset = (int)finding["location"]!["offset"]!, endOffset = (int)finding["location"]!["endOffset"]!;
        Assert.Equal("athority", markdown[offset..endOffset]);

        var fixedText = await Post(http, "/api/fix", new JsonObject
        {
            ["text"] = markdown, ["file"] = "harbor.md", ["rule"] = "GL0001",
            ["start"] = (int)finding["start"]!, ["end"] = (int)finding["end"]!, ["suggestion"] = "authority",
        });
        Assert.Equal(markdown.Replace("*athority*", "*authority*"), (string?)fixedText["text"]);
    }

    [Fact]
    public async Task Opening_a_package_answers_with_the_prose_its_reader_finds()
    {
        await using var host = await WebEditorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.Address), Timeout = TimeSpan.FromSeconds(60) };
        var docx = Galley.Tests.Formats.FormatFixtures.Docx([new("The ferry "), new("left", Bold: true), new(" at noon.")], [new("Nobody waved.")]);
        var opened = await http.PostAsync("/api/open?name=ferry.docx", new ByteArrayContent(docx), Ct);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var answer = JsonNode.Parse(await opened.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("docx", (string?)answer["format"]);
        Assert.Equal("The ferry left at noon.\n\nNobody waved.", ((string?)answer["text"])!.TrimEnd());

        var html = await http.PostAsync("/api/open?name=ferry.html", new StringContent("<p>The ferry &amp; the <em>tug</em>.</p>"), Ct);
        Assert.Equal("The ferry & the tug.", ((string?)JsonNode.Parse(await html.Content.ReadAsStringAsync(Ct))!["text"])!.TrimEnd());

        var broken = await http.PostAsync("/api/open?name=broken.docx", new ByteArrayContent(Encoding.UTF8.GetBytes("not a zip")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("broken.docx", (string?)JsonNode.Parse(await broken.Content.ReadAsStringAsync(Ct))!["error"]);
        var unnamed = await http.PostAsync("/api/open", new ByteArrayContent(docx), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
    }

    [Fact]
    public async Task Adding_a_word_writes_the_folder_dictionary_and_later_checks_accept_it()
    {
        var folder = Directory.CreateTempSubdirectory("galley-web-words-").FullName;
        await using var host = await WebEditorHost.StartAsync(folder);
        using var http = new HttpClient { BaseAddress = new Uri(host.Address), Timeout = TimeSpan.FromSeconds(60) };
        const string text = "She rowed out past the quorbel at dawn.\n";
        var before = await Post(http, "/api/check", new JsonObject { ["text"] = text });
        Assert.Contains(before["diagnostics"]!.AsArray(), d => (string?)d!["text"] == "quorbel");

        var added = await Post(http, "/api/words", new JsonObject { ["word"] = "quorbel" });
        Assert.True((bool)added["added"]!);
        Assert.Equal(Path.Combine(folder, ".galley", "words.txt"), (string?)added["file"]);
        Assert.Contains("quorbel", File.ReadAllLines(Path.Combine(folder, ".galley", "words.txt")));
        // The list `galley words list` shows for that folder is the one the editor wrote.
        Assert.Contains("quorbel", CliRunner.Run("words", "list", "--dir", folder).Out.Split('\n'));
        var after = await Post(http, "/api/check", new JsonObject { ["text"] = text });
        Assert.DoesNotContain(after["diagnostics"]!.AsArray(), d => (string?)d!["text"] == "quorbel");

        foreach (var bad in new[] { "two words", "line\nbreak", "# comment", "" })
        {
            var refused = await http.PostAsync("/api/words", new StringContent(new JsonObject { ["word"] = bad }.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        // A plain form post, which any page could send without asking, is refused.
        var form = await http.PostAsync("/api/words", new StringContent("{\"word\": \"Zed\"}", Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.DoesNotContain("Zed", File.ReadAllLines(Path.Combine(folder, ".galley", "words.txt")));
    }

    private static async Task<JsonNode> Post(HttpClient http, string path, JsonObject body)
    {
        var response = await http.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public async Task Bad_requests_get_clear_errors()
    {
        await using var host = await WebEditorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.Address), Timeout = TimeSpan.FromSeconds(60) };

        // As curl does for large bodies, ask before sending: the server answers 413 from the Content-Length alone.
        http.DefaultRequestHeaders.ExpectContinue = true;
        var huge = await http.PostAsync("/api/check", new ByteArrayContent(new byte[Galley.Server.Web.WebEditor.MaxRequestBytes + 1]), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("larger than", (string?)JsonNode.Parse(await huge.Content.ReadAsStringAsync(Ct))!["error"]);

        var notJson = await http.PostAsync("/api/check", new StringContent("{\"text\": ", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("not valid JSON", await notJson.Content.ReadAsStringAsync(Ct));

        var badDialect = await http.PostAsync("/api/check", new StringContent("{\"text\": \"x\", \"dialect\": \"fr\"}", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badDialect.StatusCode);


        var rebound = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = new StringContent(Draft) };
        rebound.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(rebound, Ct)).StatusCode);

        var page = await http.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/etc/passwd", Ct)).StatusCode);
    }
}
