using Galley.Cli.Output;

namespace Galley.Tests;

public class ProgressLineTests
{
    [Fact]
    public void Progress_is_one_line_rewritten_in_place_ending_at_the_total_and_erased()
    {
        var terminal = new StringWriter();
        using (var progress = new ProgressLine(terminal, 3))
            for (int i = 0; i < 3; i++) progress.Done();
        var drawn = terminal.ToString();
        Assert.StartsWith("\rchecked 1/3 files", drawn);          // the first file is drawn at once
        Assert.Contains("\rchecked 3/3 files", drawn);            // the last always, however soon after
        Assert.EndsWith("\r\u001b[2K", drawn);                     // and the line is cleared for the report
        Assert.DoesNotContain("\n", drawn);
    }

    [Fact]
    public void Nothing_is_drawn_when_no_file_finished()
    {
        var terminal = new StringWriter();
        new ProgressLine(terminal, 5).Dispose();
        Assert.Equal("", terminal.ToString());
    }

    [Fact]
    public void A_folder_check_writes_no_progress_when_standard_error_is_not_a_terminal()
    {
        var root = Path.Combine(Path.GetTempPath(), "galley-progress-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        for (int i = 0; i < 3; i++) File.WriteAllText(Path.Combine(root, $"c{i}.txt"), "The sea was calm.\n");
        var (exit, _, error) = CliRunner.Run("check", root);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
    }
}
