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
public static class TenseAnalysis
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
        var (sentences, past, present) = ReadSentences(manuscript, names, tagged);
        var dominant = dominantTense ?? DominantOf(past, present);
        var drifts = new List<TenseDrift>();
        if (dominant == Tense.Past)
        {
            // A paragraph told mostly in the present (an unquoted interior monologue, a narrator's aside) is deliberate.
            var presentByParagraph = new Dictionary<int, (int Past, int Present)>();
            foreach (var s in sentences)
            {
                var c = presentByParagraph.GetValueOrDefault(s.Paragraph);
                presentByParagraph[s.Paragraph] = (c.Past + (s.Past > 0 && s.Present.Count == 0 ? 1 : 0), c.Present + (s.Present.Count > 0 && s.Past == 0 ? 1 : 0));
            }
            foreach (var s in sentences)
            {
                var c = presentByParagraph[s.Paragraph];
                if (c.Present >= 2 && c.Present * 2 >= c.Past) continue;
                AddPresentDrifts(manuscript, s, drifts);
            }
        }
        else if (dominant == Tense.Present)
            for (int i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                // could/would in a present-tense narration are modals (I could tell him), not the past of can/will.
                var pastVerbs = s.PastVerbs.Where(t => !PastModals.Contains(NarratorFinder.Lower(manuscript, t))).ToList();
                if (s.Present.Count > 0 || pastVerbs.Count == 0 || i == 0 || i + 1 >= sentences.Count) continue;
                if (sentences[i - 1].Present.Count == 0 || sentences[i + 1].Present.Count == 0) continue;
                if (sentences[i - 1].Paragraph != s.Paragraph || sentences[i + 1].Paragraph != s.Paragraph) continue;
                var span = SpanOf(manuscript, s.Clauses[0][0], s.Clauses[^1][^1]);
                drifts.Add(new TenseDrift(span, manuscript.Text.Substring(span.Start, span.Length), pastVerbs.Select(t => manuscript.Tokens[t].Span).ToList(), DriftKind.Slip, Tense.Past));
            }
        return new TenseReport(dominant, past, present, drifts);
    }

    /// <summary>Sentences told only in the past and only in the present; the sums over paragraphs are the manuscript's.</summary>
    internal static (int Past, int Present) Count(Manuscript manuscript, NameBook names)
    {
        var (_, past, present) = ReadSentences(manuscript, names, tagged: null);
        return (past, present);
    }

    internal static Tense DominantOf(int past, int present) =>
        past >= 2 && past >= 2 * present ? Tense.Past : present >= 2 && present >= 2 * past ? Tense.Present : Tense.Mixed;

    private static (List<SentenceTense> Sentences, int Past, int Present) ReadSentences(Manuscript manuscript, NameBook names, PosTags? tagged)
    {
        var sentences = new List<SentenceTense>(manuscript.Sentences.Count);
        var tags = new PosTag[manuscript.Tokens.Length];
        var words = new PerWord<TenseWord>(manuscript, TenseWord.Of);
        foreach (var sentence in manuscript.Sentences)
        {
            if (!manuscript.Paragraphs[sentence.Paragraph].IsProse || IsAuthorsNote(manuscript, sentence.Paragraph)) continue;
            var s = Read(manuscript, sentence, names, tags, tagged, words);
            if (s.Past > 0 || s.Present.Count > 0) sentences.Add(s);
        }
        return (sentences, sentences.Count(s => s.Past > 0 && s.Present.Count == 0), sentences.Count(s => s.Present.Count > 0 && s.Past == 0));
    }

    /// <summary>A fan-fiction author's note (A/N: sorry this is late!) talks to the reader in the writer's own present:
    /// it is not narration.</summary>
    private static bool IsAuthorsNote(Manuscript manuscript, int paragraph)
    {
        var span = manuscript.Paragraphs[paragraph].Span;
        var start = manuscript.Text.AsSpan(span.Start, Math.Min(span.Length, 16)).TrimStart();
        return start.StartsWith("A/N", StringComparison.OrdinalIgnoreCase) || start.StartsWith("AN:", StringComparison.Ordinal)
            || start.StartsWith("Author's note", StringComparison.OrdinalIgnoreCase) || start.StartsWith("Author\u2019s note", StringComparison.OrdinalIgnoreCase);
    }

    private static void AddPresentDrifts(Manuscript manuscript, SentenceTense s, List<TenseDrift> drifts)
    {
        foreach (var clause in s.Clauses)
        {
            var verbs = s.Present.FindAll(v => v >= clause[0] && v <= clause[^1]);
            if (verbs.Count == 0) continue;
            var span = SpanOf(manuscript, clause[0], clause[^1]);
            var kind = KindOf(manuscript, s, clause, verbs[0]);
            drifts.Add(new TenseDrift(span, manuscript.Text.Substring(span.Start, span.Length), verbs.Select(v => manuscript.Tokens[v].Span).ToList(), kind, Tense.Present));
        }
    }

    /// <summary>Interior thought: a question or exclamation, or "I know / I want …". General truth: a copula with
    /// no personal subject (there's, it's, love is). Otherwise a slip.</summary>
    private static DriftKind KindOf(Manuscript manuscript, SentenceTense s, Clause clause, int verb)
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

    /// <summary>Which of the word lists above a word is on, as bits.</summary>
    [Flags]
    private enum Role : byte
    {
        None = 0, PresentAlways = 1, PastAlways = 2, MidAdverb = 4, InvertingAuxiliary = 8, NounDeterminer = 16,
        PresentAfterSubject = 32, ThoughtVerb = 64,
    }

    /// <summary>What the analysis asks of a word, found once per distinct word of the manuscript (<see cref="PerWord{T}"/>):
    /// its Brown verb tags and the lists it is on.</summary>
    private readonly record struct TenseWord(VerbTags Verb, Role Roles)
    {
        public bool Is(Role role) => (Roles & role) != 0;

        public static TenseWord Of(string lowercase)
        {
            var roles = Role.None;
            if (PresentAlways.Contains(lowercase)) roles |= Role.PresentAlways;
            if (PastAlways.Contains(lowercase)) roles |= Role.PastAlways;
            if (Words.MidAdverbs.Contains(lowercase)) roles |= Role.MidAdverb;
            if (InvertingAuxiliaries.Contains(lowercase)) roles |= Role.InvertingAuxiliary;
            if (NounDeterminers.Contains(lowercase)) roles |= Role.NounDeterminer;
            if (PresentAfterSubject.Contains(lowercase)) roles |= Role.PresentAfterSubject;
            if (ThoughtVerbs.Contains(lowercase)) roles |= Role.ThoughtVerb;
            return new TenseWord(StoryData.VerbTagsOf(lowercase), roles);
        }
    }

    /// <summary>A clause: a run of a sentence's narration word tokens, kept as a slice of one array per sentence.</summary>
    private readonly record struct Clause(int[] Words, int Start, int Count)
    {
        public int this[int index] => Words[Start + index];
        public int IndexOf(int token) => Array.IndexOf(Words, token, Start, Count) is var i and >= 0 ? i - Start : -1;
    }

    private sealed record SentenceTense(int Paragraph, List<Clause> Clauses, List<int> Present, List<int> PastVerbs, bool EndsInQuestionOrExclamation, bool HasThoughtVerb)
    {
        public int Past => PastVerbs.Count;
    }

    private static SentenceTense Read(Manuscript manuscript, Sentence sentence, NameBook names, PosTag[] tags, PosTags? tagged, PerWord<TenseWord> wordFacts)
    {
        if (HasNarrationVerbCandidate(manuscript, sentence) && tagged is not null)
            tagged.All.Slice(sentence.FirstToken, sentence.TokenCount).CopyTo(tags.AsSpan(sentence.FirstToken, sentence.TokenCount));
        else if (HasNarrationVerbCandidate(manuscript, sentence))
            PosTagger.Tag(manuscript, sentence.FirstToken, sentence.EndToken, tags.AsSpan(sentence.FirstToken, sentence.TokenCount), word => names.IsName(word));
        var tokens = manuscript.Tokens;
        var clauses = new List<Clause>();
        var words = new int[sentence.TokenCount];   // the sentence's narration words; each clause is a run of them
        int clauseStart = 0, wordCount = 0;
        var present = new List<int>();
        var pastVerbs = new List<int>();
        bool question = false;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = tokens[t];
            if (NarratorFinder.IsQuoted(token) || token.Kind is TokenKind.Quote)
            {
                Close();
                continue;
            }
            if (!token.IsWord)
            {
                if (token.Kind is TokenKind.Punctuation && manuscript.Text[token.Start] is ',' or ';' or ':' || token.Kind is TokenKind.Dash or TokenKind.Bracket or TokenKind.Ellipsis) Close();
                if (token.Kind is TokenKind.Punctuation && manuscript.Text[token.Start] is '?' or '!') question = true;
                continue;
            }
            words[wordCount++] = t;
            switch (WithTagger(Classify(manuscript, new Clause(words, clauseStart, wordCount - clauseStart), names, tags, wordFacts), tags[t]))
            {
                case Tense.Present: present.Add(t); break;
                case Tense.Past: pastVerbs.Add(t); break;
            }
        }
        Close();
        bool thought = false;
        for (int i = 0; i < wordCount && !thought; i++) thought = wordFacts[words[i]].Is(Role.ThoughtVerb);
        return new SentenceTense(sentence.Paragraph, clauses, present, pastVerbs, question, thought);

        void Close()
        {
            if (wordCount > clauseStart) clauses.Add(new Clause(words, clauseStart, wordCount - clauseStart));
            clauseStart = wordCount;
        }
    }

    /// <summary>The POS tagger vetoes a word list's guess when it reads the word as a noun or adjective (the will, a can,
    /// it's cage, the doses). It does not add verbs of its own: on held-out Brown fiction that doubled the flags
    /// without finding real slips.</summary>
    private static Tense WithTagger(Tense guess, PosTag tag)
    {
        if (tag == PosTag.None) return guess;
        if (tag.Tail is Pos.Noun or Pos.Adj or Pos.Adp or Pos.Det or Pos.Propn or Pos.Num) return Tense.Mixed;
        return guess;
    }

    /// <summary>Tagging costs time: only sentences with a word outside speech are tagged.</summary>
    private static bool HasNarrationVerbCandidate(Manuscript manuscript, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (manuscript.Tokens[t].IsWord && !NarratorFinder.IsQuoted(manuscript.Tokens[t])) return true;
        return false;
    }

    /// <summary>The tense of the clause's last word when it is a finite verb; Mixed when it is not one.</summary>
    private static Tense Classify(Manuscript manuscript, Clause clause, NameBook names, PosTag[] posTags, PerWord<TenseWord> words)
    {
        int t = clause[^1];
        string w = NarratorFinder.Lower(manuscript, t);
        var facts = words[t];
        if (facts.Is(Role.PresentAlways))
            return PreviousIs(manuscript, clause, "to") || IsPossessiveIts(manuscript, clause, w)
                || w is "will" or "can" && clause.Count >= 2 && IsDeterminerLike(NarratorFinder.Lower(manuscript, clause[^2])) ? Tense.Mixed : Tense.Present;
        if (facts.Is(Role.PastAlways)) return Tense.Past;
        int s = clause.Count - 2;
        while (s >= 0 && words[clause[s]].Is(Role.MidAdverb)) s--;
        var tags = facts.Verb;
        if (s < 0) return LikelyPastWithoutSubject(tags) ? Tense.Past : Tense.Mixed;
        string subject = NarratorFinder.Lower(manuscript, clause[s]);
        // After a possessive the word is what is owned (the victim's remains, Clark's shoes), not a verb; after "he's",
        // "it's" (he is, it has) a finite verb cannot follow either.
        if (subject.EndsWith("'s", StringComparison.Ordinal)) return Tense.Mixed;
        if (s > 0 && words[clause[s - 1]].Is(Role.InvertingAuxiliary)) return Tense.Mixed;
        bool nameSubject = manuscript.Tokens[clause[s]].Is(TokenFlags.Capitalized) && names.IsName(manuscript.TextOf(manuscript.Tokens[clause[s]])) && subject != "i";
        bool pluralSubject = subject is "i" or "you" or "we" or "they";
        // "the rector comes", "her sister says": a singular noun after a determiner is a subject as clear as "he".
        bool nounSubject = s > 0 && words[clause[s - 1]].Is(Role.NounDeterminer) && posTags[clause[s]].Is(Pos.Noun);
        bool singularSubject = subject is "he" or "she" or "it" or "who" || nameSubject || nounSubject;
        if (!pluralSubject && !singularSubject) return LikelyPastWithoutSubject(tags) ? Tense.Past : Tense.Mixed;
        if (facts.Is(Role.PresentAfterSubject)) return pluralSubject == (w != "does") ? Tense.Present : Tense.Mixed;
        if (tags.MostlyPast) return Tense.Past;
        if (singularSubject && tags.MostlyThirdPersonPresent) return Tense.Present;
        if (pluralSubject && tags.MostlyBaseOrPresent && tags.Base + tags.Present >= 5) return Tense.Present;
        return Tense.Mixed;
    }

    private static bool LikelyPastWithoutSubject(VerbTags tags)
    {
        return tags.Past * 10 >= tags.Total * 9 && tags.Past >= 3;
    }

    /// <summary>"from it's cage": it's after a preposition is the possessive its misspelled, not "it is".</summary>
    private static bool IsPossessiveIts(Manuscript manuscript, Clause clause, string w) =>
        w == "it's" && clause.Count >= 2 && NarratorFinder.Lower(manuscript, clause[^2]) is "from" or "in" or "of" or "on" or "with" or "at" or "by" or "to" or "into" or "for" or "and" or "lost" or "had" or "was";

    private static bool IsDeterminerLike(string previous) => Determiners.Contains(previous) || previous.EndsWith("'s", StringComparison.Ordinal);

    private static bool PreviousIs(Manuscript manuscript, Clause clause, string word) =>
        clause.Count >= 2 && NarratorFinder.Lower(manuscript, clause[^2]) == word;
}
