namespace Galley.Tests;

/// <summary>&lt;!-- galley-disable … --&gt; switches in Markdown, HTML and plain text, through galley check and report.</summary>
public class InlineSwitchTests
{
    private const string Draft =
        "She beleived him.\n\n<!-- galley-disable misspelled-word -->\n\nThey beleived us.\n\n<!-- galley-enable spelling -->\n\n" +
        "He beleived her.\n<!-- galley-disable-next-line GL0001 -->\nWe beleived them.\nYou beleived me.\n";

    private static int[] FlaggedLines(string output) =>
        output.Split('\n').Where(l => l.Contains("error[GL0001]")).Select(l => int.Parse(l.Split(':')[1])).ToArray();

    [Theory]
    [InlineData("draft.txt"), InlineData("draft.md")]
    public void Switches_turn_rules_off_and_on_by_id_name_or_category(string name)
    {
        var (exit, output, error) = CliRunner.Run("check", CliRunner.TempFile(name, Draft));
        Assert.Equal(1, exit);
        Assert.Equal("", error);
        Assert.Equal([1, 9, 12], FlaggedLines(output));
    }

    [Fact]
    public void Switches_work_in_html_and_without_names_mean_every_rule()
    {
        var html = "<p>She beleived him.</p>\n<!-- galley-disable -->\n<p>They beleived us, the the fools.</p>\n<!-- galley-enable -->\n<p>We beleived them.</p>\n";
        var (_, output, _) = CliRunner.Run("check", CliRunner.TempFile("draft.html", html), "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var lines = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("line").GetInt32()).ToArray();
        Assert.Equal([1, 5], lines);
    }

    [Fact]
    public void In_plain_text_the_switch_is_neither_checked_nor_counted()
    {
        const string text = "The sea was calm.\n\n<!-- galley-disable-next-line style -->\nThe gulls cried.\n";
        var (exit, output, _) = CliRunner.Run("check", CliRunner.TempFile("draft.txt", text), "--format", "json");
        Assert.Equal(0, exit);
        using (var check = System.Text.Json.JsonDocument.Parse(output))
            Assert.Equal(0, check.RootElement.GetProperty("diagnostics").GetArrayLength());   // no spacing or punctuation flag on the blanked comment
        var report = CliRunner.Run("report", CliRunner.TempFile("draft.txt", text), "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(report.Out);
        Assert.Equal(7, json.RootElement.GetProperty("words").GetInt32());
    }

    [Fact]
    public void A_switch_naming_no_rule_is_a_warning_with_its_line_and_the_nearest_name()
    {
        var path = CliRunner.TempFile("draft.md", "The sea was calm.\n\n<!-- galley-disable GL00001 -->\n\nShe beleived him.\n");
        var (exit, output, error) = CliRunner.Run("check", path);
        Assert.Equal(1, exit);   // nothing was turned off
        Assert.Contains("error[GL0001]", output);
        Assert.Contains("draft.md:3: unknown rule \"GL00001\" (did you mean GL0001?)", error);
    }

    [Fact]
    public void A_comment_that_is_no_switch_is_left_alone()
    {
        var path = CliRunner.TempFile("draft.md", "<!-- galley-notes: the storm scene -->\n\nShe beleived him.\n");
        var (_, output, error) = CliRunner.Run("check", path);
        Assert.Equal("", error);
        Assert.Contains("error[GL0001]", output);
    }

    [Fact]
    public void An_editors_buffer_can_apply_the_switches_where_its_offsets_are_the_files()
    {
        const string text = "She beleived him.\n<!-- galley-disable-next-line spelling -->\nThey beleived us.\n";
        var found = Galley.Checking.Checker.Check(text).Diagnostics.Where(d => d.RuleId == "GL0001").ToList();
        var kept = Galley.Formats.InlineSwitches.Apply("buffer.md", text, found);
        Assert.Equal(2, found.Count(d => text.Substring(d.Span.Start, d.Span.Length) == "beleived"));
        Assert.Equal([0], kept.Select(d => text[..d.Span.Start].Count(c => c == '\n')).ToArray());
    }
}
