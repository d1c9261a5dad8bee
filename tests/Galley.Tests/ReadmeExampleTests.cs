namespace Galley.Tests;

/// <summary>The README's sample sessions (fenced blocks that open with <c>$ galley …</c>) are what the program prints
/// today: each command is run on the repository's own files and its standard output compared with the block, so the
/// documentation cannot drift from the program again.</summary>
public class ReadmeExampleTests
{
    public static TheoryData<string, string> Sessions()
    {
        var data = new TheoryData<string, string>();
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```" || i + 1 >= lines.Length || !lines[i + 1].StartsWith("$ galley ", StringComparison.Ordinal)) continue;
            int end = Array.IndexOf(lines, "```", i + 2);
            data.Add(lines[i + 1]["$ galley ".Length..], string.Join('\n', lines[(i + 2)..end]));
            i = end;
        }
        return data;
    }

    [Fact]
    public void The_readme_shows_a_check_and_a_fix_session()
    {
        var commands = Sessions().Select(row => row.Data.Item1).ToList();
        Assert.Contains(commands, c => c.StartsWith("check ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("fix ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void A_readme_session_is_the_programs_real_output(string command, string shown)
    {
        string root = RepositoryPaths.Root.Replace('\\', '/').TrimEnd('/') + "/";
        // Paths are made absolute (tests do not change the working folder) and shown relative again, as in the README.
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => File.Exists(Path.Combine(RepositoryPaths.Root, a)) ? Path.Combine(RepositoryPaths.Root, a) : a).ToArray();
        var (_, output, _) = CliRunner.Run(args);
        Assert.Equal(shown.TrimEnd(), output.Replace('\\', '/').Replace(root, "").TrimEnd());
    }
}
