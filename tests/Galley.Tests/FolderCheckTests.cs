namespace Galley.Tests;

/// <summary>galley check over a folder: every manuscript below it, checked on all cores, reported exactly as when the
/// files are named one by one.</summary>
public class FolderCheckTests
{
    private static string Story(int i) =>
        $"Chapter {i}\n\nWren crossed the brige at dawn, and the river was loud. \"I recieved your letter,\" she said.\n\n" +
        string.Concat(Enumerable.Repeat($"The lantern number {i} burned until the morning came. ", 40 + i));

    private static string Folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "galley-folder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "part two"));
        for (int i = 0; i < 12; i++)
            File.WriteAllText(Path.Combine(root, i % 2 == 0 ? "" : "part two", $"story{i:D2}.txt"), Story(i));
        File.WriteAllText(Path.Combine(root, "notes.md"), "# Notes\n\nThe brige scene needs work.\n");
        File.WriteAllText(Path.Combine(root, "cover.png"), "not a manuscript");
        return root;
    }

    [Fact]
    public void A_folder_is_checked_as_its_manuscripts_one_by_one()
    {
        var root = Folder();
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt") || f.EndsWith(".md")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(13, files.Length);

        var folder = CliRunner.Run("check", root, "--format", "json");
        var oneByOne = files.Select(f => CliRunner.Run("check", f, "--format", "json")).ToList();

        Assert.Equal(1, folder.Exit);
        Assert.Equal("", folder.Error);
        using var json = System.Text.Json.JsonDocument.Parse(folder.Out);
        var reports = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(files, reports.Select(r => r.GetProperty("file").GetString()));
        for (int i = 0; i < files.Length; i++)
        {
            using var single = System.Text.Json.JsonDocument.Parse(oneByOne[i].Out);
            Assert.Equal(Compact(single.RootElement.GetProperty("diagnostics")), Compact(reports[i].GetProperty("diagnostics")));
        }
        Assert.DoesNotContain(reports, r => r.GetProperty("file").GetString()!.EndsWith(".png"));
    }

    private static string Compact(System.Text.Json.JsonElement element) => System.Text.Json.JsonSerializer.Serialize(element);

    [Fact]
    public void A_bad_file_in_a_folder_fails_the_run_with_exit_code_2_but_the_others_are_still_checked()
    {
        var root = Folder();
        File.WriteAllBytes(Path.Combine(root, "broken.txt"), [0x41, 0x00, 0x42]);
        var (exit, output, error) = CliRunner.Run("check", root, "--format", "json");
        Assert.Equal(2, exit);
        Assert.Contains("broken.txt", error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var checkedFiles = json.RootElement.EnumerateArray().Select(r => r.GetProperty("file").GetString()!).ToList();
        Assert.Equal(13, checkedFiles.Count);
        Assert.DoesNotContain(checkedFiles, f => f.EndsWith("broken.txt"));
    }

    private static List<string> CheckedFiles(string output)
    {
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray().Select(r => r.GetProperty("file").GetString()!).ToList();
    }

    /// <summary>A folder of drafts that each have one safe fix (fellfrom → fell from) and one that is not (brige).</summary>
    private static string FixableFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "galley-folder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "part two"));
        for (int i = 0; i < 4; i++)
            File.WriteAllText(Path.Combine(root, i % 2 == 0 ? "" : "part two", $"story{i:D2}.txt"), $"Chapter {i}\n\nThe glass fellfrom the shelf by the brige.\n");
        return root;
    }

    [Fact]
    public void Fix_takes_a_folder_and_check_then_skips_the_fixed_copies_backups_and_hidden_folders()
    {
        var root = FixableFolder();
        var before = CheckedFiles(CliRunner.Run("check", root, "--format", "json").Out);
        Assert.Equal(4, before.Count);
        var (exit, output, error) = CliRunner.Run("fix", root);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(4, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);   // one summary per file, naming it
        Assert.Contains(Path.Combine(root, "story00.txt") + ": Applied 1 fix (GL0002 \u00d71)", output);
        Assert.True(File.Exists(Path.Combine(root, "part two", "story01.fixed.txt")));

        CliRunner.Run("fix", Path.Combine(root, "story00.txt"), "--in-place");   // leaves story00.txt.bak
        Directory.CreateDirectory(Path.Combine(root, ".history"));
        File.WriteAllText(Path.Combine(root, ".history", "old.txt"), "An old draft with a mistak.\n");
        Assert.Equal(before, CheckedFiles(CliRunner.Run("check", root, "--format", "json").Out));
        // Named on the command line, a fixed copy is checked like any file.
        var named = CliRunner.Run("check", Path.Combine(root, "part two", "story01.fixed.txt"));
        Assert.Equal(1, named.Exit);   // "brige" has several suggestions, so fix left it
        Assert.Contains("story01.fixed.txt:3:", named.Out);
    }

    [Fact]
    public void Fix_takes_several_files_and_goes_on_past_a_bad_one()
    {
        var root = FixableFolder();
        var one = Path.Combine(root, "story00.txt");
        var two = Path.Combine(root, "part two", "story01.txt");
        var (exit, output, error) = CliRunner.Run("fix", one, Path.Combine(root, "missing.txt"), two, "--dry-run");
        Assert.Equal(2, exit);
        Assert.Contains("missing.txt", error);
        Assert.Contains("--- a/" + one.Replace('\\', '/'), output);
        Assert.Contains("--- a/" + two.Replace('\\', '/'), output);
        Assert.Contains(one + ": Would apply 1 fix", error);
        Assert.Contains(two + ": Would apply 1 fix", error);
    }
}
