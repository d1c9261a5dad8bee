using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>A question's auxiliary that does not agree with the pronoun after it (Has we finished? → Have we).</summary>
public sealed class QuestionAgreement : Rule
{
    private static readonly HashSet<string> Plural = new(StringComparer.Ordinal) { "i", "you", "we", "they" };
    private static readonly HashSet<string> Singular = new(StringComparer.Ordinal) { "he", "she", "it" };

    /// <summary>The auxiliary each person needs, by the auxiliary written: for I/you/we/they, and for he/she/it.
    /// "Have it your way" and "Do it now" are commands, so have and do are not checked before it.</summary>
    private static readonly Dictionary<string, (string? ForPlural, string? ForSingular)> Agreeing = new(StringComparer.Ordinal)
    {
        ["has"] = ("have", null), ["hasn't"] = ("haven't", null), ["does"] = ("do", null), ["doesn't"] = ("don't", null),
        ["have"] = (null, "has"), ["haven't"] = (null, "hasn't"), ["do"] = (null, "does"), ["don't"] = (null, "doesn't"),
        ["are"] = (null, "is"), ["aren't"] = (null, "isn't"), ["is"] = ("are", null), ["isn't"] = ("aren't", null),
    };

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal) { "what", "why", "how", "where", "when", "who", "which" };

    public override RuleInfo Info { get; } = new(
        "GL4035", "question-agreement", Category.Agreement, Severity.Warning,
        "In a question the auxiliary agrees with its pronoun: Have we finished?, Does she know?",
        Help: "`Has we finished?` → `Have we finished?`; `Do he know?` → `Does he know?`; `Is they coming?` → `Are they " +
              "coming?`. Checked where the auxiliary opens the clause (or follows a question word) and a pronoun comes " +
              "next. *I* with *is* or *are* takes *am*. *Have it* and *do it* are left alone, since they are commands. " +
              "In speech `don't he` and `is you` are often a character's voice: there it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Has we missed the last train?", "Have we missed the last train?"),
        Example.Flag("Why do he always sit there?", "Why does he always sit there?"),
        Example.Flag("Is they coming back tonight?", "Are they coming back tonight?"),
        Example.Keep("Are she and the baby asleep?", "a subject joined with and"),
        Example.Keep("Have we missed the last train?"),
        Example.Keep("Do it now, before he wakes.", "a command"),
        Example.Keep("Have it your way.", "a command"),
        Example.Keep("What he has we cannot take.", "not a question"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } auxiliary || !Agreeing.TryGetValue(auxiliary, out var forms)) continue;
            if (!text.StartsClause(t) && !QuestionWords.Contains(text.Word(text.Previous(t)) ?? "")) continue;
            if (text.Word(text.Next(t)) is not { } pronoun) continue;
            string? right = Plural.Contains(pronoun) ? forms.ForPlural : Singular.Contains(pronoun) ? forms.ForSingular : null;
            if (pronoun == "i" && auxiliary is "is" or "are") right = "am";
            if (pronoun == "i" && auxiliary is "isn't" or "aren't") right = null;   // aren't I is standard
            if (right is null || pronoun == "it" && auxiliary is "have" or "haven't" or "do" or "don't") continue;   // do it now
            if (text.Word(text.Next(text.Next(t))) is "and" or "or") continue;   // are she and the baby: a joined subject
            ConfusionRule.ReportInWritersStyle(Info, context, sink, t, right, styled => $"\u201c{context.Manuscript.StringOf(tokens[text.Next(t)])}\u201d takes \u201c{styled}\u201d here.", curlyApostrophes: text.Apostrophe != '\'');
        }
    }
}
