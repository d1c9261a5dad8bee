using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Apostrophes;

public sealed class PossessivePronounApostrophe : Rule
{
    private static readonly Dictionary<string, string> Corrections = new()
    {
        ["her's"] = "hers", ["hers'"] = "hers", ["our's"] = "ours", ["ours'"] = "ours",
        ["your's"] = "yours", ["yours'"] = "yours", ["their's"] = "theirs", ["theirs'"] = "theirs",
    };

    public override RuleInfo Info { get; } = new(
        "GL3004", "possessive-pronoun-apostrophe", Category.Apostrophes, Severity.Warning,
        "Possessive pronouns (hers, ours, yours, theirs) never take an apostrophe.",
        Help: "`The choice was her's` should be `The choice was hers`. Like *his* and *its*, these pronouns are already possessive.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The decision was her's to make.", "The decision was hers to make."),
        Example.Flag("Is this coat your's?", "Is this coat yours?"),
        Example.Flag("The fault was their's, not ours.", "The fault was theirs, not ours."),
        Example.Keep("The decision was hers to make."),
        Example.Keep("Her sister's coat was ours."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        foreach (int t in text.TokensOf(WordClass.WithApostrophe))
        {
            if (!Corrections.TryGetValue(text.Word(t)!, out var correct)) continue;
            var span = text.Tokens[t].Span;
            var written = context.Manuscript.StringOf(text.Tokens[t]);
            if (char.IsUpper(written[0])) correct = char.ToUpperInvariant(correct[0]) + correct[1..];
            sink.Report(Info, span, $"\u201c{correct}\u201d has no apostrophe.", Fix.Replace(span, correct));
        }
    }
}
