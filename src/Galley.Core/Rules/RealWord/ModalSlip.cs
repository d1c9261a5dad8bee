using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Agreement;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>A real word one slip from a modal, standing where the modal must (I cold go → could, we wood try → would).</summary>
public sealed class ModalSlip : Rule
{
    private static readonly Dictionary<string, string> ModalOf = new(StringComparer.Ordinal)
    {
        ["cold"] = "could", ["wood"] = "would", ["mite"] = "might",
    };

    /// <summary>Verbs made with cold (to cold-call, cold-start an engine): after cold they are not a slip.</summary>
    private static readonly HashSet<string> ColdVerbs = new(StringComparer.Ordinal)
    {
        "call", "start", "boot", "build", "read", "brew", "shoulder", "pitch", "email", "forge", "press", "roll", "work", "cock", "open", "weld",
    };

    public override RuleInfo Info { get; } = new(
        "GL5012", "modal-slip", Category.RealWord, Severity.Warning,
        "A word one letter from a modal where the modal must stand: I could go, not I cold go.",
        Help: "`I cold go now` → `I could go now`; `We wood never know` → `We would never know`. Flagged only between a " +
              "pronoun subject and a plain verb (perhaps after *not* or *never*), where neither *cold* nor *wood* can stand; verbs made with *cold* (`we cold call the farms`) are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I cold see the lights of the town.", "I could see the lights of the town."),
        Example.Flag("We wood never know the truth.", "We would never know the truth."),
        Example.Flag("She mite come back tomorrow.", "She might come back tomorrow."),
        Example.Keep("It was cold and we were tired."),
        Example.Keep("He felt cold, so he lit the stove."),
        Example.Keep("They chopped wood all morning."),
        Example.Keep("We cold call the farms along the road.", "a verb made with cold"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } word || !ModalOf.TryGetValue(word, out var modal)) continue;
            if (!text.Is(text.Previous(t), WordClass.SubjectPronoun)) continue;
            int verb = text.Next(t);
            if (text.Word(verb) is "not" or "never" or "always" or "just" or "still") verb = text.Next(verb);
            if (verb < 0 || !IsPlainVerb(text, verb) || word == "cold" && ColdVerbs.Contains(text.Word(verb)!)) continue;
            var span = tokens[t].Span;
            var fix = ConfusionRule.MatchStyle(context.Manuscript.StringOf(tokens[t]), modal, curlyApostrophes: false);
            sink.Report(Info, span, $"Before a verb this reads as \u201c{fix}\u201d.", Fix.Replace(span, fix));
        }
    }

    /// <summary>A word Brown reads mostly as a plain verb (see, know, be), not as a noun or adjective.</summary>
    private static bool IsPlainVerb(GrammarText text, int t)
    {
        if (text.Word(t) == "be") return true;
        var tags = text.Tags(t);
        return tags.Top is Pos.Vb or Pos.Vbp && tags.Share(Pos.Vb, Pos.Vbp) >= 0.6;
    }
}
