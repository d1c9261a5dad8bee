using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>The superlative "worst" where only the comparative "worse" reads: worst than, made it worst, worse and worst;
/// and the reverse in the compound "worst-case".</summary>
public sealed class WorseWorst : Rule
{
    /// <summary>Verbs after which an adjective ending the clause says what something became (made it worse, got worse).</summary>
    private static readonly HashSet<string> BecomingVerbs = new(StringComparer.Ordinal)
    {
        "make", "makes", "made", "making", "get", "gets", "got", "getting", "grow", "grows", "grew", "growing",
    };

    /// <summary>Objects of "make" before the adjective (made things worse).</summary>
    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal)
    {
        "it", "them", "things", "matters", "everything", "this", "that", "him", "her", "me", "us", "you",
    };

    public override RuleInfo Info { get; } = new(
        "GL5017", "worse-worst", Category.RealWord, Severity.Warning,
        "worse compares two, worst is the most of all: worse than, made it worse, the worst-case plan.",
        Help: "A superlative takes *the* or a possessive (the worst, her worst) and never *than*: `worst than` → `worse than`; " +
              "after *make … it*, *get* or *grow* at the end of a clause the comparative is meant (`made it worst` → `worse`, " +
              "`it got worst.` → `worse`), as in `worse and worse`. The compound is *worst-case* (`a worse-case scenario`). " +
              "*At worst*, *worst of all* and *which is worst* are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The second winter was worst than the first.", "The second winter was worse than the first."),
        Example.Flag("Shouting only made it worst.", "Shouting only made it worse."),
        Example.Flag("The pain got worse and worst through the night.", "The pain got worse and worse through the night."),
        Example.Flag("They planned for a worse-case winter.", "They planned for a worst-case winter."),
        Example.Keep("At worst, we lose a day."),
        Example.Keep("That was the worst night of the year."),
        Example.Keep("Of the three roads, the river road was worst.", "a superlative may stand alone after \"be\""),
        Example.Keep("It made the worst of them angry."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            string? meant = text.Word(t) switch
            {
                "worse-case" => "worst-case",
                "worst" when text.Word(text.Next(t)) == "than" || ComparativeMeant(text, t) => "worse",
                _ => null,
            };
            if (meant is not null) ConfusionRule.ReportSlip(Info, context, sink, t, meant);
        }
    }

    /// <summary>"worse and worst"; "made it worst", "got worst" at a clause's end (or before a conjunction): the comparative.</summary>
    private static bool ComparativeMeant(GrammarText text, int t)
    {
        int before = text.Previous(t), after = text.Next(t);
        if (before < 0) return false;
        if (text.Word(before) == "and" && text.Word(text.Previous(before)) == "worse") return true;
        if (after >= 0 && text.Word(after) is not ("and" or "but" or "for" or "because")) return false;
        if (Objects.Contains(text.Word(before)!)) before = text.Previous(before);
        return before >= 0 && BecomingVerbs.Contains(text.Word(before)!);
    }
}
