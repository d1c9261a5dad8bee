using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Agreement;

/// <summary>"more" or "most" before a comparative or superlative that already has its degree (more better, most
/// easiest): one of the two goes.</summary>
public sealed class DoubleComparison : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4037", "double-comparison", Category.Agreement, Severity.Warning,
        "A comparison made twice: better, not more better; easiest, not most easiest.",
        Help: "An adjective with -er or -est (or better, worse, best, worst) is already compared: `It was more better` → " +
              "`It was better`; `the most easiest way` → `the easiest way`. In speech it may be the character's voice, so " +
              "there it is only a hint.");

    private static readonly HashSet<string> Irregular = new(StringComparer.Ordinal) { "better", "worse", "best", "worst" };

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The second loaf was more better than the first.", "The second loaf was better than the first."),
        Example.Flag("It was the most easiest climb of the trip.", "It was the easiest climb of the trip."),
        Example.Flag("Her hands were more colder than the stone.", "Her hands were colder than the stone."),
        Example.Keep("It was more bitter than I remembered.", "bitter is not bitt + er"),
        Example.Keep("The most eager of them ran ahead.", "eager is no comparative"),
        Example.Keep("She had more letters than he did."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            var word = text.Word(t);
            if (word is not ("more" or "most")) continue;
            int next = text.Next(t);
            if (text.Word(next) is not { } compared) continue;
            bool doubled = word == "more"
                ? compared is "better" or "worse" || !Irregular.Contains(compared) && DegreeForms.IsInflected(text, next, "er")
                : compared is "best" or "worst" || !Irregular.Contains(compared) && DegreeForms.IsInflected(text, next, "est");
            if (!doubled) continue;
            // Delete "more " and keep the rest, with the first word's capital.
            var span = TextSpan.FromBounds(tokens[t].Start, tokens[next].End);
            var kept = RealWord.ConfusionRule.MatchStyle(context.Manuscript.StringOf(tokens[t]), context.Manuscript.StringOf(tokens[next]), curlyApostrophes: false);
            sink.Report(Info, span, $"\u201c{kept}\u201d is already compared: drop \u201c{word}\u201d.",
                Agreement.SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, kept));
        }
    }
}
