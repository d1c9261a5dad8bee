using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Apostrophes;

/// <summary>"let's" (let us) before an object pronoun, where "lets" (allows) or "let" is meant: the rope let's him climb
/// → lets him climb; Let's me see → Let me see.</summary>
public sealed class LetsApostrophe : Rule
{
    /// <summary>Pronouns "let us" cannot be followed by; "you" is left out (let's you and me go is an idiom).</summary>
    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal) { "me", "him", "her", "them", "us", "it" };

    public override RuleInfo Info { get; } = new(
        "GL3008", "lets-apostrophe", Category.Apostrophes, Severity.Warning,
        "let's is let us; before him, her, me or them the word is lets (allows) or let.",
        Help: "*Let's* is *let us*, so it cannot take another object: `The gate let's him through` → `lets him through`; " +
              "`Let's me see` → `Let me see`. At the start of a clause the fix is *let*; after a subject it is *lets*. " +
              "`Let's you and me go` is an idiom and is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The old rope let's him climb to the loft.", "The old rope lets him climb to the loft."),
        Example.Flag("Let's me see the letter.", "Let me see the letter."),
        Example.Flag("She never let's them forget it.", "She never lets them forget it."),
        Example.Keep("Let's go home."),
        Example.Keep("Let's you and me go fishing.", "an idiom"),
        Example.Keep("He lets them forget it."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "let's" || !Objects.Contains(text.Word(text.Next(t)) ?? "")) continue;
            string fix = text.StartsClause(t) ? "let" : "lets";
            var span = tokens[t].Span;
            var replacement = ConfusionRule.MatchStyle(context.Manuscript.StringOf(tokens[t]), fix, curlyApostrophes: false);
            sink.Report(Info, span, $"\u201c{context.Manuscript.StringOf(tokens[t])}\u201d is \u201clet us\u201d; here the word is \u201c{replacement}\u201d.",
                Fix.Replace(span, replacement));
        }
    }
}
