using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>A subject pronoun as the object of a preposition (gave it to they → to them).</summary>
public sealed class PronounAfterPreposition : Rule
{
    /// <summary>Prepositions that are never conjunctions; for, as, than, like, but, till, after and before may open a
    /// clause (for they were tired), and in, on, up, out, down may open an inversion (in they went).</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to", "with", "from", "about", "at", "of", "into", "onto", "toward", "towards", "without", "behind", "beside",
        "among", "against", "upon", "near", "beneath", "except", "between",
    };

    public override RuleInfo Info { get; } = new(
        "GL4032", "pronoun-after-preposition", Category.Agreement, Severity.Warning,
        "After a preposition a pronoun takes its object form: to them, with him, not to they, with he.",
        Help: "`I gave the letter to they` → `to them`; `She sat with he and his brother` → `with him`. Flagged only " +
              "after prepositions that never open a clause, and not when a verb follows the pronoun (`about they were`) " +
              "or a relative word (`to they who wait`, an old style). In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I gave the letter to they yesterday.", "I gave the letter to them yesterday."),
        Example.Flag("She sat down with he and his brother.", "She sat down with him and his brother."),
        Example.Flag("Nobody spoke about we at all.", "Nobody spoke about us at all."),
        Example.Keep("I gave the letter to them yesterday."),
        Example.Keep("For they were tired, we stopped.", "for opens a clause"),
        Example.Keep("In they went, one by one.", "an inversion"),
        Example.Keep("Glory to they who wait.", "a relative clause after the pronoun"),
        Example.Keep("It depends on what they want.", "the pronoun is a clause's subject"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } pronoun || PronounCase.ObjectOf(pronoun) is not { } objectForm) continue;
            if (!Prepositions.Contains(text.Word(text.Previous(t)) ?? "")) continue;
            int after = text.Next(t);
            if (after >= 0 && (text.Word(after) is "who" or "that" or "whom" || text.Tagged(after).IsVerb || text.Tags(after).Top is Pos.Md
                               || text.Tags(after).Share(Pos.Vbd, Pos.Vbz) + text.Tags(after).Share(Pos.Vbp, Pos.Md) >= 0.3)) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, t, objectForm, styled => $"After \u201c{context.Manuscript.StringOf(tokens[t - 1])}\u201d the pronoun takes its object form: \u201c{styled}\u201d.");
        }
    }
}
