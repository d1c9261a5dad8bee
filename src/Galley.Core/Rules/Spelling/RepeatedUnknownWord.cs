using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

public sealed class RepeatedUnknownWord : SpellingRule
{
    public override RuleInfo Info { get; } = new(
        "GL0004", "invented-word", Category.Spelling, Severity.Info,
        "A word the dictionary lacks, spelled the same way several times: probably deliberate.",
        Help: "Invented words and terms of a story's world recur with one spelling. Galley asks once, at the first use, rather than calls them wrong: " +
              "add the word with `galley words add WORD`, or take a suggestion if it was a slip.",
        FixesAreSafe: false);

    protected override UnknownKind Kind => UnknownKind.Repeated;

    public override bool OncePerSpelling => true;

    protected override string Message(UnknownWord word) =>
        $"\u201c{word.Text}\u201d is not in the dictionary but is spelled this way {word.Occurrences} times; add it to your words if it is deliberate.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The vorpalith hid. A vorpalith never sleeps. Every vorpalith knows it.", null),
        Example.Keep("The dragon hid. A dragon never sleeps."),
    ];
}
