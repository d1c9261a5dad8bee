using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

public sealed class RunTogetherWords : SpellingRule
{
    public override RuleInfo Info { get; } = new(
        "GL0002", "run-together-words", Category.Spelling, Severity.Error,
        "Two words written without the space between them.",
        Help: "Flagged when a word is not in the dictionary and splitting it gives two common words that fit better than any single-word correction.");

    protected override UnknownKind Kind => UnknownKind.RunTogether;

    protected override string Message(UnknownWord word) => $"\u201c{word.Text}\u201d looks like two words run together.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("A tear escaped from myeye.", "A tear escaped from my eye."),
        Example.Flag("The glass fellfrom the shelf.", "The glass fell from the shelf."),
        Example.Flag("I cared about him alot.", "I cared about him a lot."),
        Example.Flag("He doesnot know the way.", "He does not know the way.", "a function word run together, whatever else the letters make (doe + snot)"),
        Example.Flag("She wasnot ready for it.", "She was not ready for it."),
        Example.Keep("A tear escaped from my eye."),
        Example.Keep("He set the teacart by the chartroom door.", "two content words closed up are a compound"),
        Example.Keep("Somebody had left the lighthouse door open."),
    ];
}
