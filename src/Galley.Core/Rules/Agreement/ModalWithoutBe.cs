using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>A modal straight before an adjective, with "be" left out (It would nice → It would be nice).</summary>
public sealed class ModalWithoutBe : Rule
{
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "will", "would", "can", "could", "shall", "should", "may", "might", "must", "won't", "wouldn't", "can't", "couldn't",
        "shouldn't", "mightn't", "mustn't",
    };

    public override RuleInfo Info { get; } = new(
        "GL4036", "modal-without-be", Category.Agreement, Severity.Warning,
        "A modal needs a verb before an adjective: it would be nice, not it would nice.",
        Help: "`It would nice to see him` → `It would be nice`; `You must careful` → `You must be careful`. Flagged only " +
              "before a word Brown has seen often and only as an adjective, never as a verb (so `we will free them` and " +
              "`you must ready the boat` are left alone). In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("It would nice to see the sea again.", "It would be nice to see the sea again."),
        Example.Flag("You must careful on the ice.", "You must be careful on the ice."),
        Example.Keep("It would be nice to see the sea again."),
        Example.Keep("We will free them at dawn.", "an adjective that is also a verb"),
        Example.Keep("They could hardly breathe.", "an adverb"),
        Example.Keep("Would real friends have left?", "a question: the adjective belongs to the subject"),
        Example.Keep("Nothing could dim her joy.", "an object after it: a verb"),
        Example.Keep("It was a price she would exact.", "a verb Brown saw only as an adjective, known by its -ed form"),
    ];

    public override bool IsParagraphLocal => true;

    /// <summary>Brown has the word's -ed or -ing form as a verb (exacted, dimmed): the word is a verb too.</summary>
    private static bool HasVerbForms(string word)
    {
        string doubled = word + word[^1];
        foreach (var form in (ReadOnlySpan<string>)[word + "ed", word + "d", doubled + "ed", word + "ing", doubled + "ing"])
        {
            var tags = WordTags.Of(form);
            if (tags.Count(Pos.Vbd) + tags.Count(Pos.Vbn) + tags.Count(Pos.Vbg) > 0) return true;
        }
        return false;
    }

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } modal || !Modals.Contains(modal)) continue;
            int adjective = text.Next(t);
            if (adjective < 0 || tokens[adjective].Is(Document.TokenFlags.Capitalized)) continue;
            var tags = text.Tags(adjective);
            if (tags.Total < 10 || tags.Top != Pos.Adj || tags.Share(Pos.Adj) < 0.9) continue;
            if (tags.Count(Pos.Vb) + tags.Count(Pos.Vbp) + tags.Count(Pos.Vbd) + tags.Count(Pos.Vbn) > 0 || text.Tagged(adjective).IsVerb) continue;
            var word = text.Word(adjective)!;
            if (HasVerbForms(word)) continue;   // she would exact, all that could dim: verbs Brown only saw as adjectives
            // Would real ladies ask? Can human nature change? A question's modal before its subject's adjective.
            // could dim her light: an object after it makes the word a verb.
            if (text.StartsClause(t) || text.Next(adjective) is var after and >= 0 && text.Tagged(after).Head is Pos.Noun or Pos.Adj or Pos.Propn or Pos.Det or Pos.Pron) continue;
            var span = tokens[adjective].Span;
            var written = context.Manuscript.StringOf(tokens[adjective]);
            sink.Report(Info, span, $"A verb is missing after \u201c{context.Manuscript.StringOf(tokens[t])}\u201d: \u201cbe {written}\u201d.",
                SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, "be " + written));
        }
    }
}
