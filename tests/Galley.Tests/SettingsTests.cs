namespace Galley.Tests;

/// <summary>The project settings file (.galley/settings.json), strict rule names and galley words remove, through the
/// command line as a writer uses them.</summary>
public class SettingsTests
{
    private const string Draft = "The colour of the sea was grey.\nShe beleived him.\n";

    private static string Project(string settings, string name = "chapter.txt", string text = Draft)
    {
        var path = CliRunner.TempFile(name, text);
        var folder = Path.Combine(Path.GetDirectoryName(path)!, ".galley");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "settings.json"), settings);
        return path;
    }

    private static string[] Rules(string output) =>
        output.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l, @"\[(GL\d{4})\]")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToArray();

    [Fact]
    public void The_settings_file_sets_dialect_rules_and_severity()
    {
        var plain = CliRunner.Run("check", CliRunner.TempFile("chapter.txt", Draft));
        Assert.Contains("GL0001", Rules(plain.Out));

        var path = Project("""
            // The house style of this book.
            { "dialect": "en-GB", "disable": ["misspelled-word", "GL0002"], "minSeverity": "warning", }
            """);
        var (exit, output, error) = CliRunner.Run("check", path);
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Empty(Rules(output));
    }

    [Fact]
    public void The_command_line_overrides_the_settings_file()
    {
        var path = Project("""{ "disable": ["spelling"] }""");
        Assert.DoesNotContain("GL0001", Rules(CliRunner.Run("check", path).Out));
        // A rule enabled on the command line wins over its category disabled in the file.
        Assert.Contains("GL0001", Rules(CliRunner.Run("check", path, "--enable", "GL0001").Out));

        var british = Project("""{ "dialect": "en-GB" }""", text: "The color faded.\n");
        Assert.Equal(1, CliRunner.Run("check", british).Exit);
        Assert.Equal(0, CliRunner.Run("check", british, "--dialect", "en-US").Exit);
    }

    [Fact]
    public void A_nearer_settings_file_overrides_one_further_up()
    {
        var path = Project("""{ "disable": ["spelling"] }""");
        var inner = Path.Combine(Path.GetDirectoryName(path)!, "book");
        Directory.CreateDirectory(inner);
        var chapter = Path.Combine(inner, "chapter.txt");
        File.WriteAllText(chapter, Draft);
        Assert.DoesNotContain("GL0001", Rules(CliRunner.Run("check", chapter).Out));
        Directory.CreateDirectory(Path.Combine(inner, ".galley"));
        File.WriteAllText(Path.Combine(inner, ".galley", "settings.json"), """{ "enable": ["GL0001"] }""");
        Assert.Contains("GL0001", Rules(CliRunner.Run("check", chapter).Out));
    }

    [Fact]
    public void Fix_and_report_read_the_settings_file_too()
    {
        var path = Project("""{ "disable": ["GL0002"] }""", text: "The glass fellfrom the shelf.\n");
        Assert.Contains("No safe fixes", CliRunner.Run("fix", path, "--dry-run").Error);
        var unset = CliRunner.TempFile("chapter.txt", "The glass fellfrom the shelf.\n");
        Assert.Contains("Would apply 1 fix", CliRunner.Run("fix", unset, "--dry-run").Error);
        Assert.Equal(2, CliRunner.Run("report", Project("""{ "minSeverity": "loud" }""")).Exit);
    }

    [Theory]
    [InlineData("{ \"disable\": [\"GL0001\"\n", ":2: not valid JSON")]
    [InlineData("{\n  \"dialect\": \"fr\"\n}", ":2: \"dialect\" takes")]
    [InlineData("{\n  \"disabel\": [\"GL0001\"]\n}", ":2: unknown setting \"disabel\" (did you mean disable?)")]
    [InlineData("{\n  \"enable\": \"GL0001\"\n}", ":2: \"enable\" takes a list")]
    [InlineData("{\n  \"disable\": [\n    \"GL0001\",\n    \"GL00011\"\n  ]\n}", ":4: unknown rule \"GL00011\" (did you mean GL0001?)")]
    [InlineData("[1, 2]", ":1: the settings must be a JSON object")]
    public void A_malformed_settings_file_is_an_error_naming_the_file_and_line(string settings, string expected)
    {
        var path = Project(settings);
        var (exit, output, error) = CliRunner.Run("check", path);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(Path.Combine(".galley", "settings.json") + expected, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Unknown_rule_names_on_the_command_line_are_errors_with_the_nearest_real_one()
    {
        var (exit, output, error) = CliRunner.Pipe(Draft, "check", "-", "--disable", "GL00001", "--enable", "nonsense");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("unknown rule \"GL00001\" (did you mean GL0001?)", error);
        Assert.Contains("unknown rule \"nonsense\"", error);
        Assert.Equal(2, CliRunner.Run("fix", CliRunner.TempFile("a.txt", Draft), "--rule", "GL99999").Exit);
        // IDs in any case, rule names and categories (with or without the hyphen) are all real names.
        Assert.Equal(1, CliRunner.Pipe(Draft, "check", "-", "--disable", "gl0001", "misspelled-word", "real-word", "realword", "style").Exit);
    }

    [Fact]
    public void Words_remove_takes_words_out_of_the_list_and_says_which_were_not_there()
    {
        var path = CliRunner.TempFile("chapter.txt", "The skrell glowed.\n");
        var dir = Path.GetDirectoryName(path)!;
        CliRunner.Run("words", "add", "skrell", "vorn", "--dir", dir);
        Assert.Equal(0, CliRunner.Run("check", path).Exit);

        var (exit, output, _) = CliRunner.Run("words", "remove", "skrell", "quarn", "--dir", dir);
        Assert.Equal(0, exit);
        Assert.Contains("Removed skrell from", output);
        Assert.Contains("Not in " + Path.Combine(dir, ".galley/words.txt") + ": quarn.", output);
        Assert.Equal(["vorn"], CliRunner.Run("words", "list", "--dir", dir).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, CliRunner.Run("check", path).Exit);
    }
}
