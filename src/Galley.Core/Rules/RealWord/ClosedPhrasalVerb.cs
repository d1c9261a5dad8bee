using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Agreement;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>A noun made from a phrasal verb written where the verb belongs (I'll setup the tent → set up).</summary>
public sealed class ClosedPhrasalVerb : Rule
{
    /// <summary>The closed noun, its verb written open, and that verb's participle.</summary>
    private static readonly Dictionary<string, (string Verb, string Participle)> Verbs = new(StringComparer.Ordinal)
    {
        ["setup"] = ("set up", "set up"), ["shutdown"] = ("shut down", "shut down"), ["backup"] = ("back up", "backed up"),
        ["breakup"] = ("break up", "broken up"), ["checkout"] = ("check out", "checked out"), ["workout"] = ("work out", "worked out"),
        ["login"] = ("log in", "logged in"), ["logout"] = ("log out", "logged out"), ["comeback"] = ("come back", "come back"),
        ["lookup"] = ("look up", "looked up"), ["pickup"] = ("pick up", "picked up"), ["cleanup"] = ("clean up", "cleaned up"),
        ["takeover"] = ("take over", "taken over"), ["breakdown"] = ("break down", "broken down"), ["blackout"] = ("black out", "blacked out"),
        ["handout"] = ("hand out", "handed out"), ["makeover"] = ("make over", "made over"), ["warmup"] = ("warm up", "warmed up"),
    };

    /// <summary>Words that start the verb's object (set up the tent).</summary>
    private static readonly HashSet<string> ObjectStarts = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "this", "that", "these", "those", "it", "them",
        "him", "me", "us", "you", "everything",
    };

    /// <summary>Words that follow a verb rather than a noun (break up with him, log in again); after to, a noun may take
    /// them too (went to checkout with a basket).</summary>
    private static readonly HashSet<string> VerbFollowers = new(StringComparer.Ordinal) { "with", "again", "soon", "early", "first" };

    public override RuleInfo Info { get; } = new(
        "GL5019", "closed-phrasal-verb", Category.RealWord, Severity.Warning,
        "A noun made from a phrasal verb used as the verb: set up the tent, not setup the tent.",
        Help: "`setup`, `shutdown`, `backup`, `checkout`, `workout`, `login` and the like are nouns (`the setup`, `a " +
              "workout`); the verb is two words: `I'll setup the tent` → `I'll set up the tent`, `She has shutdown the mill` " +
              "→ `has shut down`. Flagged after a modal, *do*, a subject pronoun or *have*, and after *to* when an object or " +
              "a particle's word follows (`to setup the camp`; not `went to checkout`, where it is the noun). In speech it " +
              "is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I'll setup the tent before dark.", "I'll set up the tent before dark."),
        Example.Flag("They never breakup with anyone nicely.", "They never break up with anyone nicely."),
        Example.Flag("She has shutdown the mill for the winter.", "She has shut down the mill for the winter."),
        Example.Flag("We went upstairs to backup the files.", "We went upstairs to back up the files."),
        Example.Flag("We workout every morning.", "We work out every morning."),
        Example.Keep("The setup took an hour.", "the noun"),
        Example.Keep("She paid at the checkout and left.", "the noun"),
        Example.Keep("He went to checkout with a full basket.", "to and a noun: a place"),
        Example.Keep("They switched to backup power.", "a noun before a noun"),
        Example.Keep("After the breakup she moved to Leeds.", "the noun"),
        Example.Keep("I'll send you backup.", "you as an object, then the noun"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } word || !Verbs.TryGetValue(word, out var open)) continue;
            int before = text.Previous(t);
            while (before >= 0 && text.Is(before, WordClass.MidAdverb)) before = text.Previous(before);   // never, just
            if (before < 0 || text.Word(before) is not { } slot) continue;
            int after = text.Next(t);
            bool objectFollows = after >= 0 && ObjectStarts.Contains(text.Word(after)!);
            bool verbFollows = objectFollows || after >= 0 && VerbFollowers.Contains(text.Word(after)!);
            bool clauseEnds = after < 0 || text.Tags(after).Share(Pos.Noun) < 0.5;
            string? fix = slot switch
            {
                "to" => objectFollows ? open.Verb : null,
                // after 'd (would or had) the plain verb; after have, has, had, 've the participle
                _ when text.Is(before, WordClass.HaveForm) && !text.Is(before, WordClass.DoFormOrModal) && !slot.EndsWith('d') || slot == "had"
                    => verbFollows ? open.Participle : null,
                // not after you, which may be an object (I'll send you backup)
                _ when text.Is(before, WordClass.DoFormOrModal) || slot.EndsWith("'d", StringComparison.Ordinal) || slot is "i" or "we" or "they"
                    => verbFollows || clauseEnds ? open.Verb : null,
                _ => null,
            };
            if (fix is null) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, t, fix, styled => $"\u201c{context.Manuscript.StringOf(tokens[t])}\u201d is the noun; the verb is two words: \u201c{styled}\u201d.");
        }
    }
}
