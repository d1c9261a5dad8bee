using Galley.Diagnostics;
using Galley.Rules.RealWord;

namespace Galley.Rules.Apostrophes;

public sealed class ApostropheConfusion : ConfusionRule
{
    public override RuleInfo Info { get; } = new(
        "GL3101", "apostrophe-confusion", Category.Apostrophes, Severity.Warning,
        "A word with an apostrophe confused with one without (its/it's, your/you're, their/they're, whose/who's, lets/let's).",
        Help: "Decided by context, like confused-word: the n-gram model and the tagger score the sentence with each form and the "
              + "word is flagged only when the other form wins by a wide margin and the set's classifier agrees. See docs/context-model.md.");

    protected override bool Apostrophes => true;

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I think your going to regret this.", "I think you're going to regret this."),
        Example.Flag("Lets go before it gets dark.", "Let's go before it gets dark."),
        Example.Flag("The house had lost it's charm.", "The house had lost its charm."),
        Example.Flag("Their going to be late for the wedding.", "They're going to be late for the wedding."),
        Example.Flag("I think your going to regret this, it\u2019s late.", "I think you\u2019re going to regret this, it\u2019s late.", "A fix uses the text's curly apostrophes."),
        Example.Keep("It's going to rain tonight."),
        Example.Keep("The company lost its best client."),
        Example.Keep("You're late, and your coffee is cold."),
        Example.Keep("She lets the children play outside."),
        Example.Keep("Who's there?"),
        Example.Keep("He is a man who's been at sea all his life.", "\"who's\" before a participle is \"who has\"; \"whose\" cannot stand there."),
        Example.Keep("They love the village because they're proud of it.", "Before an adjective or a noun only \"they're\" reads, never \"there\"."),
        Example.Keep("She played the part for all it's worth."),
        Example.Keep("The man who's standing by the door is my uncle.", "The whose/who's classifier reads a participle after \"who's\": it vetoes the n-gram model's \"whose\"."),
    ];
}
