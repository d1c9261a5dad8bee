using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class ToAfterModal : Rule
{
    private static readonly FrozenSet<string> Modals =
        new[] { "can", "could", "may", "might", "must", "shall", "should", "will", "would" }.ToFrozenSet(StringComparer.Ordinal);

    public override RuleInfo Info { get; } = new(
        "GL4048", "to-after-modal", Category.Agreement, Severity.Warning,
        "A modal takes the plain verb with no to: you must go, not you must to go.",
        Help: "`We should to leave` → `We should leave`. Only a subject pronoun, a modal (*can*, *must*, *should*, *will*…), " +
              "*to* and a word the tagged corpus reads almost always as a base verb is flagged, so the noun in `the will " +
              "to live` and `ought to` are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("You must to explain it again.", "You must explain it again."),
        Example.Flag("We should to leave before dark.", "We should leave before dark."),
        Example.Keep("We should leave before dark."),
        Example.Keep("She lost the will to continue.", "will as a noun"),
        Example.Keep("You ought to explain it again."),
        Example.Keep("It will to some extent depend on the weather.", "to before a noun phrase"),
        Example.Keep("She did all she could to calm them.", "could ends a clause whose verb is left out"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "to") continue;
            int modal = text.Previous(t);
            if (modal < 0 || !Modals.Contains(text.Word(modal) ?? "")) continue;
            int subject = text.Previous(modal);
            if (subject < 0 || !text.Is(subject, WordClass.SubjectPronoun) || !OpensClause(text, subject)) continue;
            int v = text.Next(t);
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized) || !VerbForms.ReadsAsBaseVerb(text.Tags(v))) continue;
            StrayTo.Report(Info, context, sink, t, v, $"After \u201c{context.Manuscript.StringOf(tokens[modal])}\u201d the verb comes without \u201cto\u201d.");
        }
    }

    /// <summary>Whether the subject starts its clause: after punctuation or a conjunction, not after "all" or "what"
    /// (all I could to help, what we can to stop it), where the modal's own verb is left out.</summary>
    private static bool OpensClause(GrammarText text, int subject) =>
        subject == 0 || text.Word(subject - 1) is null or "and" or "but" or "so" or "or" or "then" or "because";
}
