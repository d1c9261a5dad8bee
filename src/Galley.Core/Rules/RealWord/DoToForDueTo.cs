using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>"do to" for "due to" after a verb: the game was cancelled do to the rain.</summary>
public sealed class DoToForDueTo : Rule
{
    /// <summary>Words after which "do" is the plain verb: help do, had better do, would rather do.</summary>
    private static readonly HashSet<string> BeforePlainVerb = new(StringComparer.Ordinal)
    {
        "let", "help", "helps", "helped", "make", "makes", "made", "better", "rather", "sooner",
    };

    public override RuleInfo Info { get; } = new(
        "GL5015", "do-to-due-to", Category.RealWord, Severity.Warning,
        "\"do to\" for \"due to\" after a verb: cancelled due to the rain.",
        Help: "Right after a verb (`stopped do to the storm`, `was do to a fault`) and before what it is owing to, *do to* " +
              "can only be *due to*: the verb *do* would need a subject or a modal before it (`what storms do to the coast`, " +
              "`all I could do to help`), and those are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The match was called off do to the rain.", "The match was called off due to the rain."),
        Example.Flag("The delay was do to a broken signal.", "The delay was due to a broken signal."),
        Example.Keep("What did the storm do to the roof?", "\"do\" with its subject"),
        Example.Keep("I did all I could do to help her.", "\"do\" after a modal"),
        Example.Keep("Look what the years do to a man.", "\"do\" after its subject, a noun"),
        Example.Keep("You had better do to the house what you promised.", "\"do\" after \"had better\""),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t + 1 < tokens.Length; t++)
        {
            if (text.Word(t) != "do" || text.Next(t) is not (>= 0 and var to) || text.Word(to) != "to") continue;
            if (!AfterAVerb(text, text.Previous(t))) continue;
            int cause = text.Next(to);
            if (cause < 0 || text.Tagged(cause).Head is not (Pos.Det or Pos.Adj or Pos.Noun or Pos.Num or Pos.Propn)) continue;
            var span = tokens[t].Span;
            var written = context.Manuscript.StringOf(tokens[t]);
            var fix = ConfusionRule.MatchStyle(written, "due", curlyApostrophes: false);
            sink.Report(Info, span, $"\u201c{written} to\u201d after a verb reads as \u201c{fix} to\u201d.", Fix.Replace(span, fix));
        }
    }

    /// <summary>A verb (not a modal, "do" nor one that takes a plain verb after it), perhaps followed by its particle,
    /// an adverb or an adjective (called off, was late): the clause is complete, so "do" has no subject.</summary>
    private static bool AfterAVerb(GrammarText text, int t)
    {
        if (t < 0 || BeforePlainVerb.Contains(text.Word(t)!)) return false;
        if (text.Tagged(t).Head is Pos.Prt or Pos.Adv or Pos.Adj) t = text.Previous(t);
        return t >= 0 && text.Tagged(t).IsVerb && !text.Is(t, WordClass.DoFormOrModal) && !BeforePlainVerb.Contains(text.Word(t)!);
    }
}
