using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Apostrophes;

/// <summary>"Who's car is that?": who's (who is, who has) before a noun and that noun's verb is the possessive whose.</summary>
public sealed class WhoseApostrophe : Rule
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "isn't", "wasn't", "'s", "will", "would", "could", "should", "can",
        "did", "does", "do",
    };

    public override RuleInfo Info { get; } = new(
        "GL3010", "whose-apostrophe", Category.Apostrophes, Severity.Warning,
        "who's where the possessive whose is meant: Whose car is that?",
        Help: "*who's* is *who is* or *who has*; the possessive is *whose*. Before a noun and then that noun's verb " +
              "(`Who's car is parked outside?`, `Who's turn was it?`), only *whose* reads, so that is flagged; " +
              "`Who's there?`, `Who's coming?` and `Who's the boss?` are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Who's car is parked outside?", "Whose car is parked outside?"),
        Example.Flag("Nobody knew who's idea was this.", "Nobody knew whose idea was this."),
        Example.Keep("Who's there?"),
        Example.Keep("Who's the boss here?", "an article: who is"),
        Example.Keep("Who's coming tonight?"),
        Example.Keep("Whose car is parked outside?"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "who's") continue;   // Word straightens a curly apostrophe
            int noun = text.Next(t);
            if (noun < 0 || tokens[noun].Is(Document.TokenFlags.Capitalized)) continue;
            var tags = text.Tags(noun);
            if (text.Tagged(noun).Head != Pos.Noun || tags.Top != Pos.Noun || tags.Share(Pos.Noun) < 0.8) continue;
            int verb = text.Next(noun);
            if (verb < 0 || text.Word(verb) is not { } v || !Verbs.Contains(v)) continue;
            var written = context.Manuscript.StringOf(tokens[t]);
            string fix = char.IsUpper(written[0]) ? "Whose" : "whose";
            sink.Report(Info, tokens[t].Span, $"\u201c{written}\u201d is \u201cwho is\u201d; the possessive is \u201c{fix}\u201d.", Fix.Replace(tokens[t].Span, fix));
        }
    }
}
