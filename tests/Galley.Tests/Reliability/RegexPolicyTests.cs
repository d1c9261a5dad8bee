using System.Text.RegularExpressions;

namespace Galley.Tests.Reliability;

/// <summary>No regular expression in Galley may backtrack catastrophically on a writer's text: every Regex the
/// sources construct must use the non-backtracking engine.</summary>
public class RegexPolicyTests
{
    private static readonly Regex Construction = new(@"new\s+Regex\s*\(|Regex\.(IsMatch|Match|Matches|Replace|Split)\s*\(|\[GeneratedRegex", RegexOptions.NonBacktracking);

    [Fact]
    public void Every_regex_in_the_sources_is_non_backtracking()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")) continue;
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
                if (Construction.IsMatch(lines[i]) && !string.Concat(lines.Skip(i).Take(4)).Contains("NonBacktracking"))   // a call may span lines
                    offenders.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{i + 1}: {lines[i].Trim()}");
        }
        Assert.True(offenders.Count == 0, "Use RegexOptions.NonBacktracking (or no regex):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_policy_catches_a_backtracking_regex()
    {
        Assert.Matches(Construction, "var r = new Regex(\"(a+)+$\");");
        Assert.Matches(Construction, "Regex.IsMatch(text, pattern)");
    }
}
