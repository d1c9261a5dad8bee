using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Capitalization;
using Galley.Rules.Dialogue;

namespace Galley.Rules.Sentences;

public sealed class MissingStopBeforeSpeech : Rule
{
    private static readonly HashSet<string> IntroducingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "think", "thinks", "thought", "thinking", "like", "wondering", "words", "word", "phrase", "sign", "note", "motto", "read", "reads",
        "wrote", "write", "writes", "written", "went", "go", "goes", "sang", "sing", "sings", "typed", "texted", "printed", "scrawled", "scribbled",
        "is", "was", "are", "were", "am", "be", "been", "being", "became", "become", "seemed", "seems",
        "where", "when", "what", "who", "which", "how", "why", "whose", "whom",
        "called", "named", "titled", "entitled", "dubbed", "labeled", "labelled", "marked", "spelled", "added", "adding", "began", "started",
    };

    /// <summary>A sentence that opens with one of these is not complete before the speech (When he shouted "Go"…).</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "whenever", "while", "as", "if", "because", "after", "before", "until", "till", "since", "though", "although", "once", "unless",
    };

    public override RuleInfo Info { get; } = new(
        "GL6102", "missing-stop-before-speech", Category.Sentences, Severity.Warning,
        "A sentence of narration runs straight into speech with no full stop before the opening quote.",
        Help: "`My throat felt dry \"Go on,\" she said` needs a full stop after \"dry\": the narration is a sentence of its own and " +
              "the speech begins another. Not flagged when the narration introduces the speech with a verb of speaking or thinking " +
              "(that wants a comma: she whispered, \"Go\") or ends in a word that needs what follows (the, of, read, wrote).");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("My throat felt dry and swollen \"To see you again...\" I began.", "My throat felt dry and swollen. \"To see you again...\" I began."),
        Example.Flag("At noon the rain stopped \"We should go,\" Mara said.", "At noon the rain stopped. \"We should go,\" Mara said."),
        Example.Keep("She leaned over and whispered \"Go now.\"", "a verb of speaking introduces the speech"),
        Example.Keep("The sign on the door read \"Closed for the Season.\"", "the verb needs the quote"),
        Example.Keep("She looked at him. \"We should go.\"", "the full stop is there"),
        Example.Keep("When the guard shouted \"Halt!\" we ran.", "the sentence goes on after the speech"),
        Example.Keep("We watched the film \"Roots of the Blues\" twice.", "a quoted title"),
        Example.Keep("He kept the word \"Love\" for later.", "a quoted word, not speech"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var capitals = Capitals.Of(context);
        foreach (var q in m.Quotations)
        {
            if (!q.IsSpeech || capitals.InTitledQuote(q.OpenToken)) continue;
            int open = q.OpenToken, before = open - 1;
            var paragraph = m.Paragraphs[q.Paragraph];
            if (before < paragraph.FirstToken || !m.Tokens[before].IsWord || !m.Tokens[open].Is(TokenFlags.SpaceBefore)) continue;
            int first = open + 1;
            if (first < m.Tokens.Length && m.Tokens[first].Kind == TokenKind.Ellipsis) first++;
            if (first >= m.Tokens.Length || !m.Tokens[first].IsWord || !m.Tokens[first].Is(TokenFlags.Capitalized)) continue;
            var last = Capitals.Lower(m.TextOf(m.Tokens[before]));
            if (WordClasses.IsMostlyFunctionWord(last) || IntroducingWords.Contains(last)) continue;
            if (!IsNarrationSentence(context, Math.Max(m.SentenceOf(before).FirstToken, before - 40), before)) continue;   // bounded: linear time
            var word = m.Tokens[before];
            sink.Report(Info, word.Span, "A full stop is missing before the speech.",
                Fix.Replace(word.Span, m.StringOf(word) + "."));
        }
    }

    /// <summary>At least three words of narration with no speech verb, thought verb or quote among them.</summary>
    private static bool IsNarrationSentence(CheckContext context, int from, int to)
    {
        var m = context.Manuscript;
        int words = 0;
        for (int t = from; t <= to; t++)
        {
            var token = m.Tokens[t];
            if (token.Kind == TokenKind.Quote || token.Is(TokenFlags.InSpeech)) return false;
            if (token.Kind == TokenKind.Punctuation && m.Text[token.Start] == ':') return false;
            if (!token.IsWord) continue;
            if (words++ == 0 && Subordinators.Contains(m.StringOf(token))) return false;
            if (SpeechTags.IsSpeechVerb(context, t) || IntroducingWords.Contains(m.StringOf(token))) return false;
        }
        return words >= 3;
    }
}
