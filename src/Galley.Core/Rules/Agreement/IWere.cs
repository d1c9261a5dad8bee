using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>"I were" outside a wish or a condition (I were the best player → I was): the subjunctive needs its trigger.</summary>
public sealed class IWere : Rule
{
    /// <summary>Words that make a following "I were" a subjunctive (if I were, I wish I were, as though I were).</summary>
    private static readonly HashSet<string> SubjunctiveTriggers = new(StringComparer.Ordinal)
    {
        "if", "wish", "wished", "wishes", "wishing", "though", "suppose", "supposing", "rather", "imagine", "imagined",
        "pretend", "pretended", "unless", "whether", "even", "lest", "as", "would", "only", "than", "like", "fancy",
    };

    public override RuleInfo Info { get; } = new(
        "GL4041", "i-were", Category.Agreement, Severity.Warning,
        "I was, not I were, unless it is a wish or a condition: if I were you.",
        Help: "*I were* is the subjunctive of a wish or an unreal condition (`if I were you`, `I wish I were taller`, `as " +
              "though I were a child`), and *you and I were* has a plural subject. Elsewhere the past of *be* after *I* is *was*: `I were the best player` → `I was the " +
              "best player`. Any trigger earlier in the sentence (*if*, *wish*, *though*, *suppose*, *rather*, *as*…) leaves it " +
              "alone. Some dialects say *I were* (`I were going down the pit`): in speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I were the fastest runner in my class.", "I was the fastest runner in my class."),
        Example.Flag("Yesterday I were too tired to argue.", "Yesterday I was too tired to argue."),
        Example.Keep("If I were you, I would leave.", "a condition"),
        Example.Keep("I wish I were taller.", "a wish"),
        Example.Keep("She looked at me as though I were a ghost.", "as though"),
        Example.Keep("I would rather I were elsewhere.", "rather"),
        Example.Keep("We were late, and I was tired.", "we were"),
        Example.Keep("My brother and I were late.", "two subjects joined by and"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            int pronoun = text.Previous(t);
            if (text.Word(t) != "were" || text.Word(pronoun) != "i" || text.EarlierInSentence(t, SubjunctiveTriggers.Contains)) continue;
            if (text.Word(text.Previous(pronoun)) is "and" or "or" or "nor") continue;   // you and I were: a plural subject
            ConfusionRule.ReportInWritersStyle(Info, context, sink, t, "was", styled => $"After \u201cI\u201d the past of be is \u201c{styled}\u201d, unless this is a wish or a condition.");
        }
    }

}
