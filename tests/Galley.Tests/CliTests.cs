using System.Text.Json;

namespace Galley.Tests;

public class CliTests
{
    [Fact]
    public void Clean_text_exits_zero()
    {
        var (exit, output, _) = CliRunner.Pipe("She closed the door and sat down.", "check", "-");
        Assert.Equal(0, exit);
        Assert.Contains("No problems found", output);
    }

    [Fact]
    public void Problems_exit_one_with_compiler_style_output()
    {
        var path = CliRunner.TempFile("draft.txt", "First line.\nThe news would devestate him.\n");
        var (exit, output, _) = CliRunner.Run("check", path);
        Assert.Equal(1, exit);
        Assert.Contains($"{path}:2:16: error[GL0001]", output);
        Assert.Contains("^^^^^^^^^ try \u201cdevastate\u201d", output);
        Assert.Contains("1 error", output);
    }

    [Fact]
    public void A_doubled_word_is_reported_once_with_its_fix_in_words()
    {
        var (exit, output, _) = CliRunner.Pipe("She found a a key in the the drawer.", "check", "-");
        Assert.Equal(1, exit);
        Assert.Contains("^ remove \u201ca\u201d", output);
        Assert.Contains("^^^ remove \u201cthe\u201d", output);
        Assert.DoesNotContain("\u201c\u201d", output);
        Assert.Contains("2 warnings", output);
    }

