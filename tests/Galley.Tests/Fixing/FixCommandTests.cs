using Galley.Checking;

namespace Galley.Tests.Fixing;

public class FixCommandTests
{
    private const string Draft = "The glass fellfrom the shelf.\nIt was sufffocating in the hold.\n\nTommorow we sail, I beleived.\n";

    [Fact]
    public void Fix_writes_a_fixed_copy_and_leaves_the_original_alone()
    {
        var path = CliRunner.TempFile("draft.txt", Draft);
        var (exit, output, _) = CliRunner.Run("fix", path);
        Assert.Equal(0, exit);
        Assert.Equal(Draft, File.ReadAllText(path));
        var fixedPath = Path.Combine(Path.GetDirectoryName(path)!, "draft.fixed.txt");
        Assert.Contains("Applied 3 fixes", output);
        // "beleived" has several suggestions, so it is not a safe fix and stays.
        Assert.Equal("The glass fell from the shelf.\nIt was suffocating in the hold.\n\nTomorrow we sail, I beleived.\n", File.ReadAllText(fixedPath));
        Assert.False(File.Exists(path + ".bak"));
    }

    [Fact]
    public void Rechecking_the_fixed_text_raises_none_of_the_applied_diagnostics()
    {
        var before = Checker.Check(Draft).Diagnostics.Where(d => d.HasSafeFix).ToList();
        var outcome = Galley.Fixes.FixEngine.Apply(Draft, before);
        Assert.Equal(before.Count, outcome.Applied.Count);
        var after = Checker.Check(outcome.Text).Diagnostics;
        foreach (var d in outcome.Applied)
        {
            string replacement = d.Fixes[0].Edits[0].NewText;
            int shift = outcome.Applied.Where(a => a.Span.Start < d.Span.Start).Sum(a => a.Fixes[0].Edits[0].NewText.Length - a.Span.Length);
            Assert.DoesNotContain(after, x => x.RuleId == d.RuleId && x.Span.Start == d.Span.Start + shift);
            Assert.Equal(replacement, outcome.Text.Substring(d.Span.Start + shift, replacement.Length));
        }
    }

    [Fact]
    public void In_place_replaces_the_file_and_keeps_a_backup()
    {
        var path = CliRunner.TempFile("draft.txt", Draft);
        var (exit, _, _) = CliRunner.Run("fix", path, "--in-place");
        Assert.Equal(0, exit);
        Assert.Equal(Draft, File.ReadAllText(path + ".bak"));
        Assert.Contains("fell from", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*galley-tmp*"));
    }

    [Fact]
    public void In_place_keeps_the_file_permissions()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = CliRunner.TempFile("draft.txt", Draft);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        CliRunner.Run("fix", path, "--in-place");
        Assert.Contains("fell from", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        var path = CliRunner.TempFile("draft.txt", Draft);
        var (exit, output, error) = CliRunner.Run("fix", path, "--dry-run");
        Assert.Equal(0, exit);
        var name = path.Replace('\\', '/');
        var expected = $"--- a/{name}\n+++ b/{name}\n@@ -1,4 +1,4 @@\n" +
            "-The glass fellfrom the shelf.\n-It was sufffocating in the hold.\n+The glass fell from the shelf.\n+It was suffocating in the hold.\n \n" +
            "-Tommorow we sail, I beleived.\n+Tomorrow we sail, I beleived.\n";
        Assert.Equal(expected, output);
        Assert.Contains("Would apply 3 fixes", error);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Rule_and_category_limit_the_fixes()
    {
        var path = CliRunner.TempFile("draft.txt", Draft);
        var (_, output, _) = CliRunner.Run("fix", path, "--dry-run", "--rule", "GL0002");
        Assert.Contains("+The glass fell from the shelf.", output);
        Assert.DoesNotContain("suffocating", output);
        (_, output, _) = CliRunner.Run("fix", path, "--dry-run", "--category", "capitalization");
        Assert.Equal("", output);
        (_, output, _) = CliRunner.Run("fix", path, "--dry-run", "--category", "spelling");
        Assert.Contains("+Tomorrow", output);
    }

    [Fact]
    public void Interactive_applies_the_answers_yes_no_and_quit()
    {
        var path = CliRunner.TempFile("draft.txt", Draft);
        var (exit, output, _) = CliRunner.Pipe("y\nwhat\nn\nq\n", "fix", path, "--interactive");
        Assert.Equal(0, exit);
        Assert.Contains("(1/3)", output);
        Assert.Contains("  + The glass fell from the shelf.", output);
        Assert.Contains("a - apply this fix and every later fix of the same rule", output); // help after an unknown answer
        Assert.Equal("The glass fell from the shelf.\nIt was sufffocating in the hold.\n\nTommorow we sail, I beleived.\n",
            File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "draft.fixed.txt")));
    }

