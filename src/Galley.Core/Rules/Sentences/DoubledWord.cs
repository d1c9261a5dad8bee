using Galley.Checking;
using Galley.Context;
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
        "now", "come", "tut", "tsk", "yeah", "mm", "uh", "oh", "ah", "far", "many", "more", "again", "really", "long",
        "in", "out", "up", "down", "round", "away", "over", "go", "run", "hurry", "please", "wait", "quick", "chop", "boo",
        "poor", "little", "bang", "tick", "tock", "pretty", "too", "never", "sorry", "help", "dear", "fine", "okay", "ok",
        "there", "night", "hey", "hi", "yay", "boom", "knock", "pooh", "bla", "la", "ta", "da", "na", "ya", "aye", "nay",
    ];

    /// <summary>Particles that end a phrasal verb and may then begin a phrase (went on on his own, put it on on purpose).</summary>
    private static readonly HashSet<string> Particles = ["on"];

    /// <summary>Adverbs a particle follows (from then on, later on, head on).</summary>
    private static readonly HashSet<string> ParticleAdverbs = ["then", "later", "early", "head", "and"];

    private static readonly HashSet<string> BeForms = ["be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"];

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
        Example.Flag("The keys were on on the table.", "The keys were on the table.", "A preposition doubled after a noun or \"be\" is a slip (a hint: it may be deliberate)."),
        Example.Keep("He went on on his own.", "After a verb, the first \"on\" ends a phrasal verb."),
        Example.Keep("She left the light on on purpose.", "A verb shortly before: the verb, its object, its particle."),
        Example.Keep("From then on on Sundays we walked."),
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
            if (Particles.Contains(word) && EndsPhrasalVerb(text, t)) continue;
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

    /// <summary>A verb (not "be") within the few words before, or an adverb just before, makes the first particle a
    /// phrasal verb's (went on on, left the light on on purpose, from then on on).</summary>
    private static bool EndsPhrasalVerb(GrammarText text, int particle)
    {
        int before = text.Previous(particle);
        if (before >= 0 && text.Word(before) is { } adverb && ParticleAdverbs.Contains(adverb)) return true;
        for (int steps = 0; before >= 0 && steps < 4; steps++, before = text.Previous(before))
        {
            if (text.Word(before) is not { } word || BeForms.Contains(word)) continue;
            var tags = text.Tags(before);
            if (tags.Share(Pos.Vb, Pos.Vbd) + tags.Share(Pos.Vbn, Pos.Vbz) + tags.Share(Pos.Vbp, Pos.Vbg) >= 0.3) return true;
        }
        return false;
    }
}
