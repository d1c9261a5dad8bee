using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class GerundNotInfinitive : Rule
{
    /// <summary>Verbs that take an -ing form and never "to" + verb (enjoyed swimming, not enjoyed to swim).</summary>
    private static readonly FrozenSet<string> GerundOnly = VerbForms.FormsOf(["enjoy", "avoid", "finish", "quit", "postpone", "practise", "practice", "resist"]);

    public override RuleInfo Info { get; } = new(
        "GL4044", "gerund-not-infinitive", Category.Agreement, Severity.Warning,
        "Verbs like enjoy, avoid and finish take the -ing form, and so does look forward to: enjoy swimming, not enjoy to swim.",
        Help: "`I enjoy to swim` → `I enjoy swimming`; `We look forward to see you` → `to seeing you`. Only a word the tagged " +
              "corpus reads almost always as a base verb counts after *to*, so *to* before a noun (`avoid to excess`) is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She enjoyed to explain the rules.", "She enjoyed explaining the rules."),
        Example.Flag("He avoided to explain himself.", "He avoided explaining himself."),
        Example.Flag("We look forward to hear from you.", "We look forward to hearing from you."),
        Example.Keep("She enjoyed explaining the rules."),
        Example.Keep("She enjoyed to swim.", "a word the corpus also reads as a noun is left alone"),
        Example.Keep("He finished to applause.", "to before a noun"),
        Example.Keep("They looked forward to the summer."),
        Example.Keep("She was considered to be the best."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "to") continue;
            int before = text.Previous(t);
            bool forward = before >= 0 && text.Word(before) == "forward" && text.Previous(before) is var look and >= 0
                           && text.Word(look) is { } l && VerbForms.IsFormOf(l, "look");
            if (!forward && !(before >= 0 && GerundOnly.Contains(text.Word(before) ?? "") && text.Tagged(before).IsVerb)) continue;
            int v = text.Next(t);
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized) || text.Word(v) is not { } verb || verb is "be") continue;
            if (!VerbForms.ReadsAsBaseVerb(text.Tags(v))) continue;
            if (VerbForms.Gerund(verb, context) is not { } gerund) continue;
            // enjoyed to swim → enjoyed swimming; look forward to see → look forward to seeing
            var span = forward ? tokens[v].Span : Text.TextSpan.FromBounds(tokens[t].Start, tokens[v].End);
            sink.Report(Info, span, $"After \u201c{context.Manuscript.StringOf(tokens[forward ? t : before])}\u201d use the -ing form: \u201c{gerund}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.Replace(span, gerund));
        }
    }
}
