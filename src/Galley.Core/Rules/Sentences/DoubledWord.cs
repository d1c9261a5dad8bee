using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Sentences;

public sealed class DoubledWord : Rule
{
    /// <summary>Words English never doubles: twice in a row is a slip.</summary>
    private static readonly HashSet<string> NeverDoubled =
    [
        "the", "a", "an", "of", "to", "and", "or", "but", "with", "for", "from", "at", "by", "my", "your", "his", "its",
        "our", "their", "i", "he", "she", "we", "they", "me", "him", "them", "us", "this", "are", "be", "been", "were", "will",
        "would", "could", "should", "can", "not", "as", "if", "when", "than", "into", "onto", "about", "was", "have", "has",
        "did", "does", "what", "which", "who", "where", "why", "how", "then", "because", "while", "just", "there", "it",
    ];

    /// <summary>Doubles that are grammatical (had had, that that, is is) or emphatic (very very, bye bye): never flagged.</summary>
    private static readonly HashSet<string> LegitimatelyDoubled =
    [
        "had", "that", "is", "do", "her", "you", "very", "so", "no", "yes", "bye", "ha", "ho", "hee", "knock", "blah", "well",
        "now", "come", "tut", "tsk", "yeah", "mm", "uh", "oh", "ah", "far", "many", "more", "again", "really", "long", "on",
        "in", "out", "up", "down", "round", "away", "over", "go", "run", "hurry", "please", "wait", "quick", "chop", "boo",
        "poor", "little", "bang", "tick", "tock", "pretty", "too", "never", "sorry", "help", "dear", "fine", "okay", "ok",
        "there", "night", "hey", "hi", "yay", "boom", "knock", "pooh", "bla", "la", "ta", "da", "na", "ya", "aye", "nay",
    ];

    public override RuleInfo Info { get; } = new(
        "GL6001", "doubled-word", Category.Sentences, Severity.Warning,
        "The same word twice in a row (the the).",
        Help: "Repeats such as `the the` or `to to` are slips, often across a line break. Grammatical doubles (`had had`, " +
              "`that that`) and emphatic ones (`very very`, `no no`) are left alone; other repeated words get only a hint, " +
              "since they may be deliberate, and none inside speech, where a speaker repeating a word (`Cool cool cool.`) is " +
              "voice. Doubled function words are flagged everywhere.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She walked to the the window.", "She walked to the window."),
        Example.Flag("I wanted to to tell him.", "I wanted to tell him."),
        Example.Flag("He said that he would would come.", "He said that he would come."),
        Example.Keep("She had had enough."),
        Example.Keep("He knew that that was a lie."),
        Example.Keep("We drove to Walla Walla."),
        Example.Keep("She walked to the window. The window was open."),
        Example.Flag("\"Put it in the the drawer,\" she said.", "\"Put it in the drawer,\" she said.", "A doubled function word is a slip, in speech too."),
        Example.Keep("\"Great great great,\" he muttered at the flat tyre.", "A speaker's repetition of a content word is voice."),
        Example.Keep("\"Nope nope. Not going in there.\"", "An interjection repeated in speech."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        var m = context.Manuscript;
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            // the same distinct lowercase text twice in a row is the cheap first test
            if (m.LowerIndex(t) != m.LowerIndex(t + 1) || text.Word(t) is not { } word || text.Next(t) != t + 1) continue;
            if (LegitimatelyDoubled.Contains(word)) continue;
            bool functionWord = NeverDoubled.Contains(word);
            if (!functionWord && tokens[t].Is(TokenFlags.InSpeech)) continue;   // "Cool cool cool": a speaker's voice
            bool firstCapitalized = tokens[t].Is(TokenFlags.Capitalized) && !tokens[t].Is(TokenFlags.SentenceStart) && !tokens[t].Is(TokenFlags.SpeechStart);
            if (firstCapitalized || (tokens[t + 1].Is(TokenFlags.Capitalized) && word != "i")) continue;   // Walla Walla, Baden Baden
            var severity = functionWord ? Severity.Warning : Severity.Info;
            var span = tokens[t + 1].Span;
            sink.Report(Info, span, $"\u201c{context.Manuscript.StringOf(tokens[t + 1])}\u201d is repeated.", severity,
                Fix.Replace(TextSpan.FromBounds(tokens[t].End, tokens[t + 1].End), "", "Delete the repeated word"));
        }
    }
}
