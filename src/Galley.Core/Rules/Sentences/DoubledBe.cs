using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Sentences;

/// <summary>Two forms of be side by side (they are were, I'm am): one is left over from an edit.</summary>
public sealed class DoubledBe : Rule
{
    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "am", "is", "are", "was", "were" };

    /// <summary>Pronouns with be contracted onto them; a noun's 's may be a possessive (John's is the red one).</summary>
    private static readonly HashSet<string> BeContractions = new(StringComparer.Ordinal)
    {
        "i'm", "you're", "we're", "they're", "he's", "she's", "it's", "that's",
    };

    /// <summary>Words that open a clause that can itself be a subject (what it is is, the thing is is), where a doubled
    /// is or was is speech as people say it.</summary>
    private static readonly HashSet<string> FreeRelativeOpeners = new(StringComparer.Ordinal)
    {
        "what", "whatever", "thing", "problem", "question", "point", "truth", "fact", "issue", "reason", "trouble", "all",
        "where", "who", "how", "why",
    };

    public override RuleInfo Info { get; } = new(
        "GL6006", "doubled-be", Category.Sentences, Severity.Warning,
        "Two forms of be side by side: they are were, I'm am. Keep one.",
        Help: "`They are were late` and `I'm am sure` keep a word an edit meant to replace: `They are late`, `I'm sure`. The " +
              "fix deletes the second. The same form twice (`the road is is long`) is flagged too, except after a clause " +
              "that is itself the subject (`what it is is a warning`, `the thing is is`), as people say it. A noun's 's " +
              "may be a possessive (`John's is the red one`) and is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("They are were late for the train.", "They are late for the train."),
        Example.Flag("I'm am sure of it.", "I'm sure of it."),
        Example.Flag("The road is is long and narrow.", "The road is long and narrow."),
        Example.Keep("What it is is a warning.", "a clause as the subject"),
        Example.Keep("The thing is is that nobody knew.", "as people say it"),
        Example.Keep("John's is the red one, and Mary's was blue.", "a possessive, then is"),
        Example.Keep("They were late.", "one form of be"),
        Example.Keep("Being spoken to as if you were is a comfort.", "the first ends a clause; the second does not agree with its subject"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } first || !(BeForms.Contains(first) || BeContractions.Contains(first.Replace('\u2019', '\''))))
                continue;
            int second = text.Next(t);
            if (second < 0 || text.Word(second) is not { } be || !BeForms.Contains(be)) continue;
            if (be == first ? AfterSubjectClause(text, t) : !SameSubject(text, t, first, be)) continue;
            var span = TextSpan.FromBounds(tokens[t].End, tokens[second].End);
            sink.Report(Info, tokens[second].Span, $"\u201c{context.Manuscript.StringOf(tokens[second])}\u201d after \u201c{context.Manuscript.StringOf(tokens[t])}\u201d: one form of be is enough.",
                Fix.Replace(span, "", "Delete the second"));
        }
    }

    /// <summary>Whether the second form agrees with the subject of the first too (they are were; I'm am): otherwise it
    /// is the verb of a clause the first one ended (as if you were is so nice; what people are is what matters).</summary>
    private static bool SameSubject(GrammarText text, int t, string first, string second)
    {
        var subject = first.Contains('\'') || first.Contains('\u2019') ? first[..first.IndexOfAny(['\'', '\u2019'])] : text.Word(text.Previous(t));
        var number = subject switch
        {
            "i" => "am was",
            "you" or "we" or "they" => "are were",
            "he" or "she" or "it" or "that" => "is was",
            _ => null,
        };
        return number is not null && number.Split(' ').Contains(second);
    }

    private static bool AfterSubjectClause(GrammarText text, int be)
    {
        for (int k = text.Previous(be); k >= 0; k = text.Previous(k))
            if (FreeRelativeOpeners.Contains(text.Word(k)!)) return true;
        return false;
    }
}
