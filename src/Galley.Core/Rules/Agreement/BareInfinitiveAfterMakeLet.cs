using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class BareInfinitiveAfterMakeLet : Rule
{
    /// <summary>Verbs whose object takes the plain verb with no "to" (made me cry, let him go).</summary>
    private static readonly FrozenSet<string> BareInfinitiveVerbs = VerbForms.FormsOf(["make", "let"]);

    public override RuleInfo Info { get; } = new(
        "GL4045", "bare-infinitive-after-make-let", Category.Agreement, Severity.Warning,
        "After make or let and its object, the verb comes without to: made me laugh, not made me to laugh.",
        Help: "`She made me to wait` → `She made me wait`; `Let them to decide` → `Let them decide`. Only an object pronoun " +
              "followed by *to* and a word the tagged corpus reads almost always as a base verb is flagged, so *made it to " +
              "the door* and the passive *was made to wait* are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The letter made her to think again.", "The letter made her think again."),
        Example.Flag("Nobody would let us to leave early.", "Nobody would let us leave early."),
        Example.Flag("It makes them to forget their manners.", "It makes them forget their manners."),
        Example.Keep("The letter made her think again."),
        Example.Keep("We made it to the station on time.", "it to before a place"),
        Example.Keep("He was made to wait outside.", "the passive takes to"),
        Example.Keep("She made him to order.", "a word the corpus also reads as a noun is left alone"),
        Example.Keep("They let her to the gate.", "to before a noun"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (var (verb, pronoun, to, v) in ObjectThenInfinitive.Find(text, BareInfinitiveVerbs))
            StrayTo.Report(Info, context, sink, to, v,
                $"After \u201c{context.Manuscript.StringOf(tokens[verb])} {context.Manuscript.StringOf(tokens[pronoun])}\u201d the verb comes without \u201cto\u201d.");
    }
}
