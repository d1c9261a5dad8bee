using Galley.Evaluation;

namespace Galley.Tests.Evaluation;

/// <summary>The annotated drafts in eval/fiction and the held-out eval/fiction-heldout stay usable as test sets: every
/// mark parses, the plain drafts keep no mark syntax, and each set covers the kinds of error it is meant to measure.</summary>
public class FictionDraftTests
{
    private static IEnumerable<string> Drafts(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "eval", folder), "*.txt");

    [Theory]
    [InlineData("fiction")]
    [InlineData("fiction-heldout")]
    public void Drafts_parse_into_clean_plain_and_corrected_text(string folder)
    {
        var edits = new List<AnnotatedEdit>();
        foreach (var path in Drafts(folder))
        {
            var draft = AnnotatedText.Parse(File.ReadAllText(path), path);
            Assert.DoesNotContain("=>", draft.Plain);
            Assert.DoesNotContain("=>", draft.Corrected);
            Assert.DoesNotContain("{", draft.Plain);
            foreach (var e in draft.Edits) Assert.Equal(e.Wrong, draft.Plain[e.Start..e.End]);
            edits.AddRange(draft.Edits);
        }
        Assert.InRange(edits.Count, 60, 200);
        foreach (var category in new[] { "spelling", "capitalization", "dialogue", "apostrophes", "agreement", "real-word", "sentences" })
            Assert.True(edits.Count(e => e.Category == category) >= 3, $"fewer than 3 {category} marks");
    }

    [Fact]
    public void By_rule_lists_precision_per_rule()
    {
        var path = CliRunner.TempFile("draft.txt", "The news would {devestate=>devastate|spelling} him.");
        var (exit, output, _) = CliRunner.Run("eval", "fiction", path, "--by-rule");
        Assert.Equal(0, exit);
        Assert.Contains("| GL0001 | 1 | 100.0 (1/1) | 100.0 (1/1) |", output);
    }
}
