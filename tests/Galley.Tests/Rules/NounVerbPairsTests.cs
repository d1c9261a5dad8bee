using Galley.Checking;
using Galley.Fixes;
using Galley.Rules;
using Galley.Rules.RealWord;

namespace Galley.Tests.Rules;

/// <summary>Every pair of data/grammar/noun-verb-pairs.tsv is reachable in the directions it lists: its noun after a
/// modal is corrected to its verb by GL5004, and its verb after "the" to its noun by GL5010.</summary>
public class NounVerbPairsTests
{
    private static readonly Rule[] SlotRules = RuleCatalog.All.Where(r => r.Info.Id is "GL5004" or "GL5010").ToArray();

    private static IEnumerable<NounVerbPairs.Pair> Pairs =>
        NounVerbPairs.Default.ByNounForm.Values.Concat(NounVerbPairs.Default.ByVerbForm.Values).Distinct();

    public static TheoryData<string, string> VerbSlots()
    {
        var data = new TheoryData<string, string>();
        foreach (var pair in Pairs.Where(p => p.InVerbSlot)) data.Add($"They would {pair.Noun} them.", $"They would {pair.Verb} them.");
        return data;
    }

    public static TheoryData<string, string> NounSlots()
    {
        var data = new TheoryData<string, string>();
        foreach (var pair in Pairs.Where(p => p.InNounSlot)) data.Add($"It was the {pair.Verb}.", $"It was the {pair.Noun}.");
        return data;
    }

    [Theory]
    [MemberData(nameof(VerbSlots))]
    public void The_noun_after_a_modal_becomes_the_verb(string text, string expected) => AssertFixed(text, expected);

    [Theory]
    [MemberData(nameof(NounSlots))]
    public void The_verb_after_an_article_becomes_the_noun(string text, string expected) => AssertFixed(text, expected);

    [Fact]
    public void The_right_words_are_left_alone()
    {
        foreach (var pair in Pairs)
        {
            Assert.Empty(Checker.Check($"They would {pair.Verb} them.", CheckOptions.Default, SlotRules).Diagnostics);
            Assert.Empty(Checker.Check($"It was the {pair.Noun}.", CheckOptions.Default, SlotRules).Diagnostics);
        }
    }

    private static void AssertFixed(string text, string expected)
    {
        var found = Assert.Single(Checker.Check(text, CheckOptions.Default, SlotRules).Diagnostics);
        Assert.Equal(expected, FixEngine.Apply(text, [found]).Text);
    }
}
