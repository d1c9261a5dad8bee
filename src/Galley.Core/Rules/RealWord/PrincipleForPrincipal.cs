using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>"principle" (a rule, a belief) written for the adjective "principal" (chief) before a noun: the principal
/// reason, our principal aim.</summary>
public sealed class PrincipleForPrincipal : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL5016", "principle-for-principal", Category.RealWord, Severity.Warning,
        "\"principle\" before a noun it describes is the adjective \"principal\" (chief): the principal reason.",
        Help: "*Principal* is the adjective (the principal reason, her principal aim) and the head of a school; *principle* " +
              "is only a noun (a matter of principle, the principle of the thing). After a determiner or possessive and right before " +
              "a noun, *principle* can only be the adjective: `the principle reason` → `the principal reason`. A noun " +
              "that is often a verb too (the principle states) is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The principle reason for the delay was the weather.", "The principal reason for the delay was the weather."),
        Example.Flag("Our principle problem was money.", "Our principal problem was money."),
        Example.Keep("It was the principle of the thing.", "the noun, before \"of\""),
        Example.Keep("She refused on principle."),
        Example.Keep("The principle behind the lock was simple.", "the noun, before a preposition"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            if (text.Word(t) != "principle") continue;
            int before = text.Previous(t), noun = text.Next(t);
            if (before < 0 || noun < 0 || !(text.Is(before, WordClass.OpenDeterminer | WordClass.SingularDeterminer) || text.Tagged(before).Head == Pos.Det)) continue;
            var tags = text.Tags(noun);
            if (tokens[noun].Is(Document.TokenFlags.Capitalized) || text.Tagged(noun).Head != Pos.Noun || tags.Share(Pos.Noun) < 0.8) continue;
            var span = tokens[t].Span;
            var written = context.Manuscript.StringOf(tokens[t]);
            var fix = ConfusionRule.MatchStyle(written, "principal", curlyApostrophes: false);
            sink.Report(Info, span, $"Before a noun this is the adjective: \u201c{fix}\u201d.", Fix.Replace(span, fix));
        }
    }
}
