using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class ParticipleAfterHave : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4004", "participle-after-have", Category.Agreement, Severity.Warning,
        "After have, has or had, use the past participle: had gone, not had went.",
        Help: "Irregular verbs have a past tense and a separate participle (went/gone, sank/sunk, ran/run). After a form of " +
              "*have* the participle is needed: `She had went home` → `She had gone home`. The forms come from data " +
              "(npm english-verbs-irregular); a past tense that is also a participle (found) or often a base form (lay) is never flagged.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She had went home early.", "She had gone home early."),
        Example.Flag("The boat must have sank in the storm.", "The boat must have sunk in the storm."),
        Example.Flag("He had already ran three miles.", "He had already run three miles."),
        Example.Flag("I've never saw anything like it.", "I've never seen anything like it."),
        Example.Keep("She had gone home early."),
        Example.Keep("He had found the key and had felt relieved."),
        Example.Keep("We had lay down the rules.", "lay is also a base form"),
        Example.Keep("They had saw blades in the shed."),
        Example.Keep("All I had was a dollar."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (int t in text.TokensOf(WordClass.HaveForm))
        {
            int v = SubjectPronoun.VerbAfter(text, t);
            if (v >= 0 && text.Word(v) is "not" or "never") v = SubjectPronoun.VerbAfter(text, v);
            if (ParticiplesFor(text, v) is not { } participles) continue;
            var form = text.Word(v)!;
            var span = tokens[v].Span;
            sink.Report(Info, span, $"After \u201c{context.Manuscript.StringOf(tokens[t])}\u201d use the participle \u201c{participles[0]}\u201d, not the past \u201c{form}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.ReplaceEach(span, participles));
        }
    }

    /// <summary>The participles to offer when token v is an irregular past that is never a participle (went, took), or null.</summary>
    internal static List<string>? ParticiplesFor(GrammarText text, int v)
    {
        var verbs = IrregularVerbs.Default;
        if (!text.Is(v, WordClass.IrregularPastOnly)) return null;
        var form = text.Word(v)!;
        verbs.IsPastOnly(form, out bool isBase);
        if (form is "was" or "were" or "did") return null;   // all I had was a dollar: the start of a clause of its own
        var tags = text.Tags(v);
        // "saw" is also a verb of its own but nearly always the past of see; "lay" is too often the base of lay.
        if (!(tags.Share(Pos.Vbd) >= (isBase ? 0.9 : 0.8)) || NounFollowsAsCompound(text, v)) return null;
        var participles = verbs.WithForm(form).Where(x => x.Pasts.Contains(form)).SelectMany(x => x.Participles).Distinct().ToList();
        return participles.Count == 0 ? null : participles;
    }

    /// <summary>"had saw blades": the form is the first half of a noun compound, not a verb.</summary>
    private static bool NounFollowsAsCompound(GrammarText text, int v)
    {
        int next = text.Next(v);
        return text.Tags(v).Count(Pos.Noun) > 0 && next >= 0 && text.Tags(next) is var tags && tags.Top == Pos.Noun && tags.Share(Pos.Noun) >= 0.9 && text.Word(next)!.EndsWith('s');
    }
}
