using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;
using Galley.Text;

namespace Galley.Rules.Sentences;

public sealed class SentenceFragment : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL6005", "sentence-fragment", Category.Sentences, Severity.Info,
        "A sentence that is only an -ing phrase, with no verb of its own.",
        Help: "`He stopped. Staring at me with wide eyes.` leaves the second sentence without a subject and verb; it usually " +
              "belongs to the one before (`He stopped, staring at me with wide eyes.`). Fragments are a common and often " +
              "deliberate device in fiction, so this is only a hint, and never inside dialogue.",
        FixesAreSafe: false, AppliesInSpeech: false);

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("He stopped at the door. Staring at me with wide eyes.", "He stopped at the door, staring at me with wide eyes."),
        Example.Flag("I told him the truth. Bringing him back to earth.", "I told him the truth, bringing him back to earth."),
        Example.Keep("Staring at me, he stopped at the door."),
        Example.Keep("Running away was not an option."),
        Example.Keep("\"Leaving so soon.\""),
        Example.Keep("He stopped. Waiting."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        var sentences = context.Manuscript.Sentences;
        var cues = CueWords.Of(context);
        foreach (var sentence in sentences)
        {
            int first = sentence.FirstToken;
            if (sentence.TokenCount < 4 || !tokens[first].IsWord || tokens[first].Is(TokenFlags.InSpeech)) continue;
            var last = tokens[sentence.EndToken - 1];
            if (last.Kind != TokenKind.Punctuation || context.Text[last.Start] != '.') continue;   // questions and exclamations are thoughts
            if (!cues.Has(first, CueWords.Cue.MostlyIng) || HasMainClause(context, text, sentence)) continue;
            var span = TextSpan.FromBounds(tokens[first].Start, tokens[sentence.EndToken - 1].End);
            sink.Report(Info, span, "This sentence has no subject or verb of its own; it may belong to the sentence before.", JoinWithPrevious(context, sentence));
        }
    }

    /// <summary>A finite verb outside a subordinate clause, or any quotation (dialogue carries its own grammar).</summary>
    private static bool HasMainClause(CheckContext context, GrammarText text, Sentence sentence)
    {
        bool subordinate = false;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = text.Tokens[t];
            if (token.Kind == TokenKind.Quote) return true;
            if (!token.IsWord)
            {
                if (token.Kind != TokenKind.Punctuation || context.Text[token.Start] is not (',' or ';')) continue;
                subordinate = false;
                // "Turning around, she saw him": a subject after the comma starts the main clause.
                if (t + 1 < sentence.EndToken && text.Word(t + 1) is { } next && (ClauseWords.SubjectPronouns.Contains(next)
                    || text.Tokens[t + 1].Is(TokenFlags.Capitalized) || text.Tags(t + 1).Top == Pos.Det)) return true;
                continue;
            }
            if (FunctionWords.Subordinators.Contains(text.Word(t)!)) { subordinate = true; continue; }
            if (!subordinate && ClauseWords.IsFiniteVerb(text, t)) return true;
        }
        return false;
    }

    /// <summary>Joins the fragment to the sentence before it when that one ends in a full stop in the same paragraph.</summary>
    private static Fix[] JoinWithPrevious(CheckContext context, Sentence sentence)
    {
        if (sentence.Index == 0) return [];
        var previous = context.Manuscript.Sentences[sentence.Index - 1];
        if (previous.Paragraph != sentence.Paragraph || previous.TokenCount == 0) return [];
        var stop = context.Manuscript.Tokens[previous.EndToken - 1];
        if (stop.Kind != TokenKind.Punctuation || context.Text[stop.Start] != '.' || stop.Length != 1) return [];
        var firstWord = context.Manuscript.Tokens[sentence.FirstToken];
        var lower = char.ToLowerInvariant(context.Text[firstWord.Start]).ToString();
        return [new Fix("Join to the sentence before", [new TextEdit(stop.Span, ","), new TextEdit(new TextSpan(firstWord.Start, 1), lower)])];
    }
}
