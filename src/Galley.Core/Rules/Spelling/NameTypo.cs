using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

public sealed class NameTypo : SpellingRule
{
    public override RuleInfo Info { get; } = new(
        "GL0005", "name-typo", Category.Spelling, Severity.Warning,
        "A capitalized word that is one or two letters away from a name the story uses often.",
        Help: "Names are learned from the manuscript; a rare near-miss of a frequent name is more likely a typo than a new character.");

    protected override UnknownKind Kind => UnknownKind.NameTypo;

    protected override string Message(UnknownWord word) => $"\u201c{word.Text}\u201d looks like a misspelling of the name \u201c{word.Suggestions[0]}\u201d.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Lorcan ran. Lorcan hid. Lorcan waited. Then Lorcna came back.", "Lorcan ran. Lorcan hid. Lorcan waited. Then Lorcan came back."),
        Example.Keep("Lorcan ran. Lorcan hid. Lorcan waited. Then Lorcan came back."),
    ];
}
