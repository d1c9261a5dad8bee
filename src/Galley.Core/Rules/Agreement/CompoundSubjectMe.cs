using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;
using Galley.Text;

namespace Galley.Rules.Agreement;

public sealed class CompoundSubjectMe : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4021", "compound-subject-me", Category.Agreement, Severity.Warning,
        "\u201cMe\u201d in a subject joined with and: my sister and I went, not my sister and me went.",
        Help: "A subject takes *I*: `My sister and me went` → `My sister and I went`; `Me and him left` → `He and I left`. " +
              "Only a pair that opens the clause and is followed by its verb is checked, so an object (`she told my sister " +
              "and me`) is left alone. In speech it is often a character's voice: there it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("My sister and me went to the fair.", "My sister and I went to the fair."),
        Example.Flag("Me and him left before the rain.", "He and I left before the rain."),
        Example.Flag("Later, Tobias and me walked home.", "Later, Tobias and I walked home."),
        Example.Keep("She told my sister and me the truth.", "an object"),
        Example.Keep("The dog followed Tobias and me home.", "an object"),
        Example.Keep("My sister and I went to the fair."),
        Example.Keep("Between you and me, the plan failed.", "after a preposition"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "me") continue;
            int and = text.Previous(t), next = text.Next(t);
            if (and >= 0 && text.Word(and) == "and" && next >= 0 && IsFiniteVerb(text, next) && OpensClause(text, and, out int start))
            {
                var span = tokens[t].Span;
                sink.Report(Info, span, "In a subject, use \u201cI\u201d: the pair does the action.", SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, "I"));
            }
            else if (next >= 0 && text.Word(next) == "and" && text.Previous(t) < 0 && text.Next(next) is int other and >= 0
                     && text.Next(other) is int verb and >= 0 && IsFiniteVerb(text, verb) && PartnerAsSubject(text, context, other) is { } partner)
            {
                // Me and him left → He and I left: I goes last, and the partner takes its subject form too.
                var span = TextSpan.FromBounds(tokens[t].Start, tokens[other].End);
                string fixedPair = ConfusionRule.MatchStyle(context.Manuscript.StringOf(tokens[t]), $"{partner} and I", curlyApostrophes: false);
                sink.Report(Info, span, "In a subject, use \u201cI\u201d, and put it last.", SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, fixedPair));
            }
        }
    }

    /// <summary>The words before "and" (at most three: my little sister) begin the clause, after nothing or a comma.</summary>
    private static bool OpensClause(GrammarText text, int and, out int start)
    {
        start = and;
        for (int steps = 0; steps < 3; steps++)
        {
            int before = text.Previous(start);
            if (before < 0 || text.Word(before) is null) return start != and;   // the start of the sentence, or a comma
            if (!IsNounPhraseWord(text, before)) return false;
            start = before;
        }
        return text.Previous(start) is var first && (first < 0 || text.Word(first) is null);
    }

    /// <summary>A word that can stand in a short noun phrase before "and": a determiner, "you", a noun, an adjective
    /// or a capitalized word (my little sister, Tobias).</summary>
    internal static bool IsNounPhraseWord(GrammarText text, int t)
    {
        var tags = text.Tags(t);
        return text.Word(t) is "my" or "your" or "his" or "her" or "our" or "their" or "the" or "a" or "an" or "you"
            || tags.Share(Pos.Noun, Pos.Propn) + tags.Share(Pos.Adj) >= 0.6 || text.Tokens[t].Is(TokenFlags.Capitalized);
    }

    private static string? PartnerAsSubject(GrammarText text, CheckContext context, int other)
    {
        var word = text.Word(other)!;
        if (PronounCase.SubjectOf(word) is { } pronoun) return pronoun;
        return text.Tokens[other].Is(TokenFlags.Capitalized) ? context.Manuscript.StringOf(text.Tokens[other]) : null;
    }

    private static bool IsFiniteVerb(GrammarText text, int v)
    {
        var tags = text.Tags(v);
        return tags.Share(Pos.Vbd, Pos.Vbz) + tags.Share(Pos.Vbp, Pos.Md) + tags.Share(Pos.Vbn) >= 0.5 && text.Word(v) is not "to";
    }
}
