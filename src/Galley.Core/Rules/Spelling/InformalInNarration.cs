using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

public sealed class InformalInNarration : SpellingRule
{
    public override RuleInfo Info { get; } = new(
        "GL0003", "informal-in-narration", Category.Spelling, Severity.Info,
        "A colloquial spelling (gonna, wanna, kinda) in narration rather than in dialogue.",
        Help: "Inside dialogue these spellings are a character's voice and are never flagged. In narration they may be the narrator's voice too, so this is only a hint.",
        FixesAreSafe: false, AppliesInSpeech: false);

    protected override UnknownKind Kind => UnknownKind.Informal;

    protected override string Message(UnknownWord word) => $"\u201c{word.Text}\u201d is informal; in narration, consider \u201c{word.Suggestions.FirstOrDefault()}\u201d.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I was gonna tell him everything.", "I was going to tell him everything."),
        Example.Keep("\"I'm gonna fix this,\" he said."),
        Example.Keep("\"We gotta go,\" she said, \"'cause they're coming.\""),
    ];
}
