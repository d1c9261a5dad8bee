using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

public sealed class BaseFormAfterTo : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4043", "base-form-after-to", Category.Agreement, Severity.Warning,
        "After a verb and to, the next verb is in its plain form: wanted to go, not wanted to went.",
        Help: "An infinitive is *to* with the verb's base form: `I tried to ran` → `I tried to run`. Only an irregular past " +
              "that is never a participle or a base (*went*, *took*, *ran*), or a verb in -s the tagged corpus reads almost only " +
              "as a verb (`prefer to specializes`), right after *to* that itself follows a verb (*wanted to*, *decided to*), is " +
              "flagged; *to* as a preposition before a noun (`referred to studies`) is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I wanted to went home.", "I wanted to go home."),
        Example.Flag("He decided to took the early bus.", "He decided to take the early bus."),
        Example.Flag("She tried to ran after them.", "She tried to run after them."),
        Example.Flag("I would prefer to specializes in roses.", "I would prefer to specialize in roses.", "a verb in -s after to"),
        Example.Keep("I wanted to go home."),
        Example.Keep("He referred to studies of the river.", "a plural noun after to"),
        Example.Keep("He went to the saw mill.", "to before a noun"),
        Example.Keep("They came to saw the logs.", "saw is also a base form"),
        Example.Keep("She said to him that it was late."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "to" || text.Previous(t) is not (>= 0 and var before) || !text.Tagged(before).IsVerb) continue;
            int v = text.Next(t);
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized)) continue;
            if ((ThirdPersonBase(context, text, v) ?? IrregularPastBase(text, v)) is not { } plain) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, v, plain,
                styled => $"After \u201cto\u201d the verb is in its plain form: \u201c{styled}\u201d.");
        }
    }

    /// <summary>The base of an irregular past that is never a participle or a base (went, took, ran), or null.</summary>
    private static string? IrregularPastBase(GrammarText text, int v)
    {
        if (!text.Is(v, WordClass.IrregularPastOnly)) return null;
        var verbs = IrregularVerbs.Default;
        var form = text.Word(v)!;
        verbs.IsPastOnly(form, out bool isBase);
        if (isBase || form is "was" or "were" or "did" || text.Tags(v).Share(Pos.Vbd) < 0.8) return null;
        return verbs.WithForm(form).FirstOrDefault(x => x.Pasts.Contains(form))?.Base;
    }

    /// <summary>Share of its tagged uses a form in -s must be a present verb, never a plural noun (to studies), to be read so.</summary>
    private const double ThirdPersonShare = 0.8;

    /// <summary>The base of a verb in -s the corpus reads almost only as a verb (specializes, decides; not studies or
    /// terms, which are nouns after to), or null.</summary>
    private static string? ThirdPersonBase(CheckContext context, GrammarText text, int v)
    {
        var form = text.Word(v)!;
        if (!form.EndsWith('s') || form is "is" or "has" or "does" or "was" || text.Tags(v).Share(Pos.Vbz) < ThirdPersonShare) return null;
        return VerbForms.BaseOfThirdPerson(form, context);
    }
}