    [Fact]
    public void Interactive_all_applies_every_later_fix_of_the_rule()
    {
        var path = CliRunner.TempFile("draft.txt", Draft);
        var (_, output, _) = CliRunner.Pipe("n\na\n", "fix", path, "--interactive");
        Assert.DoesNotContain("(3/3)", output);
        Assert.Equal("The glass fellfrom the shelf.\nIt was suffocating in the hold.\n\nTomorrow we sail, I beleived.\n",
            File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "draft.fixed.txt")));
    }

    [Fact]
    public void Include_unsafe_applies_the_best_of_several_suggestions()
    {
        var path = CliRunner.TempFile("draft.txt", Draft);
        var (_, output, _) = CliRunner.Run("fix", path, "--dry-run", "--include-unsafe");
        Assert.Contains("+Tomorrow we sail, I believed.", output);
    }

    [Fact]
    public void Interactive_picks_another_suggestion_by_number()
    {
        var path = CliRunner.TempFile("draft.txt", "I never beleived him.\n");
        var suggestions = Checker.Check("I never beleived him.\n").Diagnostics.Single().Suggestions("I never beleived him.\n").ToList();
        Assert.True(suggestions.Count > 1);
        var (_, output, _) = CliRunner.Pipe("2\n", "fix", path, "--interactive", "--include-unsafe");
        Assert.Contains($"1) {suggestions[0]}  2) {suggestions[1]}", output);
        Assert.Equal($"I never {suggestions[1]} him.\n", File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "draft.fixed.txt")));
    }

    [Fact]
    public void Comments_need_a_word_file()
    {
        var path = CliRunner.TempFile("draft.txt", Draft);
        var (exit, _, error) = CliRunner.Run("fix", path, "--comments");
        Assert.Equal(2, exit);
        Assert.Contains(".docx", error);
    }

    [Fact]
    public void Fixing_a_docx_from_the_command_line_writes_a_fixed_docx()
    {
        var bytes = Formats.FormatFixtures.Docx([new Formats.FormatFixtures.RunSpec("The glass "), new Formats.FormatFixtures.RunSpec("fel", Bold: true), new Formats.FormatFixtures.RunSpec("lfrom the shelf.")]);
        var path = CliRunner.TempFile("book.docx", bytes);
        var (exit, output, _) = CliRunner.Run("fix", path);
        Assert.Equal(0, exit);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        var fixedDoc = Formats.FormatFixtures.Paragraphs(File.ReadAllBytes(Path.ChangeExtension(path, ".fixed.docx")));
        Assert.Equal("The glass fell from the shelf.", fixedDoc[0].InnerText);
        var (_, json, _) = CliRunner.Run("check", path, "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var location = doc.RootElement.GetProperty("diagnostics")[0].GetProperty("location");
        Assert.Equal("package", location.GetProperty("kind").GetString());
        Assert.Equal(1, location.GetProperty("paragraph").GetInt32());
        Assert.Equal(2, location.GetProperty("run").GetInt32());
    }

    [Fact]
    public void Comments_on_a_docx_are_written_to_the_fixed_copy_and_the_text_is_unchanged()
    {
        var bytes = Formats.FormatFixtures.Docx([new Formats.FormatFixtures.RunSpec("I never beleived the glass fellfrom the shelf.")]);
        var path = CliRunner.TempFile("book.docx", bytes);
        var (exit, output, _) = CliRunner.Run("fix", path, "--comments");
        Assert.Equal(0, exit);
        Assert.Contains("Added 2 comments", output);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.ChangeExtension(path, ".fixed.docx"), false);
        var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.InnerText;
        Assert.Contains("GL0001", comments);
        Assert.Contains("believed", comments);
        Assert.Equal("I never beleived the glass fellfrom the shelf.", document.MainDocumentPart.Document!.Body!.InnerText);
    }

    [Fact]
    public void Comments_follow_the_rule_filter()
    {
        var path = CliRunner.TempFile("book.docx", Formats.FormatFixtures.Docx([new Formats.FormatFixtures.RunSpec("I never beleived the glass fellfrom the shelf.")]));
        var (_, output, _) = CliRunner.Run("fix", path, "--comments", "--rule", "run-together-words");
        Assert.Contains("Added 1 comment;", output);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    public void A_damaged_package_is_a_clear_error_with_exit_code_2(string command)
    {
        var path = CliRunner.TempFile("book.epub", "this is not a zip archive"u8.ToArray());
        var (exit, output, error) = CliRunner.Run(command, path);
        Assert.Equal(2, exit);
        Assert.Equal($"galley: {path}: not an EPUB (.epub) file (it is not a zip archive).\n", error.Replace("\r\n", "\n"));
        Assert.Equal("", output);
        Assert.False(File.Exists(Path.ChangeExtension(path, ".fixed.epub")));
    }

    [Fact]
    public void Check_reports_markdown_diagnostics_at_their_line_in_the_file()
    {
        var path = CliRunner.TempFile("story.md", "---\ntitle: x\n---\n\n# One\n\nThe glass *fellfrom* the shelf.\n");
        var (exit, output, _) = CliRunner.Run("check", path);
        Assert.Equal(1, exit);
        Assert.Contains($"{path}:7:12: error[GL0002]", output);
    }

    [Fact]
    public void Check_and_fix_an_epub_from_the_command_line()
    {
        var book = Formats.FormatFixtures.Epub(("one.xhtml", "<h1>One</h1><p>All was well.</p>"), ("two.xhtml", "<h1>Two</h1><p>It was sufffocating below.</p>"));
        var path = CliRunner.TempFile("book.epub", book);
        var (exit, output, _) = CliRunner.Run("check", path);
        Assert.Equal(1, exit);
        Assert.Contains($"{path}:chapter 2, paragraph 2: error[GL0001]", output);
        (exit, output, _) = CliRunner.Run("fix", path, "--in-place");
        Assert.Equal(0, exit);
        Assert.Equal(book, File.ReadAllBytes(path + ".bak"));
        (exit, _, _) = CliRunner.Run("check", path);
        Assert.Equal(0, exit);
    }
}
