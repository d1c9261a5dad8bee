using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>"I" as the second half of a preposition's object (between you and I, for Tobias and I): the object
/// form "me" belongs there, as it would with the partner left out (for me).</summary>
public sealed class ObjectPairI : Rule
{
    /// <summary>Prepositions whose object the pair is. Not "than" or "as" (taller than Tobias and I is accepted), nor
    /// "but".</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "between", "to", "for", "with", "from", "at", "about", "behind", "beside", "against", "without", "toward",
        "towards", "among", "of", "by", "around", "near", "like", "past", "onto", "into", "upon", "on", "under", "over",
        "after", "before", "except", "beyond",
    };

    public override RuleInfo Info { get; } = new(
        "GL4060", "object-pair-i", Category.Agreement, Severity.Warning,
        "\u201cI\u201d in a preposition's object joined with and: between you and me, not between you and I.",
        Help: "After a preposition the object form is needed, however many people it names: `for Tobias and I` → " +
              "`for Tobias and me`, as you would write `for me`. Only a pair right after a preposition and not followed " +
              "by a verb is checked, so a new clause (`I spoke to Tobias and I left`) is left alone, and so is `than` " +
              "(`taller than Tobias and I`). In speech it is often a character's voice: there it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The secret stayed between you and I.", "The secret stayed between you and me."),
        Example.Flag("She baked a cake for Tobias and I.", "She baked a cake for Tobias and me."),
        Example.Flag("He sat with my older brother and I at dinner.", "He sat with my older brother and me at dinner."),
        Example.Flag("For Tobias and I, the summer was long.", "For Tobias and me, the summer was long."),
        Example.Keep("I spoke to Tobias and I left the room.", "a new clause: I is its subject"),
        Example.Keep("He was taller than Tobias and I.", "than is left alone"),
        Example.Keep("The secret stayed between you and me."),
        Example.Keep("After dinner Tobias and I walked home.", "the pair is the subject"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "i" || context.Manuscript.TextOf(tokens[t]) is not "I") continue;
            int and = text.Previous(t);
            if (and < 0 || text.Word(and) != "and" || !EndsObject(text, text.Next(t)) || !FollowsPreposition(text, and)) continue;
            var span = tokens[t].Span;
            sink.Report(Info, span, "After a preposition, use \u201cme\u201d: the pair is its object.",
                SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, "me"));
        }
    }

    /// <summary>Nothing, punctuation or a preposition after "I": no verb makes it a subject.</summary>
    private static bool EndsObject(GrammarText text, int next) =>
        next < 0 || text.Word(next) is not { } word || Prepositions.Contains(word) && word is not ("to" or "like" or "before" or "after");

    /// <summary>The words before "and" (at most three: my older brother) are a noun phrase right after a preposition.</summary>
    private static bool FollowsPreposition(GrammarText text, int and)
    {
        int start = and;
        for (int steps = 0; steps < 4; steps++)
        {
            int before = text.Previous(start);
            if (before < 0 || text.Word(before) is not { } word) return false;
            if (start != and && Prepositions.Contains(word)) return true;
            if (!(word is "him" or "them" or "us" || CompoundSubjectMe.IsNounPhraseWord(text, before))) return false;
            start = before;
        }
        return false;
    }
}
