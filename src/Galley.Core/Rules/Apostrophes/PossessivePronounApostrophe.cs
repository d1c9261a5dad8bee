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
        Help: "`The choice was her's` should be `The choice was hers`. Like *his* and *its*, these pronouns are already possessive. " +
              "Before a word that opens a noun phrase (`their's a path`, `their's no time`) the slip is for *there's*.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The decision was her's to make.", "The decision was hers to make."),
        Example.Flag("Is this coat your's?", "Is this coat yours?"),
        Example.Flag("The fault was their's, not ours.", "The fault was theirs, not ours."),
        Example.Flag("Maybe their's a path around the hill.", "Maybe there's a path around the hill.", "before a noun phrase it is there's"),
        Example.Keep("The decision was hers to make."),
        Example.Keep("Her sister's coat was ours."),
    ];

    public override bool IsParagraphLocal => true;

    /// <summary>A word that opens a noun phrase (a, the, no, enough, something): "theirs" cannot stand before one, "there's" can.</summary>
    private static bool OpensNounPhrase(GrammarText text, int t) =>
        text.Word(t) is "a" or "an" or "the" or "no" or "enough" or "some" or "something" or "nothing" or "always" or "only" or "another" or "plenty";

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        foreach (int t in text.TokensOf(WordClass.WithApostrophe))
        {
            if (!Corrections.TryGetValue(text.Word(t)!, out var correct)) continue;
            var span = text.Tokens[t].Span;
            var written = context.Manuscript.StringOf(text.Tokens[t]);
            if (text.Word(t) == "their's" && OpensNounPhrase(text, text.Next(t)))
            {
                // their's a better way: there is, not a possessive
                var there = text.WithApostrophe(char.IsUpper(written[0]) ? "There's" : "there's");
                sink.Report(Info, span, $"\u201c{written}\u201d here is \u201c{there}\u201d (there is).", Fix.Replace(span, there));
                continue;
            }
            if (char.IsUpper(written[0])) correct = char.ToUpperInvariant(correct[0]) + correct[1..];
            sink.Report(Info, span, $"\u201c{correct}\u201d has no apostrophe.", Fix.Replace(span, correct));
        }
    }
}
