using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Agreement;

/// <summary>"worth to try" → "worth trying": worth takes an -ing form, not an infinitive.</summary>
public sealed class WorthDoing : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4028", "worth-doing", Category.Agreement, Severity.Warning,
        "After worth, a verb takes its -ing form: worth trying, not worth to try.",
        Help: "`It was worth to wait` → `It was worth waiting`. Flagged when *worth to* is followed by a plain verb; " +
              "`worth to him` (to before a person) is left alone. In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The old road was not worth to repair.", "The old road was not worth repairing."),
        Example.Flag("Is it worth to try again?", "Is it worth trying again?"),
        Example.Flag("It might be worth to ask the miller.", "It might be worth asking the miller."),
        Example.Keep("The ring was worth more to her than the house."),
        Example.Keep("What was it worth to him?", "to before a person"),
        Example.Keep("It was worth trying again."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "worth" || text.Next(t) is not (>= 0 and var to) || text.Word(to) != "to") continue;
            int v = text.Next(to);
            if (text.Word(v) is not { } verb || tokens[v].Is(Document.TokenFlags.Capitalized)) continue;
            var tags = text.Tags(v);
            // After "worth to" a word that is a plain verb a tenth of the time is one here (worth to repair); a person is not (worth to him).
            if (verb != "be" && tags.Share(Pos.Vb, Pos.Vbp) < 0.1) continue;
            if (VerbForms.Gerund(verb, context) is not { } gerund) continue;
            var span = TextSpan.FromBounds(tokens[to].Start, tokens[v].End);
            sink.Report(Info, span, $"After \u201cworth\u201d the verb takes its -ing form: \u201cworth {gerund}\u201d.",
                SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, gerund));
        }
    }
}
