using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>"I wish you can stay" → "could stay": a wish is about what is not so, and takes the past modal.</summary>
public sealed class WishCould : Rule
{
    private static readonly Dictionary<string, string> PastModal = new(StringComparer.Ordinal)
    {
        ["can"] = "could", ["can't"] = "couldn't", ["cannot"] = "could not", ["will"] = "would", ["won't"] = "wouldn't",
    };

    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "i", "you", "he", "she", "we", "they", "it", "someone", "somebody", "everyone" };

    public override RuleInfo Info { get; } = new(
        "GL4029", "wish-could", Category.Agreement, Severity.Warning,
        "After wish, can and will become could and would: I wish you could stay.",
        Help: "A wish is about something that is not so, and takes the past form of the modal: `I wish we can go` → " +
              "`I wish we could go`; `She wished he will call` → `would call`. Flagged when *wish* (any form), perhaps " +
              "*that*, and a pronoun subject come right before *can* or *will*. In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I wish we can stay here forever.", "I wish we could stay here forever."),
        Example.Flag("She wished that he will write to her.", "She wished that he would write to her."),
        Example.Flag("I wish you can't see me like this.", "I wish you couldn't see me like this."),
        Example.Keep("I wish we could stay here forever."),
        Example.Keep("I wish you well, and I will see you soon."),
        Example.Keep("Wish all you can, it will not help.", "can without a subject after wish"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not ("wish" or "wishes" or "wished" or "wishing")) continue;
            int subject = text.Next(t);
            if (text.Word(subject) == "that") subject = text.Next(subject);
            if (!Subjects.Contains(text.Word(subject) ?? "")) continue;
            int modal = text.Next(subject);
            if (text.Word(modal) is not { } written || !PastModal.TryGetValue(written, out var past)) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, modal, past, styled => $"After \u201cwish\u201d the modal takes its past form: \u201c{styled}\u201d.", curlyApostrophes: text.Apostrophe != '\'');
        }
    }
}
