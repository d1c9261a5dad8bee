using Galley.Cli.Fixing;

namespace Galley.Tests.Fixing;

public class UnifiedDiffTests
{
    [Fact]
    public void Identical_texts_have_no_diff() => Assert.Equal("", UnifiedDiff.Create("a\nb\n", "a\nb\n", "a/x", "b/x"));

    [Fact]
    public void Added_and_removed_lines_make_separate_hunks_with_context()
    {
        var before = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}")) + "\n";
        var after = before.Replace("line 2\n", "").Replace("line 18\n", "line 18\nnew line\n");
        var expected = "--- a/x\n+++ b/x\n" +
            "@@ -1,5 +1,4 @@\n line 1\n-line 2\n line 3\n line 4\n line 5\n" +
            "@@ -16,5 +15,6 @@\n line 16\n line 17\n line 18\n+new line\n line 19\n line 20\n";
        Assert.Equal(expected, UnifiedDiff.Create(before, after, "a/x", "b/x"));
    }

    [Fact]
    public void A_missing_final_newline_is_marked()
    {
        Assert.Equal("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n\\ No newline at end of file\n+new\n\\ No newline at end of file\n", UnifiedDiff.Create("old", "new", "a/x", "b/x"));
    }
}
