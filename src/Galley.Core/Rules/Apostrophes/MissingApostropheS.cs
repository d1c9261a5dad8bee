using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Apostrophes;

/// <summary>A contraction or possessive that lost its apostrophe on words that have no plural in this sense:
/// "somethings wrong" (something's), "tomorrows meeting" (tomorrow's).</summary>
public sealed class MissingApostropheS : Rule
{
    /// <summary>Indefinite pronouns: with an s and a verb or adjective after, it is "is" or "has".</summary>
    private static readonly HashSet<string> Indefinites = new(StringComparer.Ordinal)
    {
        "somethings", "everythings", "nothings", "anythings", "everyones", "someones", "nobodys", "somebodys", "everybodys",
    };

    /// <summary>Days named from now: with an s before a noun, a possessive (today's paper).</summary>
    private static readonly HashSet<string> Days = new(StringComparer.Ordinal) { "todays", "tomorrows", "yesterdays", "tonights" };

    public override RuleInfo Info { get; } = new(
        "GL3009", "missing-apostrophe-s", Category.Apostrophes, Severity.Warning,
        "An apostrophe missing from something's, everyone's, today's or tomorrow's.",
        Help: "`Somethings wrong` → `Something's wrong` (something is); `everyones here` → `everyone's here`; " +
              "`tomorrows meeting` → `tomorrow's meeting`. The pronouns are flagged before a verb, an adverb or an " +
              "adjective; the days only before a noun, so `all our yesterdays` is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Somethings wrong with the engine.", "Something's wrong with the engine."),
        Example.Flag("I think everyones asleep now.", "I think everyone's asleep now."),
        Example.Flag("We read about it in todays paper.", "We read about it in today's paper."),
        Example.Flag("Tomorrows ferry leaves at dawn.", "Tomorrow's ferry leaves at dawn."),
        Example.Keep("All our yesterdays lit the way.", "a plural, not before a noun"),
        Example.Keep("Something's wrong with the engine."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } word || word.Length < 5) continue;
            bool indefinite = Indefinites.Contains(word);
            if (!indefinite && !Days.Contains(word)) continue;
            int next = text.Next(t);
            if (next < 0 || tokens[next].Is(Document.TokenFlags.Capitalized)) continue;
            var head = text.Tagged(next).Head;
            bool fits = indefinite
                ? text.Tagged(next).IsVerb || head is Pos.Adv or Pos.Adj || text.Tags(next).Top is Pos.Adj or Pos.Vbg
                : head is Pos.Noun || text.Tags(next).IsMostly(Pos.Noun, 0.6);
            if (!fits) continue;
            var span = tokens[t].Span;
            var written = context.Manuscript.StringOf(tokens[t]);
            var fix = ConfusionRule.MatchStyle(written, text.WithApostrophe(word[..^1] + "'s"), curlyApostrophes: false);
            sink.Report(Info, span, $"\u201c{written}\u201d needs its apostrophe: \u201c{fix}\u201d.", Fix.Replace(span, fix));
        }
    }
}
