using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

public sealed class RepeatedUnknownWord : SpellingRule
{
    public override RuleInfo Info { get; } = new(
        "GL0004", "invented-word", Category.Spelling, Severity.Info,
        "A word the dictionary lacks, spelled the same way several times: probably deliberate.",
        Help: "Invented words and terms of a story's world recur with one spelling. A spelling used twice or more with no common word one letter " +
              "away (or six times or more in any case) is asked about once, at the first use, rather than called wrong: " +
              "add the word with `galley words add WORD`, or take a suggestion if it was a slip. The same slip of a common word twice is still a misspelling.",
        FixesAreSafe: false);

    protected override UnknownKind Kind => UnknownKind.Repeated;

    public override bool OncePerSpelling => true;

    protected override string Message(UnknownWord word) =>
        $"\u201c{word.Text}\u201d is not in the dictionary but is spelled this way {word.Occurrences} times; add it to your words if it is deliberate.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The vorpalith hid. A vorpalith never sleeps. Every vorpalith knows it.", null),
        Example.Flag("The grimbals sang at dusk. By dawn the grimbals slept.", null),
        Example.Keep("The dragon hid. A dragon never sleeps."),
        Example.Keep("The gardan was green. We sat in the gardan.", "the same slip twice, one letter from a common word, is a misspelling"),
    ];
}
