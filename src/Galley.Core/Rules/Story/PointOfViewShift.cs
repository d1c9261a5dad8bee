using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Story;

namespace Galley.Rules.Story;

public sealed class PointOfViewShift : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL7002", "pov-shift", Category.Story, Severity.Warning,
        "First-person narration (I, me, my) inside a scene told in the third person.",
        Help: "A scene's person comes from the pronouns of its narration. In a clearly third-person scene, I, me or my " +
              "outside quotation marks usually means the draft slipped from one point of view into another. Sentences " +
              "of thought (\"I can't stay, she thought\") and questions are left alone.",
        EnabledByDefault: false, FixesAreSafe: false, AppliesInSpeech: false);

    /// <summary>Third-person pronouns a scene's narration needs before a slip into "I" is worth flagging.</summary>
    private const int ClearlyThirdPerson = 4;

    private static readonly HashSet<string> ThoughtWords = new(StringComparer.Ordinal)
        { "thought", "thinks", "think", "wondered", "wonders", "told", "tells", "reminded", "prayed", "wrote", "read", "muttered", "whispered" };

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Anna walked to the car. She opened the door and looked back at the house. Her father stood on the porch with his hands in his pockets. He waved once, and she waved back. She got in and started the engine. Her hands were cold. He was still watching her. She let the car roll down the hill. Then I drove away."),
        Example.Keep("Anna walked to the car. She opened the door and looked back at the house. Her father stood on the porch. He waved once. She waved back. I can't stay here, she thought.", "thought"),
        Example.Keep("I walked to the car. He waved from the porch. I waved back.", "a first-person scene"),
    ];

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var manuscript = context.Manuscript;
        foreach (var scene in NarratorFinder.Scenes(manuscript))
        {
            if (scene.Person != Person.Third) continue;
            int firstToken = manuscript.Paragraphs[scene.FirstParagraph].FirstToken;
            var last = manuscript.Paragraphs[scene.EndParagraph - 1];
            var (first, _, third) = NarratorFinder.CountPronouns(manuscript, firstToken, last.FirstToken + last.TokenCount);
            if (third < ClearlyThirdPerson || first * 10 > third) continue;   // unquoted first-person thought is common: only a rare slip counts
            for (int p = scene.FirstParagraph; p < scene.EndParagraph; p++)
            {
                var paragraph = manuscript.Paragraphs[p];
                for (int s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
                    CheckSentence(context, manuscript.Sentences[s], sink);
            }
        }
    }

    private void CheckSentence(CheckContext context, Sentence sentence, DiagnosticSink sink)
    {
        var manuscript = context.Manuscript;
        int found = -1;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = manuscript.Tokens[t];
            if (NarratorFinder.IsQuoted(token) || token.Kind == TokenKind.Quote) return;   // a sentence with speech: leave it
            if (token.Kind == TokenKind.Punctuation && manuscript.Text[token.Start] == '?') return;
            if (!token.IsWord) continue;
            string w = NarratorFinder.Lower(manuscript, t);
            if (ThoughtWords.Contains(w)) return;
            if (found < 0 && Words.FirstPerson.Contains(w)) found = t;
        }
        if (found < 0) return;
        var span = manuscript.Tokens[found].Span;
        sink.Report(Info, span, $"\u201c{manuscript.TextOf(manuscript.Tokens[found])}\u201d: first person in a scene narrated in the third person.");
    }
}
