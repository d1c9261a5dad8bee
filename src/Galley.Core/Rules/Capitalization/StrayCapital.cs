using Galley.Checking;
using Galley.Diagnostics;
using Galley.Text;

namespace Galley.Rules.Capitalization;

public sealed class StrayCapital : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL1001", "stray-capital", Category.Capitalization, Severity.Warning,
        "A capital letter in the middle of a sentence on a word that is not a name.",
        Help: "A word straight after another word, in the same sentence, takes a capital only when it is a name, \"I\", a title, " +
              "an acronym or part of a capitalized phrase (the Great Hall). Names are learned from the manuscript and the dictionary's " +
              "proper nouns; a word you capitalize mid-sentence more than once (the Army) is taken as your choice. Words after a " +
              "determiner (the, my), words inside a title-cased quotation (\"Born to Wander\") and uncommon words (more often names or terms than slips) are left alone. A capital that starts a new clause (him It felt) is reported as a missing full stop instead (GL6101).");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I Forced a smile and waved.", "I forced a smile and waved."),
        Example.Flag("\"Mara Already took care of that,\" he said.", "\"Mara already took care of that,\" he said."),
        Example.Flag("\"Can anyone help Us?\" she asked.", "\"Can anyone help us?\" she asked."),
        Example.Flag("\"I Know you feel the same way.\"", "\"I know you feel the same way.\""),
        Example.Keep("I told Mara about Paris on Monday.", "names and proper nouns"),
        Example.Keep("We ate in the Great Hall after the Battle of Hastings.", "a title-cased phrase"),
        Example.Keep("I saluted the Colonel and asked Aunt Bee for tea.", "titles"),
        Example.Keep("He joined the Army in May. The Army paid him well, and the Army fed him.", "capitalized on purpose, more than once"),
        Example.Keep("They played \"Alone Together\" and \"Who Cares?\" all night.", "quoted titles"),
        Example.Keep("Of all the dancers, Serene was the calmest.", "an uncommon word: more likely a name"),
        Example.Keep("The FBI agent said I should wait.", "an acronym and \"I\""),
        Example.Keep("I assured him It felt real.", "a new clause: reported by GL6101"),
        Example.Flag("\"Maybe It was always going to end this way.\"", "\"Maybe it was always going to end this way.\""),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var capitals = Capitals.Of(context);
        for (int t = 1; t < m.Tokens.Length; t++)
        {
            var token = m.Tokens[t];
            if (!Capitals.IsCapitalizedWord(token) || Capitals.StartsUnit(m, t)) continue;
            var previous = m.Tokens[t - 1];
            if (!previous.IsWord || m.SentenceOf(t - 1) != m.SentenceOf(t) || Capitals.LineBreakBetween(m, t - 1, t)) continue;
            if (Capitals.IsDeterminer(m.TextOf(previous))) continue;
            if (capitals.IsLegitimate(context, t) || ClauseStart.RunsTogether(context, t)) continue;
            var word = m.TextOf(token);
            sink.Report(Info, token.Span, $"\u201c{word}\u201d is capitalized mid-sentence.",
                Fix.Replace(token.Span, Capitals.Lower(word)));
        }
    }
}