        [Fact]
    public void Json_output_has_offsets_positions_and_suggestions()
    {
        string text = "Caf\u00e9 \U0001F600.\r\nThe news would devestate him.";
        var (exit, output, _) = CliRunner.Pipe(text, "check", "-", "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("<stdin>", doc.RootElement.GetProperty("file").GetString());
        var d = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Single(x => x.GetProperty("text").GetString() == "devestate");
        Assert.Equal("GL0001", d.GetProperty("rule").GetString());
        Assert.Equal("spelling", d.GetProperty("category").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        int start = d.GetProperty("start").GetInt32();
        Assert.Equal(text.IndexOf("devestate", StringComparison.Ordinal), start);
        Assert.Equal(start + 9, d.GetProperty("end").GetInt32());
        Assert.Equal(2, d.GetProperty("line").GetInt32());
        Assert.Equal(16, d.GetProperty("column").GetInt32());
        Assert.Equal("devestate", d.GetProperty("text").GetString());
        Assert.Equal("devastate", d.GetProperty("suggestions")[0].GetString());
        // Plain text has its location too, as every format does.
        var location = d.GetProperty("location");
        Assert.Equal("text", location.GetProperty("kind").GetString());
        Assert.Equal(2, location.GetProperty("line").GetInt32());
        Assert.Equal(16, location.GetProperty("column").GetInt32());
        Assert.Equal(start, location.GetProperty("offset").GetInt32());
    }

    [Fact]
    public void Help_shows_placeholders_examples_and_exit_codes()
    {
        var (exit, output, _) = CliRunner.Run("check", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--enable <RULE>", output);
        Assert.Contains("--dialect <en-US|en-GB|auto>", output);
        Assert.DoesNotContain("<enable>", output);
        Assert.Contains("galley check manuscript/ --min-severity warning", output);
        Assert.Contains("1  warnings or errors found", output);
        Assert.Contains(".galley/settings.json", output);
        Assert.Contains("Exit codes:", CliRunner.Run("--help").Out);
        Assert.Contains("--rule <RULE>", CliRunner.Run("fix", "--help").Out);
    }

    [Fact]
    public void Hints_alone_exit_zero_and_warnings_or_errors_exit_one()
    {
        var hint = CliRunner.Pipe("He said said it.\n", "check", "-");
        Assert.Contains("info[GL6001]", hint.Out);
        Assert.Equal(0, hint.Exit);
        Assert.Equal(1, CliRunner.Pipe("He said said it. She beleived him.\n", "check", "-").Exit);
    }

    [Fact]
    public void Several_files_give_a_json_array()
    {
        var a = CliRunner.TempFile("a.txt", "All is well.");
        var b = CliRunner.TempFile("b.txt", "All is wel.");
        var (exit, output, _) = CliRunner.Run("check", a, b, "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Sarif_output_is_version_2_1_0_with_rules_and_results()
    {
        var (_, output, _) = CliRunner.Pipe("The news would devestate him.", "check", "-", "--format", "sarif");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("Galley", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var result = run.GetProperty("results")[0];
        Assert.Equal("GL0001", result.GetProperty("ruleId").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(16, region.GetProperty("startColumn").GetInt32());
    }

    [Theory]
    [InlineData("draft.md", "# One\n\nThe *news* would devestate him.\n")]
    [InlineData("draft.html", "<html><body><p>Tom &amp; <b>Ann</b>: the news would devestate him.</p></body></html>")]
    [InlineData("draft.txt", "The news would devestate him.\n")]
    public void Sarif_fixes_replace_regions_of_the_writers_own_file(string name, string content)
    {
        var path = CliRunner.TempFile(name, content);
        var (_, output, _) = CliRunner.Run("check", path, "--format", "sarif");
        using var doc = JsonDocument.Parse(output);
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "GL0001");
        var replacement = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        var deleted = replacement.GetProperty("deletedRegion");
        int offset = deleted.GetProperty("charOffset").GetInt32(), length = deleted.GetProperty("charLength").GetInt32();
        Assert.Equal("devestate", content.Substring(offset, length));
        Assert.Equal("devastate", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        var lines = content[..offset].Split('\n');
        Assert.Equal(lines.Length, deleted.GetProperty("startLine").GetInt32());
        Assert.Equal(lines[^1].Length + 1, deleted.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Sarif_offers_no_fix_where_the_file_holds_the_word_in_other_characters()
    {
        // "devest&#97;te" reads as "devestate", but no stretch of the file is those characters to replace.
        var path = CliRunner.TempFile("entity.html", "<html><body><p>The news would devest&#97;te him.</p></body></html>");
        var (_, output, _) = CliRunner.Run("check", path, "--format", "sarif");
        using var doc = JsonDocument.Parse(output);
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "GL0001");
        Assert.False(result.TryGetProperty("fixes", out _));
    }

    [Fact]
    public void Missing_file_is_an_input_error()
    {
        var (exit, _, error) = CliRunner.Run("check", "/nonexistent/draft.txt");
        Assert.Equal(2, exit);
        Assert.Contains("no such file", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Invalid_utf8_and_binary_files_are_input_errors_without_stack_traces()
    {
        var bad = CliRunner.TempFile("bad.txt", [(byte)'o', (byte)'k', 0xFF, 0xFE, 0xFD]);
        var (exit, _, error) = CliRunner.Run("check", bad);
        Assert.Equal(2, exit);
        Assert.Contains("byte offset", error);
        var binary = CliRunner.TempFile("x.bin", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1]);
        (exit, _, error) = CliRunner.Run("check", binary);
        Assert.Equal(2, exit);
        Assert.Contains("not a text file", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Empty_file_and_a_very_long_line_are_fine()
    {
        var empty = CliRunner.TempFile("empty.txt", "");
        Assert.Equal(0, CliRunner.Run("check", empty).Exit);
        var line = string.Concat(Enumerable.Repeat("She walked on and on. ", 50_000));   // about 1 MB on one line
        var longLine = CliRunner.TempFile("long.txt", line);
        var (exit, output, _) = CliRunner.Run("check", longLine, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Contains("\"diagnostics\": []", output);
    }

    [Fact]
    public void Bad_usage_exits_two()
    {
        Assert.Equal(2, CliRunner.Run("check").Exit);
        Assert.Equal(2, CliRunner.Run("check", "-", "--format", "yaml").Exit);
        var (exit, _, error) = CliRunner.Run("check", "-", "--dialect", "fr");
        Assert.Equal(2, exit);
        Assert.Contains("en-GB", error);
    }

    [Fact]
    public void Personal_words_are_accepted()
    {
        var path = CliRunner.TempFile("draft.txt", "The skrell glowed.");
        Assert.Equal(1, CliRunner.Run("check", path).Exit);
        var (exit, output, _) = CliRunner.Run("words", "add", "skrell", "--dir", Path.GetDirectoryName(path)!);
        Assert.Equal(0, exit);
        Assert.Contains("skrell", output);
        Assert.Equal(0, CliRunner.Run("check", path).Exit);
    }

    [Fact]
    public void British_dialect_accepts_british_spelling()
    {
        Assert.Equal(1, CliRunner.Pipe("The colour faded.", "check", "-").Exit);
        Assert.Equal(0, CliRunner.Pipe("The colour faded.", "check", "-", "--dialect", "en-GB").Exit);
    }
}
