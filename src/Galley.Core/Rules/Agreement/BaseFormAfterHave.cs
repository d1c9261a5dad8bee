using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

public sealed class BaseFormAfterHave : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4042", "base-form-after-have", Category.Agreement, Severity.Warning,
        "After have, has or had, a verb takes its past participle: have arrived, not have arrive.",
        Help: "A perfect tense is *have* with the past participle: `They have arrive` → `They have arrived`, `She has " +
              "eat` → `She has eaten`. Only words the tagged corpus reads almost always as verbs count, so *have work* or " +
              "*had need* (nouns) are left alone, as are verbs whose base is their participle (*have come*, *had put*), " +
              "*'d* (which may be *would*: *she'd arrive*), and *had better* or *had rather*.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The guests have arrive at last.", "The guests have arrived at last."),
        Example.Flag("She has decide to stay.", "She has decided to stay."),
        Example.Flag("I have never forgive him.", "I have never forgiven him.", "an irregular verb takes its participle"),
        Example.Flag("He had already explain it twice.", "He had already explained it twice."),
        Example.Keep("The guests have arrived at last."),
        Example.Keep("They have come a long way.", "the base is also the participle"),
        Example.Keep("She'd arrive before us if she could.", "'d may be would"),
        Example.Keep("You had better leave now."),
        Example.Keep("We have work to do and hope to spare.", "nouns after have"),
        Example.Keep("I had him arrive early.", "have someone do: a causative"),
    ];

    public override bool IsParagraphLocal => true;

    /// <summary>How surely the tagged corpus must read a word as a base verb for it to be one after have.</summary>
    private const double VerbShare = 0.9;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (int t in text.TokensOf(WordClass.HaveForm))
        {
            if (text.Word(t) is not { } have || have.EndsWith("'d", StringComparison.Ordinal) || have.EndsWith("\u2019d", StringComparison.Ordinal)) continue;
            int v = SubjectPronoun.VerbAfter(text, t);
            if (v >= 0 && text.Word(v) is "not" or "never") v = SubjectPronoun.VerbAfter(text, v);
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized) || text.Word(v) is not { } verb) continue;
            if (ParticipleOf(context, text, v, verb) is not { } participle) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, v, participle,
                styled => $"After \u201c{context.Manuscript.StringOf(tokens[t])}\u201d the verb takes its participle: \u201c{styled}\u201d.");
        }
    }

    /// <summary>The participle of token v when it is a base verb and nothing else, or null.</summary>
    private static string? ParticipleOf(CheckContext context, GrammarText text, int v, string verb)
    {
        if (verb is "better" or "rather" or "best" or "to") return null;
        var tags = text.Tags(v);
        if (tags.Total == 0 || tags.Share(Pos.Vb, Pos.Vbp) < VerbShare) return null;
        if (IrregularVerbs.Default.FromBase(verb) is { } irregular)
            return irregular.Participles.Contains(verb) ? null : irregular.Participles[0];   // have come, had put
        return VerbForms.Past(verb, context) is { } past && past != verb ? past : null;
    }
}
