using Galley.Checking;
using Galley.Fixes;
using Galley.Rules;
using Galley.Rules.RealWord;

namespace Galley.Tests.Rules;

/// <summary>Every entry of data/phrases.tsv is reachable: written out in a sentence, its wrong phrase is flagged by
/// GL5008 and the fix gives its right phrase (so no entry is shadowed by another, or corrects to itself).</summary>
public class PhraseTableTests
{
    private static readonly Rule[] OnlyWrongPhrase = RuleCatalog.All.Where(r => r.Info.Id == "GL5008").ToArray();

    public static TheoryData<string, string> Entries()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in PhraseTable.Default.All)
        {
            var kept = new Queue<string>(entry.Wrong.Where(p => PhraseTable.Keeps(p.Kind)).Select(Filler));
            data.Add(string.Join(' ', entry.Wrong.Where(p => p.Kind != PhraseTable.Kind.NotFollowedBy).Select(Filler)),
                string.Join(' ', entry.Right.Select(p => PhraseTable.Keeps(p.Kind) ? kept.Dequeue() : p.Word)));
        }
        return data;
    }

    /// <summary>A word for one slot of a pattern: a verb in its plain form, a gerund, the first of a choice, any
    /// other word; on the right, a slot stands for the word it kept.</summary>
    private static string Filler(PhraseTable.Part part) => part.Kind switch
    {
        PhraseTable.Kind.Gerund => "running",
        PhraseTable.Kind.OneOf => part.Words![0],
        PhraseTable.Kind.Any or PhraseTable.Kind.AnyExcept => "old",
        _ => part.Word,
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_wrong_phrase_is_flagged_and_fixed_to_its_right_phrase(string wrong, string right)
    {
        string text = $"Then {wrong} again.";
        var result = Checker.Check(text, CheckOptions.Default, OnlyWrongPhrase);
        var found = Assert.Single(result.Diagnostics);
        Assert.Equal($"Then {right} again.", FixEngine.Apply(text, [found]).Text);
    }

    [Fact]
    public void The_table_is_loaded_with_its_entries() => Assert.True(PhraseTable.Default.All.Count > 300);
}
