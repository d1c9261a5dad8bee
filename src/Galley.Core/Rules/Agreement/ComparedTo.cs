using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>"cheaper compare to last year" → "compared to": the participle that sets one thing beside another.</summary>
public sealed class ComparedTo : Rule
{
    /// <summary>Words after which "compare to" can only be the participle phrase (as compared to, small when compared with).</summary>
    private static readonly FrozenSet<string> ParticipleOpeners =
        new[] { "as", "when", "if", "once", "less", "more" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Share of its tagged uses the word before must be an adjective (small, cheaper) to be read as one.</summary>
    private const double AdjectiveShare = 0.8;

    public override RuleInfo Info { get; } = new(
        "GL4050", "compared-to", Category.Agreement, Severity.Warning,
        "Setting one thing beside another takes the participle: small compared to, as compared with.",
        Help: "`The house was small compare to ours` → `small compared to ours`; `as compare with` → `as compared with`. " +
              "Only *compare to* or *compare with* right after an adjective or after *as*, *when*, *if*, *once*, *less* or " +
              "*more* is flagged; where *compare* is a verb with its subject, modal or *to* (`they compare to`, `nothing can " +
              "compare to`, `hard to compare with`) it is left alone. *Nothing compares to* is a verb too, and not checked.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Our cottage was small compare to theirs.", "Our cottage was small compared to theirs."),
        Example.Flag("The rent is low as compare with the city.", "The rent is low as compared with the city."),
        Example.Flag("The loss seemed slight when compare to the harvest.", "The loss seemed slight when compared to the harvest."),
        Example.Keep("Our cottage was small compared to theirs."),
        Example.Keep("Nothing can compare to the sea at dawn.", "a verb after a modal"),
        Example.Keep("It is hard to compare with anything.", "an infinitive"),
        Example.Keep("They compare to the old ones badly.", "a verb with its subject"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        for (int t = 0; t < text.Tokens.Length; t++)
        {
            if (text.Word(t) != "compare" || text.Word(text.Next(t)) is not ("to" or "with")) continue;
            int before = text.Previous(t);
            if (before < 0 || text.Word(before) is not { } previous) continue;
            bool adjective = text.Tagged(before).Head == Pos.Adj && text.Tags(before).IsMostly(Pos.Adj, AdjectiveShare);
            if (!adjective && !ParticipleOpeners.Contains(previous)) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, t, "compared",
                styled => $"Setting one thing beside another takes the participle: \u201c{styled} {text.Word(text.Next(t))}\u201d.");
        }
    }
}
