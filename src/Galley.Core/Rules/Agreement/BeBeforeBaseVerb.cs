using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class BeBeforeBaseVerb : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4046", "be-before-base-verb", Category.Agreement, Severity.Warning,
        "A present form of be before a plain verb is one word too many: I agree, not I am agree.",
        Help: "`I am agree with you` → `I agree with you`; `She is want more` → `She wants more`. Only a subject pronoun, " +
              "then *am*, *is* or *are*, then a word the tagged corpus reads almost always as a base verb (never an " +
              "adjective, a noun or a participle) is flagged, so `I am free`, `we are set` and `they are fish` are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I am agree with every word.", "I agree with every word."),
        Example.Flag("They are believe the story.", "They believe the story."),
        Example.Flag("She is want a bigger room.", "She wants a bigger room."),
        Example.Keep("I agree with every word."),
        Example.Keep("I am free this evening.", "an adjective after am"),
        Example.Keep("We are set for the morning.", "a participle after are"),
        Example.Keep("They are fish for supper.", "a noun after are"),
        Example.Keep("What I am is tired.", "is after am, not a verb"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int b = 1; b < tokens.Length; b++)
        {
            bool third = text.Word(b) == "is";
            if (!third && text.Word(b) is not ("am" or "are")) continue;
            int subject = text.Previous(b);
            if (subject < 0 || !SubjectMatches(text.Word(subject), text.Word(b)!)) continue;
            int v = text.Next(b);
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized) || text.Word(v) is not { } verb || verb is "be") continue;
            var tags = text.Tags(v);
            if (!VerbForms.ReadsAsBaseVerb(tags) || tags.Share(Pos.Adj) > 0 || tags.Share(Pos.Vbn, Pos.Vbd) > 0) continue;
            // I am agree → I agree; she is want → she wants: the be-form goes, and after is the verb takes -s.
            var span = Text.TextSpan.FromBounds(tokens[b].Start, tokens[v].End);
            string replacement = third ? VerbForms.ThirdPerson(verb) : verb;
            sink.Report(Info, span,
                $"\u201c{context.Manuscript.StringOf(tokens[b])}\u201d before the verb is one word too many: \u201c{replacement}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.Replace(span, replacement));
        }
    }

    private static bool SubjectMatches(string? subject, string be) => (subject, be) switch
    {
        ("i", "am") => true,
        ("we" or "you" or "they", "are") => true,
        ("he" or "she", "is") => true,
        _ => false,
    };
}
