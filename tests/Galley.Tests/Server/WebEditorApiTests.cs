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
        await using var host = await WebEditorHost.StartAsync(new Galley.Server.Web.ProjectDefaults(settings, new HashSet<string> { "Tobiah" }));
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
