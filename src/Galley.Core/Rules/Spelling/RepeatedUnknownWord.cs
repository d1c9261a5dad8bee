using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

public sealed class RepeatedUnknownWord : SpellingRule
{
    public override RuleInfo Info { get; } = new(
        "GL0004", "invented-word", Category.Spelling, Severity.Info,
        "A word the dictionary lacks, spelled the same way several times, or long and near no known word: perhaps deliberate.",
        Help: "Invented words and terms of a story's world recur with one spelling. A spelling used twice or more with no common word one letter " +
              "away (or six times or more in any case) is asked about once, at the first use, rather than called wrong: " +
              "add the word with `galley words add WORD`, or take a suggestion if it was a slip. The same slip of a common word twice is still a misspelling. " +
              "A long word (eight letters or more) used once with no known word within reach is asked about the same way: it may be a coinage, " +
              "or a slip too jumbled to mend (`expienrence`), so it is a hint with no fix rather than an error.",
        FixesAreSafe: false);

    protected override UnknownKind Kind => UnknownKind.Repeated;

    public override bool OncePerSpelling => true;

    protected override string Message(UnknownWord word) => word.Occurrences > 1
        ? $"\u201c{word.Text}\u201d is not in the dictionary but is spelled this way {word.Occurrences} times; add it to your words if it is deliberate."
        : $"\u201c{word.Text}\u201d is not in the dictionary and no known word is close to it: check the spelling, or add it to your words if it is a coinage.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The vorpalith hid. A vorpalith never sleeps. Every vorpalith knows it.", null),
        Example.Flag("The grimbals sang at dusk. By dawn the grimbals slept.", null),
        Example.Flag("Beyond the ridge lay the skarnvelith marshes.", null, "a long word near no known word, used once"),
        Example.Keep("The dragon hid. A dragon never sleeps."),
        Example.Keep("We crossed the BRAMWELLYN downs at dawn.", "in capitals: a name set in a heading's style"),
        Example.Keep("The gardan was green. We sat in the gardan.", "the same slip twice, one letter from a common word, is a misspelling"),
    ];
}
