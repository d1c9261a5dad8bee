using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class ArticleBeforeSound : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4007", "a-or-an", Category.Agreement, Severity.Warning,
        "\u201cA\u201d goes before a consonant sound and \u201can\u201d before a vowel sound: an hour, a university, an FBI agent.",
        Help: "The sound decides, not the letter. Pronunciations come from the CMU Pronouncing Dictionary " +
              "(data/grammar/initial-sounds.tsv); initialisms are read letter by letter (an MRI, a UFO). Words said both ways " +
              "(herb) or with a weak h (an historic) and words whose sound is unknown are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She waited for a hour.", "She waited for an hour."),
        Example.Flag("It was an unique chance.", "It was a unique chance."),
        Example.Flag("He ate a apple.", "He ate an apple."),
        Example.Flag("A FBI agent knocked.", "An FBI agent knocked."),
        Example.Flag("It was an one-way street.", "It was a one-way street."),
        Example.Keep("It was a historic day, and an historic one too."),
        Example.Keep("She found a unicorn and an umbrella."),
        Example.Keep("The old man gave me a advice I never forgot.", "a mass noun: the article goes (GL4033), so \"an\" is not offered"),
        Example.Keep("He got an A on the test and a UFO sighting."),
        Example.Keep("It was a NASA project."),
        Example.Keep("She found a a key.", "A doubled article is reported once, as a doubled word."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        // A word written in lowercase sounds the same wherever it stands: its sound is worked out once.
        var lowercaseSounds = new PerWord<InitialSound>(context.Manuscript, word => SoundOf(context, word));
        foreach (int t in text.TokensOf(WordClass.IndefiniteArticle))
        {
            var article = text.Word(t);
            var written = context.Manuscript.TextOf(tokens[t]);
            if (written is "A" && !tokens[t].Is(TokenFlags.SentenceStart) && !tokens[t].Is(TokenFlags.SpeechStart)) continue;   // the letter A, Plan A
            int next = text.Next(t);
            // "a a" and "an the" are a doubled or swapped article, the doubled-word rule's to report, once
            if (next < 0 || text.Word(next) is "a" or "an" or "the") continue;
            var word = context.Manuscript.TextOf(tokens[next]);
            var sound = word.SequenceEqual(context.Manuscript.Lower(next)) ? lowercaseSounds[next] : SoundOf(context, word);
            string? correct = (article, sound) switch
            {
                ("a", InitialSound.Vowel) => "an",
                ("an", InitialSound.Consonant) => "a",
                _ => null,
            };
            if (correct is null || correct == "a" && !LooksLikeNounPhrase(text, next)) continue;
            if (MassNounArticle.MassNounAfter(text, t) >= 0) continue;   // a advice: the article goes (GL4033), not "an"
            if (char.IsUpper(written[0])) correct = correct == "a" ? "A" : "An";
            var span = tokens[t].Span;
            sink.Report(Info, span, $"Use \u201c{correct}\u201d before \u201c{word}\u201d: the choice follows the sound, not the letter.",
                SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, correct));
        }
    }

    private static InitialSound SoundOf(CheckContext context, ReadOnlySpan<char> word) =>
        InitialSounds.Of(word, context.Lexicon.Words.Contains(word, context.Dialect));

    /// <summary>Dialect writes "and" as "an" (laughed an tole me): only correct "an" when an article fits what follows.</summary>
    private static bool LooksLikeNounPhrase(GrammarText text, int next)
    {
        var tags = text.Tags(next);
        return !tags.IsKnown || tags.Top is Pos.Noun or Pos.Adj or Pos.Num or Pos.Vbg or Pos.Vbn or Pos.Propn
            || tags.Share(Pos.Noun, Pos.Adj) >= 0.3;
    }
}
