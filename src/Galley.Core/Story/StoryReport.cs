using Galley.Lexicon;
using Galley.Text;

namespace Galley.Story;

public enum Person { First, Second, Third }

public enum Tense { Past, Present, Mixed }

public enum CharacterKind { Person, Place, Unknown }

public enum Gender { Unknown, Male, Female }

/// <summary>How a line's speaker was found, most certain first.</summary>
public enum Attribution { Tag, Beat, SameParagraph, Continuation, Alternation, Guess, Unknown }

/// <summary>What a tense drift plausibly is: a slip, or present tense that may be deliberate.</summary>
public enum DriftKind { Slip, GeneralTruth, InteriorThought }

/// <summary>Everything the story report says about one manuscript. Immutable; offsets are UTF-16 code units.</summary>
public sealed record StoryReport(
    Narrator Narrator,
    IReadOnlyList<Scene> Scenes,
    TenseReport Tense,
    IReadOnlyList<Character> Characters,
    IReadOnlyList<DialogueLine> Dialogue,
    StyleReport Style,
    IReadOnlyList<ArcPoint> Arc,
    int Words)
{
    /// <summary>Which dialect the manuscript spells in, and the evidence.</summary>
    public SpellingReport Spelling { get; init; } = new(null, 0, 0);
}

/// <summary>The dialect the manuscript is clearly written in (null when the evidence is too little or mixed) and how
/// many different distinctive American and British spellings it uses (see <see cref="Checking.DialectEvidence"/>).</summary>
public sealed record SpellingReport(Lexicon.Dialect? Dialect, int AmericanSpellings, int BritishSpellings)
{
    public static SpellingReport Of(Checking.DialectEvidence evidence) => new(evidence.Detected, evidence.AmericanSpellings, evidence.BritishSpellings);

    /// <summary>"British (9 British spellings, 1 American)", for people.</summary>
    public string Describe() =>
        $"{Dialect?.Adjective() ?? "unclear"} ({BritishSpellings} British spelling{(BritishSpellings == 1 ? "" : "s")}, {AmericanSpellings} American)";
}

/// <summary>The story's narrator: the person of the narration and, for first person, a name when one is found.</summary>
public sealed record Narrator(Person Person, string? Name, string? NameSource);

/// <summary>A stretch between scene breaks or headings, with its own point of view.</summary>
public sealed record Scene(int Index, TextSpan Span, Person Person, string? Narrator, string? Heading);

/// <summary>A person or place of the story: its canonical name, the other forms it goes by, how often and where
/// it is mentioned (<see cref="Spread"/>: mentions per tenth of the text), and how many lines it speaks.</summary>
public sealed record Character(
    string Name,
    IReadOnlyList<string> Aliases,
    CharacterKind Kind,
    Gender Gender,
    int Mentions,
    int Lines,
    int FirstMention,
    IReadOnlyList<int> Spread)
{
    public int SpokenWords { get; init; }
}

/// <summary>One quoted line of speech (the span between its quotation marks), who speaks it, to whom, and how we know.</summary>
public sealed record DialogueLine(TextSpan Span, string Text, string? Speaker, string? Addressee, Attribution How, int Paragraph)
{
    /// <summary>How likely the speaker is right, by how it was found: about the share of such lines given the right
    /// speaker on the PDNC development novels (docs/report.md), 0 when there is no speaker.</summary>
    public double Confidence => Speaker is null ? 0 : ConfidenceOf(How);

    /// <summary>Below this a speaker is a guess worth checking; the HTML report marks it with a question mark.</summary>
    public const double Unsure = 0.7;

    public static double ConfidenceOf(Attribution how) => how switch
    {
        Attribution.Tag => 0.85,
        Attribution.SameParagraph => 0.85,
        Attribution.Beat => 0.7,
        Attribution.Alternation => 0.65,
        Attribution.Continuation or Attribution.Guess => 0.25,
        _ => 0,
    };
}

public sealed record TenseReport(Tense Dominant, int PastSentences, int PresentSentences, IReadOnlyList<TenseDrift> Drifts);

/// <summary>A narration clause in the other tense; <see cref="Verbs"/> are the spans of its finite verbs in that tense.</summary>
public sealed record TenseDrift(TextSpan Span, string Text, IReadOnlyList<TextSpan> Verbs, DriftKind Kind, Tense Found);

public sealed record StyleReport(
    IReadOnlyList<WordUse> OverusedWords,
    IReadOnlyList<PhraseUse> RepeatedPhrases,
    IReadOnlyList<Echo> Echoes,
    IReadOnlyList<PhraseUse> FilterWords,
    IReadOnlyList<TagAdverb> TagAdverbs,
    IReadOnlyList<PhraseUse> Cliches,
    IReadOnlyList<int> SentenceLengths,
    double MeanSentenceLength,
    double SentenceLengthDeviation,
    double MeanParagraphLength,
    int LongestParagraph,
    double DialogueShare,
    double FleschKincaidGrade,
    double ReadingEase);

/// <summary>A word used far more than in general English: <see cref="Ratio"/> times its SUBTLEX rate.</summary>
public sealed record WordUse(string Word, int Count, double Ratio);

/// <summary>A phrase and where it occurs.</summary>
public sealed record PhraseUse(string Phrase, IReadOnlyList<TextSpan> Spans)
{
    public int Count => Spans.Count;
}

/// <summary>The same uncommon word twice within a short distance.</summary>
public sealed record Echo(string Word, TextSpan First, TextSpan Second);

/// <summary>An -ly adverb propping up a speech tag ("asked doubtfully").</summary>
public sealed record TagAdverb(string Adverb, string Verb, TextSpan Span);

/// <summary>The sentiment of one paragraph (AFINN sum per word, scaled) and the smoothed arc through it.</summary>
public sealed record ArcPoint(int Paragraph, TextSpan Span, double Score, double Smoothed);
