using Galley.Checking;
using Galley.Context;
using Galley.Document;
using Galley.Text;

namespace Galley.Story;

/// <summary>The tense of the narration and where it drifts. Only words outside speech count. A finite verb's tense
/// comes from closed lists (is, has, was, had, could, it's, I've…) and, for other verbs after a subject (I know,
/// he takes, she walked), from how the Brown corpus tags that word form. A past-tense story's present-tense clauses
/// are drifts; one that reads as a general truth (there's, it's, life is) or interior thought (I know, a question)
/// is marked as such, because writers often mean those.</summary>
public static partial class TenseAnalysis
{
    private static readonly HashSet<string> PresentAlways = new(StringComparer.Ordinal)
    {
        "is", "am", "are", "isn't", "aren't", "ain't", "has", "hasn't", "doesn't",
        "i'm", "you're", "we're", "they're", "i've", "you've", "we've", "they've",
        "it's", "that's", "there's", "here's", "what's", "who's", "he's", "she's", "where's",
        "can", "can't", "cannot", "will", "won't", "shall",
        "i'll", "you'll", "he'll", "she'll", "it'll", "we'll", "they'll", "that'll",
    };

    /// <summary>Present only after a subject pronoun (I have, they don't); after a modal or "to" they are not finite.</summary>
    private static readonly HashSet<string> PresentAfterSubject = new(StringComparer.Ordinal) { "have", "haven't", "do", "don't", "does" };

    private static readonly HashSet<string> PastAlways = new(StringComparer.Ordinal)
    {
        "was", "were", "wasn't", "weren't", "had", "hadn't", "did", "didn't", "could", "couldn't", "would", "wouldn't",
        "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "it'd",
    };

    private static readonly HashSet<string> MentalVerbs = new(StringComparer.Ordinal)
        { "know", "think", "need", "want", "wonder", "guess", "hope", "feel", "believe", "suppose", "wish", "love", "hate", "mean", "understand", "remember", "miss", "doubt", "bet", "swear", "realize", "see" };

    private static readonly HashSet<string> ThoughtVerbs = new(StringComparer.Ordinal)
        { "thought", "wondered", "realized", "realised", "reminded", "told", "prayed", "wrote", "read", "reasoned", "decided", "supposed" };

    /// <summary>Before these, "will" and "can" are nouns (the will, a can).</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
        { "the", "a", "an", "of", "his", "her", "my", "their", "your", "our", "its", "this", "free", "own", "with", "by", "against", "good", "ill" };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
        { "can", "can't", "cannot", "will", "won't", "shall", "he'll", "she'll", "they'll", "you'll", "i'll", "we'll" };

    /// <summary>Past in form, but as modals (I could tell him, it would rain) they fit a present-tense narration.</summary>
    private static readonly HashSet<string> PastModals = new(StringComparer.Ordinal) { "could", "couldn't", "would", "wouldn't" };

    /// <summary>After these, a subject's verb is a bare infinitive (could they stop, did they hear), not a present.</summary>
    private static readonly HashSet<string> InvertingAuxiliaries = new(StringComparer.Ordinal)
        { "could", "did", "would", "should", "might", "may", "must", "will", "can", "do", "does", "nor", "didn't", "couldn't", "wouldn't" };

    private static readonly HashSet<string> NounDeterminers = new(StringComparer.Ordinal)
        { "the", "a", "an", "his", "her", "my", "their", "our", "your", "this", "that" };

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
        { "is", "are", "isn't", "aren't", "it's", "that's", "there's", "here's", "what's", "where's", "ain't" };

    private static readonly HashSet<string> PersonalSubjects = new(StringComparer.Ordinal) { "i", "you", "we", "they", "he", "she" };

    /// <summary>The word lists above that give a word its <see cref="Role"/>, read with one lookup per distinct word.</summary>
    private static readonly Dictionary<string, Role> ListRoles = RolesByWord(
        (PresentAlways, Role.PresentAlways), (PastAlways, Role.PastAlways), (Words.MidAdverbs, Role.MidAdverb),
        (InvertingAuxiliaries, Role.InvertingAuxiliary), (NounDeterminers, Role.NounDeterminer),
        (PresentAfterSubject, Role.PresentAfterSubject), (ThoughtVerbs, Role.ThoughtVerb));

