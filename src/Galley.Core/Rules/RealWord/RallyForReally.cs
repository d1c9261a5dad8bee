using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>"rally" for the adverb "really" between "be" and what follows it: I was rally tired, it is rally going.</summary>
public sealed class RallyForReally : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL5018", "rally-for-really", Category.RealWord, Severity.Warning,
        "\"rally\" where the adverb \"really\" belongs: she was really tired, it isn't really raining.",
        Help: "After a form of *be* (perhaps with *not*) and before an adjective, a participle or an -ing verb, only an " +
              "adverb fits: `I was rally tired` → `really tired`, `it isn't rally raining` → `really raining`. The verb " +
              "(`they will rally`, `the troops rallied`) and the noun (`the rally was loud`) are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I was rally tired after the walk.", "I was really tired after the walk."),
        Example.Flag("It isn't rally raining any more.", "It isn't really raining any more."),
        Example.Keep("The troops will rally at dawn.", "the verb after a modal"),
        Example.Keep("The rally was loud and long."),
        Example.Keep("They were rally drivers from Wales.", "the noun before a noun"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            if (text.Word(t) != "rally") continue;
            int before = text.Previous(t);
            if (text.Word(before) == "not") before = text.Previous(before);
            if (before < 0 || !IsBe(text.Word(before)!)) continue;
            int next = text.Next(t);
            if (next < 0) continue;
            var tags = text.Tags(next);
            if (!(tags.Share(Pos.Adj) + tags.Share(Pos.Vbg) + tags.Share(Pos.Vbn) >= 0.6)) continue;
            var span = tokens[t].Span;
            var written = context.Manuscript.StringOf(tokens[t]);
            var fix = ConfusionRule.MatchStyle(written, "really", curlyApostrophes: false);
            sink.Report(Info, span, $"Before \u201c{text.Word(next)}\u201d this is the adverb \u201c{fix}\u201d.", Fix.Replace(span, fix));
        }
    }

    /// <summary>A form of "be", written out or contracted with a pronoun (it's, I'm, they're, isn't, ain't); not a noun's 's.</summary>
    private static bool IsBe(string word) =>
        word is "be" or "am" or "is" or "are" or "was" or "were" or "been" or "being" or "isn't" or "aren't" or "wasn't" or "weren't" or "ain't"
        || word.EndsWith("'m") || word.EndsWith("'re") || word.EndsWith("\u2019m") || word.EndsWith("\u2019re")
        || word.Replace('\u2019', '\'') is "it's" or "he's" or "she's" or "that's" or "there's";
}
