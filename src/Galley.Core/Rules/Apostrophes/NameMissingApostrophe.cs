using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Apostrophes;

public sealed class NameMissingApostrophe : Rule
{
    /// <summary>Adjectives and participles that may stand between the name and its noun (Clarks slow footsteps).</summary>
    private const int MaxModifiers = 2;

    public override RuleInfo Info { get; } = new(
        "GL3001", "name-missing-apostrophe", Category.Apostrophes, Severity.Warning,
        "A character's name followed by a noun needs an apostrophe to show possession.",
        Help: "When a name the story uses (Clark) appears with an extra s right before a noun (`Clarks head`), it is almost always " +
              "a possessive that lost its apostrophe: `Clark's head`. A family plural after *the* (`the Kents farm`) is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Marta smiled. I could see Martas hands shaking.", "Marta smiled. I could see Marta's hands shaking."),
        Example.Flag("I saw Tobin leave. For Tobins sake, I kept quiet.", "I saw Tobin leave. For Tobin's sake, I kept quiet."),
        Example.Flag("I waited for Dovey. I heard Doveys slow heavy footsteps.", "I waited for Dovey. I heard Dovey's slow heavy footsteps."),
        Example.Keep("Marta smiled. The Martas farm was sold.", "a family plural after a determiner"),
        Example.Keep("Marta smiled. I could see Marta's hands shaking."),
        Example.Keep("Rose waved. Roses grew by the door.", "Roses is a word of its own"),
        Example.Keep("I saw Tobin. Tobins stared at us.", "a verb follows: the name-plural rule handles it"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        char apostrophe = text.Apostrophe;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!NamePlusS.IsCandidate(context, text, t) || !NounPhraseFollows(text, t)) continue;
            var token = tokens[t];
            var name = context.Manuscript.StringOf(token)[..^1];
            var span = token.Span;
            sink.Report(Info, span, $"\u201c{name}s\u201d before a noun reads as a possessive: \u201c{name}{apostrophe}s\u201d.",
                Fix.Replace(span, $"{name}{apostrophe}s"), Fix.Replace(span, $"{name}s{apostrophe}", "Plural possessive"));
        }
    }

    /// <summary>A common noun follows, directly or after an adjective or participle or two.</summary>
    private static bool NounPhraseFollows(GrammarText text, int t)
    {
        int next = text.Next(t);
        for (int modifiers = 0; next >= 0 && modifiers <= MaxModifiers; modifiers++, next = text.Next(next))
        {
            if (text.Tokens[next].Is(Document.TokenFlags.Capitalized)) return false;
            var tags = text.Tags(next);
            if (tags.Top == Pos.Noun && tags.Share(Pos.Noun) >= 0.6) return true;
            if (tags.Top is not (Pos.Adj or Pos.Vbg)) return false;
        }
        return false;
    }
}
