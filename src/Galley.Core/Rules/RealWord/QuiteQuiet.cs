using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>quite (the adverb of degree) and quiet (the adjective) in the slots only one of them can fill: very quite →
/// very quiet, the room was quite. → quiet; couldn't quiet hear → quite, quiet sure → quite.</summary>
public sealed class QuiteQuiet : Rule
{
    /// <summary>Adverbs of degree that take an adjective but never another adverb of degree (very quiet, not very quite).</summary>
    private static readonly HashSet<string> DegreeAdverbs = new(StringComparer.Ordinal)
    {
        "very", "too", "extremely", "unusually", "strangely", "eerily", "deathly", "oddly", "perfectly",
    };

    /// <summary>Verbs after which "quite" ending the clause is the adjective "quiet" (the house was quite.).</summary>
    private static readonly HashSet<string> LinkingVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "be", "been", "being", "became", "become", "grew", "kept", "keep", "stayed", "stay",
        "remained", "went", "fell", "seemed", "felt",
    };

    /// <summary>Words that "quite" modifies and "quiet" never does (quite sure, quite right, quite the same).</summary>
    private static readonly HashSet<string> DegreeTargets = new(StringComparer.Ordinal)
    {
        "sure", "certain", "right", "true", "finished", "possible", "impossible", "likely",
    };

    public override RuleInfo Info { get; } = new(
        "GL5014", "quite-quiet", Category.RealWord, Severity.Warning,
        "quite (very, entirely) and quiet (silent) in a slot only one of them fits: very quiet, quite sure.",
        Help: "*Quiet* is the adjective: after an adverb of degree (`very quite` → `very quiet`) or ending the clause after " +
              "a linking verb (`the house was quite.` → `quiet`). *Quite* is the adverb: before a plain verb after a modal or " +
              "*do* (`I couldn't quiet hear` → `quite hear`) and before the words it qualifies and *quiet* cannot " +
              "(`quiet sure`, `quiet right` → `quite`). *Quiet enough* is left alone (it is quiet enough to sleep).");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The hall was very quite after the guests had gone.", "The hall was very quiet after the guests had gone."),
        Example.Flag("When the music stopped, the room went quite.", "When the music stopped, the room went quiet."),
        Example.Flag("I couldn't quiet hear what he said.", "I couldn't quite hear what he said."),
        Example.Flag("She was not quiet sure of the way.", "She was not quite sure of the way."),
        Example.Keep("It was quite late when they left."),
        Example.Keep("Not quite.", "\"quite\" as a reply"),
        Example.Keep("\"Well, that is quite\u2014\" she began, and stopped.", "broken off by a dash"),
        Example.Keep("Be quite, quite sure of him before you marry.", "\"quite\" repeated after a comma"),
        Example.Keep("She tried to quiet the baby.", "the verb \"quiet\" before its object"),
        Example.Keep("The street was quiet enough to sleep."),
        Example.Keep("I could quite understand why she left.", "\"quite\" where it belongs"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            string? meant = text.Word(t) switch
            {
                "quite" when QuietIsMeant(text, t) => "quiet",
                "quiet" when QuiteIsMeant(text, t) => "quite",
                _ => null,
            };
            if (meant is not null) ConfusionRule.ReportSlip(Info, context, sink, t, meant);
        }
    }

    private static bool QuietIsMeant(GrammarText text, int t)
    {
        int before = text.Previous(t);
        if (before < 0) return false;
        if (DegreeAdverbs.Contains(text.Word(before)!)) return true;
        // the room went quite. / was quite and still: "quite" cannot end a sentence after a linking verb (a dash or a
        // comma may break it off or repeat it: that is quite--, be quite, quite sure)
        return LinkingVerbs.Contains(text.Word(before)!) && (text.Word(text.Next(t)) is "and" or "but" || EndsSentence(text, t));
    }

    /// <summary>Token t is the last word of its sentence but for a full stop, question or exclamation mark.</summary>
    private static bool EndsSentence(GrammarText text, int t)
    {
        var manuscript = text.Manuscript;
        if (t + 1 >= manuscript.SentenceOf(t).EndToken) return true;
        var after = text.Tokens[t + 1];
        return after.Kind == Document.TokenKind.Punctuation && manuscript.Text[after.Start] is '.' or '!' or '?'
            && !(after.Length > 1 || after.End < manuscript.Text.Length && manuscript.Text[after.End] == '.');   // an ellipsis trails off
    }

    private static bool QuiteIsMeant(GrammarText text, int t)
    {
        int next = text.Next(t);
        if (next < 0) return false;
        if (DegreeTargets.Contains(text.Word(next)!)) return true;
        // couldn't quiet hear: a plain verb after a modal or do, with "quiet" between them
        int before = text.Previous(t);
        if (text.Word(before) == "not") before = text.Previous(before);
        return before >= 0 && text.Is(before, WordClass.DoFormOrModal) && IsPlainVerb(text, next);
    }

    /// <summary>A word Brown reads mostly as a plain verb (hear, understand), not as a noun, determiner or pronoun
    /// (quiet the baby, quiet them).</summary>
    private static bool IsPlainVerb(GrammarText text, int t)
    {
        var tags = text.Tags(t);
        return tags.Top is Pos.Vb or Pos.Vbp && tags.Share(Pos.Vb, Pos.Vbp) >= 0.6;
    }
}
