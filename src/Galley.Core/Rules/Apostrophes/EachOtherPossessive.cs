using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Apostrophes;

public sealed class EachOtherPossessive : Rule
{
    /// <summary>Verbs that take two objects (gave each other gifts), where a noun after "each other" is the second object.</summary>
    private static readonly FrozenSet<string> TwoObjectVerbs = VerbForms.FormsOf(
    [
        "give", "tell", "send", "show", "bring", "buy", "teach", "write", "hand", "offer", "pass", "throw", "lend", "owe",
        "wish", "make", "promise", "cook", "read", "sing", "ask", "leave", "pay", "call", "get", "find", "save", "pour",
        "toss", "blow", "cost", "keep", "deny", "grant", "slip", "feed", "sell", "serve", "shoot", "text", "mail", "allow", "bid",
    ]);

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
        Example.Flag("We stared into each others eyes.", "We stared into each other's eyes."),
        Example.Flag("They hugged each others.", "They hugged each other."),
        Example.Keep("They gave each other presents.", "a verb with two objects"),
        Example.Keep("We saw each other today."),
        Example.Keep("They kept each other company."),
        Example.Keep("They fell into each other's arms."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        char apostrophe = text.Apostrophe;
        foreach (int t in text.TokensOf(WordClass.EachOrOne))
        {
            if (text.Next(t) != t + 1) continue;   // the last token has no next
            var (first, second) = (text.Word(t), text.Word(t + 1));
            if (first is "each" && second is "others" or "others'" || first is "one" && second is "anothers" or "anothers'")
            {
                ReportPluralForm(context, sink, text, t + 1, apostrophe);
                continue;
            }
            if (!(first is "each" && second is "other" || first is "one" && second is "another") || !NounFollows(text, t + 1)) continue;
            int verb = text.Previous(t);
            if (verb >= 0 && TwoObjectVerbs.Contains(text.Word(verb)!)) continue;
            var span = tokens[t + 1].Span;
            var word = context.Manuscript.StringOf(tokens[t + 1]);
            sink.Report(Info, span, $"Before a noun this is possessive: \u201c{first} {word}{apostrophe}s\u201d.", Fix.Replace(span, word + apostrophe + "s"));
        }
    }

    /// <summary>"each others eyes" → "each other's eyes"; "we hugged each others" → "each other".</summary>
    private void ReportPluralForm(CheckContext context, DiagnosticSink sink, GrammarText text, int t, char apostrophe)
    {
        var written = context.Manuscript.StringOf(text.Tokens[t]);
        var singular = written.TrimEnd('\'', '\u2019')[..^1];
        var possessive = singular + apostrophe + "s";
        var span = text.Tokens[t].Span;
        bool beforeNoun = NounFollows(text, t);
        sink.Report(Info, span, beforeNoun ? $"The possessive is \u201c{possessive}\u201d." : $"There is no plural: \u201c{singular}\u201d.",
            beforeNoun ? [Fix.Replace(span, possessive), Fix.Replace(span, singular)] : [Fix.Replace(span, singular), Fix.Replace(span, possessive)]);
    }

    private static bool NounFollows(GrammarText text, int t)
    {
        int noun = text.Next(t);
        if (noun < 0 || text.Tokens[noun].Is(Document.TokenFlags.Capitalized) || AdverbialNouns.Contains(text.Word(noun)!)) return false;
        var tags = text.Tags(noun);
        return tags.Top == Pos.Noun && tags.Share(Pos.Noun) >= 0.7;
    }
}
