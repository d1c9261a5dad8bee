using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

public sealed class OtherDialectSpelling : SpellingRule
{
    public override RuleInfo Info { get; } = new(
        "GL0006", "other-dialect-spelling", Category.Spelling, Severity.Warning,
        "A British spelling in American English text, or the other way round.",
        Help: "Galley checks American English unless told `--dialect en-GB`. Choose one and keep to it.");

    protected override UnknownKind Kind => UnknownKind.OtherDialect;

    protected override string Message(UnknownWord word) => $"\u201c{word.Text}\u201d is the spelling of the other dialect.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The colour drained from her face.", "The color drained from her face."),
        Example.Keep("The color drained from her face."),
    ];
}
