using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>"Need to" before a word that is only ever a noun (I need to information): "to" was meant as "the".</summary>
public sealed class NeedToNoun : Rule
{
    /// <summary>Uses in Brown below which a word's tags say too little to call it a noun only.</summary>
    private const int MinTaggedUses = 5;

    public override RuleInfo Info { get; } = new(
        "GL4040", "need-to-noun", Category.Agreement, Severity.Warning,
        "Need to before a noun: I need the map, not I need to map… unless a verb was meant.",
        Help: "After *need to* comes a verb (`need to leave`). When the next word is a singular noun Brown never tags " +
              "as a verb (`I need to information`, `She will need to approval`), the *to* is a slip for *the*: `I need " +
              "the information`. Words that are also verbs (`need to report`, `need to permit`) are left alone. In speech " +
              "it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I need to information about the trains.", "I need the information about the trains."),
        Example.Flag("She will need to permission of the owner.", "She will need the permission of the owner."),
        Example.Keep("We need to report before noon.", "report is a verb too"),
        Example.Keep("I need to leave now."),
        Example.Keep("They needed to permit the cart through.", "permit is a verb too"),
        Example.Keep("You need to Boston first.", "a name"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            if (text.Word(t) != "to" || text.Word(text.Previous(t)) is not { } need || !VerbForms.IsFormOf(need, "need")) continue;
            int noun = text.Next(t);
            if (noun < 0 || tokens[noun].Is(TokenFlags.Capitalized) || !IsOnlyNoun(text.Word(noun)!, text.Tags(noun))) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, t, "the", styled => $"\u201c{context.Manuscript.StringOf(tokens[noun])}\u201d is a noun, not a verb: \u201cneed the {context.Manuscript.StringOf(tokens[noun])}\u201d.");
        }
    }

    /// <summary>A singular noun Brown has seen often enough and never as a verb.</summary>
    private static bool IsOnlyNoun(string word, TagProfile tags)
    {
        if (word.EndsWith('s') || !tags.IsKnown || tags.Total < MinTaggedUses || !tags.IsMostly(Pos.Noun, 0.95)) return false;
        return tags.Count(Pos.Vb) + tags.Count(Pos.Vbp) + tags.Count(Pos.Vbz) + tags.Count(Pos.Vbd) + tags.Count(Pos.Vbn) + tags.Count(Pos.Vbg) == 0;
    }
}
