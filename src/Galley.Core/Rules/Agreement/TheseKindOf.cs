using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>"these kind of storms" → "these kinds of storms": the determiner and kind must agree.</summary>
public sealed class TheseKindOf : Rule
{
    private static readonly Dictionary<string, string> PluralOf = new(StringComparer.Ordinal)
    {
        ["kind"] = "kinds", ["sort"] = "sorts", ["type"] = "types",
    };

    public override RuleInfo Info { get; } = new(
        "GL4031", "these-kind-of", Category.Agreement, Severity.Warning,
        "These and those take a plural: these kinds of things, or this kind of thing.",
        Help: "`These kind of storms are rare` → `These kinds of storms`. Flagged in narration; in speech `those sort of " +
              "people` is common and natural, so there it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("These kind of storms were rare in the valley.", "These kinds of storms were rare in the valley."),
        Example.Flag("He had no patience for those sort of games.", "He had no patience for those sorts of games."),
        Example.Keep("This kind of storm was rare in the valley."),
        Example.Keep("These kinds of storms were rare."),
        Example.Keep("Of all the dogs, these were the kind of dogs she liked.", "kind after the"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not ("these" or "those")) continue;
            int kind = text.Next(t);
            if (text.Word(kind) is not { } word || !PluralOf.TryGetValue(word, out var plural) || text.Word(text.Next(kind)) != "of") continue;
            RealWord.ConfusionRule.ReportInWritersStyle(Info, context, sink, kind, plural, styled => $"\u201c{context.Manuscript.StringOf(tokens[t])}\u201d takes a plural: \u201c{styled} of\u201d.");
        }
    }
}