    private static Dictionary<string, Role> RolesByWord(params (IEnumerable<string> Words, Role Role)[] lists)
    {
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var (words, role) in lists)
            foreach (var word in words) roles[word] = roles.GetValueOrDefault(word) | role;
        return roles;
    }

    /// <summary>The check's tense report, computed once and shared by the rules (against the whole manuscript's tense
    /// when one paragraph is checked on its own).</summary>
    internal static TenseReport Of(CheckContext context) =>
        context.Memo(static c => Analyze(c.Manuscript, c.Names, c.Document?.DominantTense, PosTags.Of(c)));

    public static TenseReport Analyze(Manuscript manuscript, NameBook names) => Analyze(manuscript, names, dominantTense: null);

    /// <summary>With <paramref name="dominantTense"/> given (the whole manuscript's, when this is one paragraph of it),
    /// the drifts are found against it; the drift rules look no further than a paragraph. <paramref name="tagged"/>:
    /// the check's tags of the manuscript by the same names, when it has them, so sentences are not tagged twice.</summary>
    internal static TenseReport Analyze(Manuscript manuscript, NameBook names, Tense? dominantTense, PosTags? tagged = null)
    {
        using var reading = NarrationReading.Read(manuscript, names, tagged);
        var dominant = dominantTense ?? DominantOf(reading.PastSentences, reading.PresentSentences);
        var drifts = new List<TenseDrift>();
        if (dominant == Tense.Past) AddPresentDrifts(reading, drifts);
        else if (dominant == Tense.Present) AddPastSlips(reading, drifts);
        return new TenseReport(dominant, reading.PastSentences, reading.PresentSentences, drifts);
    }

    /// <summary>Sentences told only in the past and only in the present; the sums over paragraphs are the manuscript's.</summary>
    internal static (int Past, int Present) Count(Manuscript manuscript, NameBook names)
    {
        using var reading = NarrationReading.Read(manuscript, names, tagged: null);
        return (reading.PastSentences, reading.PresentSentences);
    }

    internal static Tense DominantOf(int past, int present) =>
        past >= 2 && past >= 2 * present ? Tense.Past : present >= 2 && present >= 2 * past ? Tense.Present : Tense.Mixed;

    /// <summary>A past-tense story's present-tense clauses, paragraph by paragraph (a paragraph's sentences are
    /// consecutive).</summary>
    private static void AddPresentDrifts(NarrationReading reading, List<TenseDrift> drifts)
    {
        var sentences = reading.Sentences;
        for (int start = 0, end; start < sentences.Length; start = end)
        {
            int paragraph = reading.ParagraphOf(sentences[start]), past = 0, present = 0;
            for (end = start; end < sentences.Length && reading.ParagraphOf(sentences[end]) == paragraph; end++)
            {
                if (sentences[end].PastCount > 0 && sentences[end].PresentCount == 0) past++;
                if (sentences[end].PresentCount > 0 && sentences[end].PastCount == 0) present++;
            }
            // A paragraph told mostly in the present (an unquoted interior monologue, a narrator's aside) is deliberate.
            if (present >= 2 && present * 2 >= past) continue;
            for (int i = start; i < end; i++)
                if (sentences[i].PresentCount > 0) AddPresentDrifts(reading, sentences[i], drifts);
        }
    }

    private static void AddPresentDrifts(NarrationReading reading, SentenceTense s, List<TenseDrift> drifts)
    {
        var manuscript = reading.Manuscript;
        var present = reading.PresentOf(s);
        var sentence = reading.ClausesOf(s);
        foreach (var clause in sentence.Clauses)
        {
            int first = 0;
            while (first < present.Length && present[first] < clause[0]) first++;
            int end = first;
            while (end < present.Length && present[end] <= clause[^1]) end++;
            if (end == first) continue;
            var span = SpanOf(manuscript, clause[0], clause[^1]);
            var kind = KindOf(manuscript, sentence, clause, present[first]);
            drifts.Add(new TenseDrift(span, manuscript.Text.Substring(span.Start, span.Length), SpansOf(manuscript, present[first..end]), kind, Tense.Present));
        }
    }

    /// <summary>In a present-tense story, a past-tense sentence between present-tense ones of its paragraph.</summary>
    private static void AddPastSlips(NarrationReading reading, List<TenseDrift> drifts)
    {
        var manuscript = reading.Manuscript;
        var sentences = reading.Sentences;
        for (int i = 1; i + 1 < sentences.Length; i++)
        {
            var s = sentences[i];
            if (s.PresentCount > 0 || sentences[i - 1].PresentCount == 0 || sentences[i + 1].PresentCount == 0) continue;
            int paragraph = reading.ParagraphOf(s);
            if (reading.ParagraphOf(sentences[i - 1]) != paragraph || reading.ParagraphOf(sentences[i + 1]) != paragraph) continue;
            // could/would in a present-tense narration are modals (I could tell him), not the past of can/will.
            var pastVerbs = new List<TextSpan>();
            foreach (int t in reading.PastOf(s))
                if (!PastModals.Contains(NarratorFinder.Lower(manuscript, t))) pastVerbs.Add(manuscript.Tokens[t].Span);
            if (pastVerbs.Count == 0) continue;
            var clauses = reading.ClausesOf(s).Clauses;
            var span = SpanOf(manuscript, clauses[0][0], clauses[^1][^1]);
            drifts.Add(new TenseDrift(span, manuscript.Text.Substring(span.Start, span.Length), pastVerbs, DriftKind.Slip, Tense.Past));
        }
    }

    private static List<TextSpan> SpansOf(Manuscript manuscript, ReadOnlySpan<int> tokens)
    {
        var spans = new List<TextSpan>(tokens.Length);
        foreach (int t in tokens) spans.Add(manuscript.Tokens[t].Span);
        return spans;
    }

    /// <summary>A fan-fiction author's note (A/N: sorry this is late!) talks to the reader in the writer's own present:
    /// it is not narration.</summary>
    private static bool IsAuthorsNote(Manuscript manuscript, int paragraph)
    {
        var span = manuscript.Paragraphs[paragraph].Span;
        var start = manuscript.Text.AsSpan(span.Start, Math.Min(span.Length, 16)).TrimStart();
        if (start.IsEmpty || start[0] is not ('A' or 'a')) return false;
        return start.StartsWith("A/N", StringComparison.OrdinalIgnoreCase) || start.StartsWith("AN:", StringComparison.Ordinal)
            || start.StartsWith("Author's note", StringComparison.OrdinalIgnoreCase) || start.StartsWith("Author\u2019s note", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Interior thought: a question or exclamation, or "I know / I want …". General truth: a copula with
    /// no personal subject (there's, it's, love is). Otherwise a slip.</summary>
    private static DriftKind KindOf(Manuscript manuscript, SentenceClauses s, Clause clause, int verb)
    {
        if (s.EndsInQuestionOrExclamation) return DriftKind.InteriorThought;
        string v = NarratorFinder.Lower(manuscript, verb);
        int previous = clause.IndexOf(verb) - 1;
        string subject = previous >= 0 ? NarratorFinder.Lower(manuscript, clause[previous]) : "";
        // A first-person narrator speaking from the present (I know, I'm getting at), or a thought reported as such.
        if (subject is "i" or "we" || v is "i'm" or "i've" or "i'll" or "we're" or "we've") return DriftKind.InteriorThought;
        if (s.HasThoughtVerb) return DriftKind.InteriorThought;
        if (subject is "you" || v is "you're" or "you've" or "you'll") return DriftKind.GeneralTruth;   // addressing the reader, or generic you
        if (subject is "which" or "that" or "who" or "what") return DriftKind.GeneralTruth;           // a relative clause describing a lasting state
        if (v is "it's" or "that's" or "there's" or "here's" or "that'll" or "it'll") return DriftKind.GeneralTruth;
        // "if they say", "when they are pressed", "as it looks": a condition or comparison, usually timeless.
        for (int i = 0; i < Math.Max(0, previous); i++)
            if (NarratorFinder.Lower(manuscript, clause[i]) is "if" or "when" or "whenever" or "unless" or "as" or "than" or "once") return DriftKind.GeneralTruth;
        // A modal (can, will) alone says what is possible more often than what happened.
        if (Modals.Contains(v)) return DriftKind.GeneralTruth;
        bool personal = PersonalSubjects.Contains(subject)
            || previous >= 0 && manuscript.Tokens[clause[previous]].Is(TokenFlags.Capitalized) && !manuscript.Tokens[clause[previous]].Is(TokenFlags.SentenceStart);
        if (Copulas.Contains(v) && !personal) return DriftKind.GeneralTruth;
        return DriftKind.Slip;
    }

    private static TextSpan SpanOf(Manuscript manuscript, int first, int last) =>
        TextSpan.FromBounds(manuscript.Tokens[first].Start, manuscript.Tokens[last].End);
}
