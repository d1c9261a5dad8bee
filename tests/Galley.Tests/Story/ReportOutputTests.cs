using System.Text.Json;
using Galley.Tests.Browser;

namespace Galley.Tests.Story;

public class ReportOutputTests
{
    private static string SamplePath => Path.Combine(RepositoryPaths.Root, "samples", "third-person.txt");

    [Fact]
    public void Json_report_has_the_documented_shape_and_offsets_point_at_the_text()
    {
        var (exit, output, error) = CliRunner.Run("report", SamplePath, "--format", "json");
        Assert.True(exit == 0, error);
        string text = File.ReadAllText(SamplePath);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("third", root.GetProperty("narrator").GetProperty("person").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("narrator").GetProperty("name").ValueKind);
        Assert.Equal("past", root.GetProperty("tense").GetString());
        var characters = root.GetProperty("characters").EnumerateArray().ToList();
        Assert.Contains(characters, c => c.GetProperty("name").GetString() == "Mara" && c.GetProperty("lines").GetInt32() > 0);
        foreach (var c in characters)
        {
            Assert.Equal(JsonValueKind.Array, c.GetProperty("aliases").ValueKind);
            Assert.True(c.GetProperty("mentions").GetInt32() >= 0);
        }
        var dialogue = root.GetProperty("dialogue").EnumerateArray().ToList();
        Assert.NotEmpty(dialogue);
        foreach (var d in dialogue)
        {
            int start = d.GetProperty("start").GetInt32(), end = d.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], d.GetProperty("text").GetString());
            Assert.True(text[start - 1] is '"' or '\u201C');
            Assert.True(d.GetProperty("speaker").ValueKind is JsonValueKind.String or JsonValueKind.Null);
            double confidence = d.GetProperty("confidence").GetDouble();
            Assert.InRange(confidence, 0, 1);
            if (d.GetProperty("attribution").GetString() == "tag") Assert.True(confidence > 0.8);
        }
        foreach (var t in root.GetProperty("tenseDrifts").EnumerateArray())
            Assert.Equal(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("style").ValueKind);
        Assert.True(root.GetProperty("style").GetProperty("fleschKincaidGrade").GetDouble() > 0);
        Assert.NotEmpty(root.GetProperty("arc").EnumerateArray());
    }

    [Fact]
    public void Terminal_report_is_plain_when_piped()
    {
        var (exit, output, _) = CliRunner.Run("report", SamplePath);
        Assert.Equal(0, exit);
        Assert.Contains("third person", output);
        Assert.Contains("Tobias", output);
        Assert.DoesNotContain("\u001b[", output);
    }

    [Fact]
    public void Html_report_marks_only_the_issues_the_check_options_choose()
    {
        var directory = Directory.CreateTempSubdirectory("galley-report-");
        var draft = Path.Combine(directory.FullName, "draft.txt");
        File.WriteAllText(draft, "Mara walked to the harbr. \"Stay.\" He said.\n");
        string Page(params string[] options)
        {
            var html = Path.Combine(directory.FullName, "report.html");
            var (exit, _, error) = CliRunner.Run(["report", draft, "--html", html, .. options]);
            Assert.True(exit == 0, error);
            return File.ReadAllText(html);
        }

        var all = Page();
        Assert.Contains("GL0001", all);
        var withoutSpelling = Page("--disable", "spelling");
        Assert.DoesNotContain("GL0001", withoutSpelling);
        Assert.Contains("GL2001", withoutSpelling);
        var (badExit, _, badError) = CliRunner.Run("report", draft, "--dialect", "fr");
        Assert.Equal(2, badExit);
        Assert.Contains("en-US or en-GB", badError);
        directory.Delete(recursive: true);
    }

    [Fact]
    public void Html_report_puts_each_speaker_badge_before_the_opening_quote_mark()
    {
        var directory = Directory.CreateTempSubdirectory("galley-report-");
        var draft = Path.Combine(directory.FullName, "draft.txt");
        File.WriteAllText(draft, "\"Stay here,\" Mara said.\n\n\u201cNo,\u201d Tobias said.\n");
        var html = Path.Combine(directory.FullName, "report.html");
        Assert.Equal(0, CliRunner.Run("report", draft, "--html", html).Exit);
        var page = File.ReadAllText(html);
        Assert.Matches("<span class=\"speaker\"[^>]*>[^<]+</span>&quot;<span class=\"line\"", page);
        Assert.Matches("<span class=\"speaker\"[^>]*>Tobias</span>\u201c<span class=\"line\"", page);
        directory.Delete(recursive: true);
    }

    [Fact]
    public void Html_report_marks_a_speaker_found_only_by_turn_taking_as_unsure()
    {
        var directory = Directory.CreateTempSubdirectory("galley-report-");
        var draft = Path.Combine(directory.FullName, "draft.txt");
        File.WriteAllText(draft, "\"Is it raining?\" asked Odile.\n\n\"Only a little,\" said Bram.\n\n\"Then we walk.\"\n");
        var html = Path.Combine(directory.FullName, "report.html");
        Assert.Equal(0, CliRunner.Run("report", draft, "--html", html).Exit);
        var page = File.ReadAllText(html);
        Assert.Matches("<span class=\"speaker\"[^>]*>Odile</span>", page);
        Assert.Matches("<span class=\"speaker\"[^>]*>Odile\\?</span>", page);
        Assert.Contains("(Alternation, confidence 0.65)", page);
        directory.Delete(recursive: true);
    }

        [Fact]
    public void Missing_file_is_a_clear_error()
    {
        var (exit, _, error) = CliRunner.Run("report", Path.Combine(Path.GetTempPath(), "no-such-galley-story.txt"));
        Assert.Equal(2, exit);
        Assert.Contains("no such file", error);
    }

    [Fact]
    public async Task Html_report_renders_its_charts_and_the_marked_manuscript_in_chromium()
    {
        if (!HeadlessChromium.IsAvailable) { Assert.Skip("Chromium is not installed (.ci/run installs it)."); return; }
        var html = Path.Combine(Path.GetTempPath(), "galley-tests", Guid.NewGuid().ToString("N") + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(html)!);
        var (exit, _, error) = CliRunner.Run("report", SamplePath, "--html", html);
        Assert.True(exit == 0, error);
        string page = File.ReadAllText(html);
        Assert.DoesNotContain("http://", page);
        Assert.DoesNotContain("https://", page);
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
            await tab.GotoAsync(new Uri(html).AbsoluteUri);
            foreach (var id in new[] { "dialogue-chart", "presence-chart", "arc-chart", "sentence-chart" })
            {
                Assert.True(await tab.IsVisibleAsync($"#{id} svg"), id + " is not visible");
                var box = await tab.Locator($"#{id} svg").BoundingBoxAsync();
                Assert.True(box is { Width: > 200, Height: > 40 }, id + " has no size");
            }
            Assert.True(await tab.Locator("#dialogue-chart rect").CountAsync() >= 3);
            Assert.True(await tab.Locator("#arc-chart polyline").CountAsync() == 2);
            Assert.True(await tab.IsVisibleAsync("#manuscript"));
            Assert.Equal(31, await tab.Locator("#manuscript .speaker").CountAsync());
            Assert.Contains("Tobias", await tab.Locator("#manuscript .speaker").First.InnerTextAsync());
            await tab.ScreenshotAsync(new() { Path = Path.Combine(HeadlessChromium.ArtifactsFolder, "story-report.png"), FullPage = true });

            // The shared sample, when present, is kept as a second screenshot (an artifact, never committed).
            var lana = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "samples", "lana-pov.txt") : null;
            if (lana is not null && File.Exists(lana))
            {
                var lanaHtml = Path.ChangeExtension(html, ".lana.html");
                Assert.Equal(0, CliRunner.Run("report", lana, "--html", lanaHtml).Exit);
                await tab.GotoAsync(new Uri(lanaHtml).AbsoluteUri);
                Assert.Equal(42, await tab.Locator("#manuscript .speaker").CountAsync());
                Assert.True(await tab.Locator("#manuscript .drift").CountAsync() > 0);
                await tab.ScreenshotAsync(new() { Path = Path.Combine(HeadlessChromium.ArtifactsFolder, "story-report-lana.png"), FullPage = true });
            }
        }
    }
}
