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
        foreach (var entry in PhraseTable.Default.All) data.Add(Sample(entry.Wrong), Sample(entry.Right));
        return data;
    }

    /// <summary>The pattern with each slot filled: a verb in its plain form, a gerund, any other word.</summary>
    private static string Sample(PhraseTable.Part[] parts) => string.Join(' ', parts.Select(p => p.Kind switch
    {
        PhraseTable.Kind.Verb => p.Word,
        PhraseTable.Kind.Gerund => "running",
        PhraseTable.Kind.Any or PhraseTable.Kind.AnyExcept => "old",
        _ => p.Word,
    }));

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
