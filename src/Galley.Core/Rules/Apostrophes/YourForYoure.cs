using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Apostrophes;

/// <summary>"your" where grammar leaves only "you're": before not, an article or so (your not listening, your the
/// best), before an adjective that ends its clause (I hope your happy), and before an -ing verb that ends a clause
/// after what, how or where (I know what your doing). The n-gram model (GL3101) weighs the rest.</summary>
public sealed class YourForYoure : Rule
{
    /// <summary>Words a possessive "your" never comes before.</summary>
    private static readonly HashSet<string> OnlyAfterYouAre = new(StringComparer.Ordinal) { "not", "a", "an", "the", "so", "gonna", "always", "never" };

    /// <summary>Before an -ing word these may belong to a possessive gerund (of your not being there, I don't
    /// understand your never asking): read as "you're" only where "your" opens a clause.</summary>
    private static readonly HashSet<string> GerundAdverbs = new(StringComparer.Ordinal) { "not", "always", "never" };

    /// <summary>Words after which a clause begins, so "your" there opens it as its subject (I hope your happy).</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "hope", "think", "know", "guess", "bet", "sure", "glad", "if", "because", "when", "unless", "and", "but", "so",
        "that", "what", "how", "where", "why", "while", "as", "say", "said", "mean", "believe", "feel", "wish",
    };

    public override RuleInfo Info { get; } = new(
        "GL3007", "your-for-youre", Category.Apostrophes, Severity.Warning,
        "your where grammar needs you're (your not listening, I hope your happy, what your doing).",
        Help: "*your* is the possessive (your coat); *you're* is *you are*. Flagged only where grammar decides: *your* right " +
              "before *not*, an article or *so*; *your* after a word that opens a clause (hope, think, if, because…) and " +
              "before an adjective that ends the clause or meets a preposition (`I hope your happy here`); and *your* " +
              "before an -ing word that ends a clause after what, how or where (`I know what your doing`). Everything " +
              "else is left to apostrophe-confusion (GL3101), which weighs the context.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Your not listening to me.", "You're not listening to me."),
        Example.Flag("Your the only one who came.", "You're the only one who came."),
        Example.Flag("I hope your happy with yourself.", "I hope you're happy with yourself."),
        Example.Flag("I know what your doing.", "I know what you're doing."),
        Example.Flag("I hope your excited about the trip.", "I hope you're excited about the trip.", "a participle as an adjective"),
        Example.Keep("I hope your finished work pleases them.", "a participle before its noun"),
        Example.Flag("She said your welcome to stay.", "She said you're welcome to stay."),
        Example.Keep("Your coat is on the chair."),
        Example.Keep("Nobody spoke of your not being there.", "a possessive before a gerund"),
        Example.Keep("I looked after everyone but your own.", "your own"),
        Example.Keep("Your relative, for example, could help.", "a possessive opening a sentence"),
        Example.Keep("I hope your mother is well."),
        Example.Keep("I know what your plan is."),
        Example.Keep("Your thinking is muddled.", "an -ing word as a noun, with a verb after it"),
        Example.Keep("Your welcome was warmer than I expected.", "welcome as a noun"),
        Example.Keep("I think your old car is outside.", "an adjective before its noun"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "your" || !MeansYouAre(text, t)) continue;
            var written = context.Manuscript.StringOf(tokens[t]);
            var fix = ConfusionRule.MatchStyle(written, text.WithApostrophe("you're"), curlyApostrophes: false);
            sink.Report(Info, tokens[t].Span, $"\u201c{written}\u201d should be \u201c{fix}\u201d (you are) here.", Fix.Replace(tokens[t].Span, fix));
        }
    }

    private static bool MeansYouAre(GrammarText text, int t)
    {
        int next = text.Next(t);
        if (text.Word(next) is not { } word) return false;
        int before = text.Previous(t);
        bool afterOpener = before >= 0 && ClauseOpeners.Contains(text.Word(before)!);
        if (OnlyAfterYouAre.Contains(word))
            return !GerundAdverbs.Contains(word) || text.StartsClause(t) || afterOpener;
        // a possessive opens a sentence as often as "you're" does (Your relative, for example…): a clause-opening word must come first
        if (!afterOpener) return false;
        int after = text.Next(next);
        bool endsHere = after < 0 || text.Tagged(after).Head is Pos.Adp or Pos.Prt || text.Word(after) is "to" or "that" or "enough" or "there" or "here" or "now";
        if (!endsHere) return false;
        var tags = text.Tags(next);
        // happy, or a participle used as one (excited, finished) when nothing follows that it could describe
        if (tags.Share(Pos.Adj, Pos.Vbn) >= 0.8 && tags.Share(Pos.Noun) < 0.1 && word is not ("own" or "very" or "dear" or "little" or "poor")
            || word == "welcome" && (after < 0 || text.Word(after) == "to")) return true;
        // what your doing.: an -ing word ending the clause after a wh-word
        return after < 0 && before >= 0 && text.Word(before) is "what" or "how" or "where" or "why" && text.IsVerbInIng(next, 0.5);
    }
}
