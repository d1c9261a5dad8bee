using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Agreement;

public sealed class ModalOf : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4006", "modal-of", Category.Agreement, Severity.Warning,
        "\u201cCould of\u201d, \u201cshould of\u201d and \u201cwould of\u201d are \u201ccould have\u201d, \u201cshould have\u201d, \u201cwould have\u201d.",
        Help: "Spoken *could've* sounds like *could of*, but the word is *have*. Flagged only when a participle follows " +
              "(`should of known`, `would of never guessed`), so `could, of course,` and `the most I could of it` are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I should of known better.", "I should have known better."),
        Example.Flag("We could of been killed.", "We could have been killed."),
        Example.Flag("You shouldn't of told him.", "You shouldn't have told him."),
        Example.Flag("She would of never guessed.", "She would have never guessed.", "an adverb between of and the participle"),
        Example.Flag("She could not of known about the fire.", "She could not have known about the fire.", "not between"),
        Example.Keep("He could of course refuse."),
        Example.Keep("He could not of course refuse.", "of course"),
        Example.Keep("I should have known better."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (int t in text.TokensOf(WordClass.PerfectModal))
        {
            int of = text.Next(t);
            bool negated = text.Word(of) == "not";   // could not of known
            if (negated) of = text.Next(of);
            if (of < 0 || text.Word(of) != "of") continue;
            int next = text.Next(of);
            if (text.Is(next, WordClass.MidAdverb)) next = text.Next(next);   // should of just told
            if (next < 0 || !IsParticiple(text, next)) continue;
            var span = tokens[of].Span;
            var ofText = context.Manuscript.StringOf(tokens[of]);
            string have = char.IsUpper(ofText[0]) ? "Have" : "have";
            string modal = context.Manuscript.StringOf(tokens[t]) + (negated ? " not" : "");
            string message = $"\u201c{modal} of\u201d should be \u201c{modal} have\u201d.";
            if (negated)
            {
                sink.Report(Info, span, message, Fix.Replace(span, have));
                continue;
            }
            var contracted = Fix.Replace(TextSpan.FromBounds(tokens[t].End, span.End), text.WithApostrophe("'ve"), $"Change to \u201c{modal}{text.WithApostrophe("'ve")}\u201d");
            sink.Report(Info, span, message, Fix.Replace(span, have), contracted);
        }
    }

    private static bool IsParticiple(GrammarText text, int t)
    {
        if (text.Word(t) is "been" or "had" or "done" or "gone") return true;
        var tags = text.Tags(t);
        return tags.Top is Pos.Vbn or Pos.Vbd && tags.Share(Pos.Vbn, Pos.Vbd) >= 0.7;
    }
}
