using Galley.Checking;
using Galley.Diagnostics;

namespace Galley.Rules.Agreement;

public sealed class ParticipleInPassive : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4010", "participle-in-passive", Category.Agreement, Severity.Warning,
        "A passive takes the past participle: was taken, not was took.",
        Help: "`The car was stole` → `The car was stolen`; `It was wrote in a hurry` → `It was written in a hurry`. Only " +
              "participles ending in -n are checked (taken, written, stolen, given, frozen…), where the past tense is never right " +
              "after *be*; `broke` (I was broke) is left alone. In dialogue this is often voice, so there it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The car was stole last night.", "The car was stolen last night."),
        Example.Flag("The letter was wrote in a hurry.", "The letter was written in a hurry."),
        Example.Flag("We got took for fools.", "We got taken for fools."),
        Example.Keep("I was broke all winter."),
        Example.Keep("The car was stolen last night."),
        Example.Keep("The man who was there drove away."),
        Example.Keep("All that I got was a flat tire."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = Grammar.GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (int t in text.TokensOf(Grammar.WordClass.PassiveAuxiliary))
        {
            int v = SubjectPronoun.VerbAfter(text, t);
            if (v >= 0 && text.Word(v) is "not" or "never") v = SubjectPronoun.VerbAfter(text, v);
            if (v < 0 || text.Word(v) is "broke" || ParticipleAfterHave.ParticiplesFor(text, v) is not { } participles) continue;
            var nParticiples = participles.FindAll(p => p.EndsWith('n'));
            if (nParticiples.Count == 0) continue;
            var span = tokens[v].Span;
            sink.Report(Info, span, $"After \u201c{context.Manuscript.StringOf(tokens[t])}\u201d use the participle \u201c{nParticiples[0]}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.ReplaceEach(span, nParticiples));
        }
    }
}
