using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Apostrophes;

public sealed class EachOtherPossessive : Rule
{
    /// <summary>Verbs that take two objects (gave each other gifts), where a noun after "each other" is the second object.</summary>
    private static readonly string[] TwoObjectVerbs =
    [
        "give", "tell", "send", "show", "bring", "buy", "teach", "write", "hand", "offer", "pass", "throw", "lend", "owe",
        "wish", "make", "promise", "cook", "read", "sing", "ask", "leave", "pay", "call", "get", "find", "save", "pour",
        "toss", "blow", "cost", "deny", "grant", "slip", "feed", "sell", "serve", "shoot", "text", "mail", "allow", "bid",
    ];

    /// <summary>Nouns that work as adverbs of time or place (saw each other today).</summary>
    private static readonly HashSet<string> AdverbialNouns =
        ["today", "tonight", "tomorrow", "yesterday", "home", "anymore", "sometime", "sometimes", "everyday", "once", "twice", "again", "last", "next", "first"];

    public override RuleInfo Info { get; } = new(
        "GL3003", "each-other-possessive", Category.Apostrophes, Severity.Warning,
        "\u201cEach other\u201d or \u201cone another\u201d before a noun needs the possessive \u2019s.",
        Help: "`in each other arms` should be `in each other's arms`. After verbs that take two objects (`gave each other gifts`) the noun is an object and is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("We held on to each other hands.", "We held on to each other's hands."),
        Example.Flag("They knew one another names.", "They knew one another's names."),
        Example.Keep("They gave each other presents.", "a verb with two objects"),
        Example.Keep("We saw each other today."),
        Example.Keep("They fell into each other's arms."),
    ];

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        char apostrophe = NamePlusS.Apostrophe(context);
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            if (!(text.Word(t) is "each" && text.Word(t + 1) is "other" || text.Word(t) is "one" && text.Word(t + 1) is "another")) continue;
            if (text.Next(t) != t + 1) continue;
            int noun = text.Next(t + 1);
            if (noun < 0 || tokens[noun].Is(Document.TokenFlags.Capitalized) || AdverbialNouns.Contains(text.Word(noun)!)) continue;
            var tags = text.Tags(noun);
            if (!(tags.Top == Pos.Noun && tags.Share(Pos.Noun) >= 0.7)) continue;
            int verb = text.Previous(t);
            if (verb >= 0 && TwoObjectVerbs.Any(v => VerbForms.IsFormOf(text.Word(verb)!, v))) continue;
            var span = tokens[t + 1].Span;
            var word = context.Manuscript.StringOf(tokens[t + 1]);
            sink.Report(Info, span, $"Before a noun this is possessive: \u201c{text.Word(t)} {word}{apostrophe}s\u201d.", Fix.Replace(span, word + apostrophe + "s"));
        }
    }
}
