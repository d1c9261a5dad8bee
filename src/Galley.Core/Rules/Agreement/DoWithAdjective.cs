using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>A question with do before an adjective (Do you ready? → Are you ready?): an adjective needs be.</summary>
public sealed class DoWithAdjective : Rule
{
    /// <summary>The form of be that fits each subject, present and past.</summary>
    private static readonly Dictionary<string, (string Present, string Past)> BeFor = new(StringComparer.Ordinal)
    {
        ["i"] = ("am", "was"), ["you"] = ("are", "were"), ["we"] = ("are", "were"), ["they"] = ("are", "were"),
        ["he"] = ("is", "was"), ["she"] = ("is", "was"), ["it"] = ("is", "was"),
    };

    public override RuleInfo Info { get; } = new(
        "GL4030", "do-with-adjective", Category.Agreement, Severity.Warning,
        "A question about a state takes be, not do: Are you ready?, not Do you ready?",
        Help: "*Do* asks about an action (`Do you swim?`); an adjective needs *be*: `Do you ready?` → `Are you ready?`, " +
              "`Did she angry?` → `Was she angry?`. Flagged only where *do*, *does* or *did* opens the question, a pronoun " +
              "follows, and then a word that is an adjective and never a verb. In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Do you ready for the climb?", "Are you ready for the climb?"),
        Example.Flag("Did she angry with you?", "Was she angry with you?"),
        Example.Flag("Does he afraid of the dark?", "Is he afraid of the dark?"),
        Example.Keep("Do you need help?"),
        Example.Keep("Did she ever come back?"),
        Example.Keep("Do you mind if I sit here?"),
        Example.Keep("Are you ready for the climb?"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            var auxiliary = text.Word(t);
            bool present = auxiliary is "do" or "does";
            if (!present && auxiliary != "did" || !text.StartsClause(t)) continue;
            int subject = text.Next(t);
            if (text.Word(subject) is not { } pronoun || !BeFor.TryGetValue(pronoun, out var be)) continue;
            bool thirdPerson = pronoun is "he" or "she" or "it";
            if (present && (auxiliary == "does") != thirdPerson) continue;   // does I, do he: another slip
            int adjective = text.Next(subject);
            if (adjective < 0 || !IsOnlyAdjective(text.Tags(adjective))) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, t, present ? be.Present : be.Past, styled => $"An adjective after the subject needs \u201c{styled}\u201d, not \u201c{context.Manuscript.StringOf(tokens[t])}\u201d.");
        }
    }

    /// <summary>A word Brown has seen often, nearly always as an adjective and never as a plain verb (ready, afraid).</summary>
    private static bool IsOnlyAdjective(TagProfile tags) =>
        tags.Total >= 10 && tags.Top == Pos.Adj && tags.Share(Pos.Adj) >= 0.8 && tags.Share(Pos.Vb, Pos.Vbp) < 0.05;
}
