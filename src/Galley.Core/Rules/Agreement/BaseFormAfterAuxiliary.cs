using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class BaseFormAfterAuxiliary : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4009", "base-form-after-auxiliary", Category.Agreement, Severity.Warning,
        "After do, did or a modal (can, would, didn't…) the verb takes its plain form: didn't see, not didn't saw.",
        Help: "`I didn't saw him` → `I didn't see him`; `Did you went?` → `Did you go?`; `She can sings` → `She can sing`. " +
              "Only irregular past tenses (from data) and clear third-person forms are checked, so nouns after *do* (`do " +
              "sums`) are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I didn't saw him at the party.", "I didn't see him at the party."),
        Example.Flag("Did you went to the lake?", "Did you go to the lake?"),
        Example.Flag("She can sings better than anyone.", "She can sing better than anyone."),
        Example.Flag("He couldn't even ran a mile.", "He couldn't even run a mile."),
        Example.Keep("I didn't see him at the party."),
        Example.Keep("Did the news surprise you?"),
        Example.Keep("We did sums all morning."),
        Example.Keep("What did the girls want?"),
        Example.Keep("All she did was write a note."),
        Example.Keep("What he does makes no difference."),
        Example.Keep("The will gives everything to her."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (int t in text.TokensOf(WordClass.DoFormOrModal))   // the verb after a do-form or modal is its plain base form
        {
            var aux = text.Word(t)!;
            if (aux == "will" && text.Previous(t) is var owner and >= 0 && text.Tags(owner).Top is Pos.Det or Pos.Adj) continue;   // the will was read
            int v = text.Next(t);
            bool question = v >= 0 && text.Word(v) is "i" or "you" or "he" or "she" or "we" or "they" or "it";
            if (question) v = text.Next(v);   // did you go
            if (v >= 0 && text.Word(v) is "not" or "never" or "ever" or "really" or "just" or "even" or "still" or "always") v = text.Next(v);
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized) || text.Word(v) is not { } form) continue;
            // "what he does makes no difference": a bare do-form may be the main verb of a clause of its own.
            bool mainVerbDo = aux is "do" or "does" or "did" && !question;
            var plain = BaseOf(context, text, form, v, allowThirdPerson: !mainVerbDo);
            if (plain is null) continue;
            var span = tokens[v].Span;
            sink.Report(Info, span, $"After \u201c{context.Manuscript.StringOf(tokens[t])}\u201d use the plain verb \u201c{plain}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.Replace(span, plain));
        }
    }

    /// <summary>The base form when the word is an irregular past (saw → see) or a clear third-person form (sings → sing).</summary>
    private static string? BaseOf(CheckContext context, GrammarText text, string form, int v, bool allowThirdPerson)
    {
        if (form is "was" or "were" or "had") return null;   // all she did was write: "was" belongs to a clause of its own
        var tags = text.Tags(v);
        if (text.Is(v, WordClass.IrregularPastOnly) && IrregularVerbs.Default.IsPastOnly(form, out bool isBase) && tags.Share(Pos.Vbd) >= (isBase ? 0.9 : 0.8))
            return IrregularVerbs.Default.WithForm(form).FirstOrDefault(x => x.Pasts.Contains(form))?.Base;
        if (allowThirdPerson && tags.Top == Pos.Vbz && tags.Share(Pos.Vbz) >= 0.8 && form is not ("is" or "has" or "was")) return VerbForms.BaseOfThirdPerson(form, context);
        return null;
    }
}
