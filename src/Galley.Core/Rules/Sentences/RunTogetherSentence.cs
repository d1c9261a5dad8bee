using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Capitalization;
using Galley.Rules.RealWord;
using Galley.Text;

namespace Galley.Rules.Sentences;

public sealed class RunTogetherSentence : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL6101", "run-together-sentence", Category.Sentences, Severity.Warning,
        "Two sentences run together: a capitalized subject and its verb begin a new clause with no full stop before it.",
        Help: "When a capitalized pronoun (He, It, They, This…) follows a word mid-sentence and a verb comes after it, the writer " +
              "most likely began a new sentence and forgot the full stop. The first fix adds the full stop; the second lowercases " +
              "the word instead.",
        FixesAreSafe: false);

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I held the letter out to him It almost felt heavy.", "I held the letter out to him. It almost felt heavy."),
        Example.Flag("We waited by the door They never came.", "We waited by the door. They never came."),
        Example.Flag("The rain stopped at noon She went outside.", "The rain stopped at noon. She went outside."),
        Example.Keep("I read It twice last summer, and the sequel too.", "no verb follows: a title or a stray capital, not a new clause"),
        Example.Keep("She said that it was late. He agreed.", "a full stop is there"),
        Example.Keep("Then he saw It — the thing from the lake.", "no verb follows"),
        Example.Keep("\"Maybe It was always going to end this way.\"", "a first word alone is no sentence: a stray capital (GL1001)"),
        Example.Keep("Pray, and one day He will answer you as He answered me.", "capitalized on purpose, more than once"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var cues = CueWords.Of(context);
        for (int t = 2; t < m.Tokens.Length; t++)
        {
            // a subject word in any case is the cheap first test; RunsTogether reads the word as written
            if (!cues.Has(t, CueWords.Cue.SubjectWord) || !ClauseStart.RunsTogether(context, t)) continue;
            var token = m.Tokens[t];
            var previous = m.Tokens[t - 1];
            var word = m.TextOf(token);
            var span = TextSpan.FromBounds(previous.Start, token.End);
            string gap = m.Text[previous.End..token.Start];
            string before = m.StringOf(previous);
            sink.Report(Info, span, $"A new sentence seems to begin at \u201c{word}\u201d without a full stop before it.",
                Fix.Replace(span, before + "." + gap + word.ToString()),
                Fix.Replace(span, before + gap + Capitals.Lower(word)));
        }
    }
}
