using Galley.Checking;
using Galley.Collections;
using Galley.Context;
using Galley.Document;

namespace Galley.Story;

public static partial class TenseAnalysis
{
    /// <summary>A narration sentence (its index in the manuscript) with at least one finite verb: its present verbs and then
    /// its past verbs, each in token order, are a run of <see cref="NarrationReading"/>'s verb list.</summary>
    private readonly record struct SentenceTense(int Sentence, int FirstVerb, int PresentCount, int PastCount);

    /// <summary>A sentence's narration clauses, and what makes a drift in it read as thought: a question or exclamation
    /// mark, or a verb of thinking (she thought, he realized).</summary>
    private readonly record struct SentenceClauses(List<Clause> Clauses, bool EndsInQuestionOrExclamation, bool HasThoughtVerb);

    /// <summary>A clause: a run of a sentence's narration word tokens, kept as a slice of one array.</summary>
    private readonly record struct Clause(int[] Words, int Start, int Count)
    {
        public int this[int index] => Words[Start + index];
        public int IndexOf(int token) => Array.IndexOf(Words, token, Start, Count) is var i and >= 0 ? i - Start : -1;
    }

    /// <summary>What a token does to the clauses of narration: a word of one, the end of one (speech, a comma, a dash),
    /// or the question or exclamation mark that makes a drift read as thought.</summary>
    private enum Mark : byte { None, Word, ClauseBreak, QuestionOrExclamation }

    private static Mark MarkOf(Manuscript manuscript, in Token token)
    {
        if (NarratorFinder.IsQuoted(token) || token.Kind is TokenKind.Quote) return Mark.ClauseBreak;
        if (token.IsWord) return Mark.Word;
        if (token.Kind is TokenKind.Dash or TokenKind.Bracket or TokenKind.Ellipsis) return Mark.ClauseBreak;
        if (token.Kind is not TokenKind.Punctuation) return Mark.None;
        return manuscript.Text[token.Start] switch
        {
            ',' or ';' or ':' => Mark.ClauseBreak,
            '?' or '!' => Mark.QuestionOrExclamation,
            _ => Mark.None,
        };
    }

    /// <summary>The finite verbs of a manuscript's narration, sentence by sentence. The sentences are read once, token
    /// by token, asking only each distinct word's <see cref="Role"/>; clauses are read again only for the few sentences
    /// a drift is reported in.</summary>
    private sealed class NarrationReading : IDisposable
    {
        private PooledList<SentenceTense> _sentences;
        private PooledList<int> _verbs = new(256);
        private readonly List<int> _sentencePast = [];
        private readonly List<Clause> _clauses = [];
        private readonly PerWord<Role> _roles;
        private readonly NameBook _names;
        private readonly PosTags? _tagged;
        private readonly Func<ReadOnlySpan<char>, bool>? _isName;
        private PosTag[] _ownTags = [];
        private int[] _words = new int[64];   // the current sentence's narration words; each clause is a run of them

        public Manuscript Manuscript { get; }
        public int PastSentences { get; private set; }
        public int PresentSentences { get; private set; }
        public ReadOnlySpan<SentenceTense> Sentences => _sentences.Items;
        public ReadOnlySpan<int> PresentOf(SentenceTense s) => _verbs.Items.Slice(s.FirstVerb, s.PresentCount);
        public ReadOnlySpan<int> PastOf(SentenceTense s) => _verbs.Items.Slice(s.FirstVerb + s.PresentCount, s.PastCount);
        public int ParagraphOf(SentenceTense s) => Manuscript.Sentences[s.Sentence].Paragraph;

        private NarrationReading(Manuscript manuscript, NameBook names, PosTags? tagged)
        {
            Manuscript = manuscript;
            _sentences = new PooledList<SentenceTense>(manuscript.Sentences.Count);
            _names = names;
            _tagged = tagged;
            _isName = tagged is null ? names.IsName : null;
            _roles = new PerWord<Role>(manuscript, RolesOf);
        }

        /// <summary>Reads the prose paragraphs' sentences, author's notes left out. <paramref name="tagged"/>: the check's
        /// tags; without them, only sentences with a verb candidate in narration are tagged.</summary>
        public static NarrationReading Read(Manuscript manuscript, NameBook names, PosTags? tagged)
        {
            var reading = new NarrationReading(manuscript, names, tagged);
            int paragraph = -1;
            bool narration = false;
            foreach (var sentence in manuscript.Sentences)
            {
                if (sentence.Paragraph != paragraph)
                {
                    paragraph = sentence.Paragraph;
                    narration = manuscript.Paragraphs[paragraph].IsProse && !IsAuthorsNote(manuscript, paragraph);
                }
                if (narration) reading.ReadSentence(sentence);
            }
            return reading;
        }

        private void ReadSentence(Sentence sentence)
        {
            var tokens = Manuscript.Tokens;
            int first = sentence.FirstToken, firstVerb = _verbs.Count;
            _sentencePast.Clear();
            var words = WordBuffer(sentence.TokenCount);
            ReadOnlySpan<PosTag> tags = default;   // the sentence's, from its first token; read when a word may be a verb
            int clauseStart = 0, wordCount = 0;
            for (int t = first; t < sentence.EndToken; t++)
            {
                switch (MarkOf(Manuscript, tokens[t]))
                {
                    case Mark.Word: break;
                    case Mark.ClauseBreak: clauseStart = wordCount; continue;
                    default: continue;
                }
                words[wordCount++] = t;
                var roles = _roles[t];
                if ((roles & Role.MayBeFinite) == 0) continue;   // Classify would say Mixed
                if (tags.IsEmpty) tags = TagsOf(sentence);
                switch (WithTagger(Classify(new Clause(words, clauseStart, wordCount - clauseStart), roles, tags, first), tags[t - first]))
                {
                    case Tense.Present: _verbs.Add(t); break;
                    case Tense.Past: _sentencePast.Add(t); break;
                }
            }
            int present = _verbs.Count - firstVerb, past = _sentencePast.Count;
            if (present == 0 && past == 0) return;
            foreach (int t in _sentencePast) _verbs.Add(t);
            _sentences.Add(new SentenceTense(sentence.Index, firstVerb, present, past));
            if (past > 0 && present == 0) PastSentences++;
            if (present > 0 && past == 0) PresentSentences++;
        }

        /// <summary>The clauses of a sentence's narration (valid until the next call).</summary>
        public SentenceClauses ClausesOf(SentenceTense s)
        {
            var sentence = Manuscript.Sentences[s.Sentence];
            _clauses.Clear();
            var words = WordBuffer(sentence.TokenCount);
            int clauseStart = 0, wordCount = 0;
            bool question = false, thought = false;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                switch (MarkOf(Manuscript, Manuscript.Tokens[t]))
                {
                    case Mark.Word:
                        words[wordCount++] = t;
                        if ((_roles[t] & Role.ThoughtVerb) != 0) thought = true;
                        break;
                    case Mark.ClauseBreak: Close(); break;
                    case Mark.QuestionOrExclamation: question = true; break;
                }
            }
            Close();
            return new SentenceClauses(_clauses, question, thought);

            void Close()
            {
                if (wordCount > clauseStart) _clauses.Add(new Clause(words, clauseStart, wordCount - clauseStart));
                clauseStart = wordCount;
            }
        }

        /// <summary>Gives the sentences and verbs back to the pool: the report keeps only the drifts made from them.</summary>
        public void Dispose()
        {
            _sentences.Dispose();
            _verbs.Dispose();
        }

        private int[] WordBuffer(int tokenCount)
        {
            if (_words.Length < tokenCount) _words = new int[Math.Max(tokenCount, _words.Length * 2)];
            return _words;
        }

        /// <summary>The sentence's tags: the check's, or the tagger's when the check has none.</summary>
        private ReadOnlySpan<PosTag> TagsOf(Sentence sentence)
        {
            if (_tagged is not null) return _tagged.All.Slice(sentence.FirstToken, sentence.TokenCount);
            if (_ownTags.Length < sentence.TokenCount) _ownTags = new PosTag[Math.Max(sentence.TokenCount, _ownTags.Length * 2)];
            var tags = _ownTags.AsSpan(0, sentence.TokenCount);
            tags.Clear();
            PosTagger.Tag(Manuscript, sentence.FirstToken, sentence.EndToken, tags, _isName);
            return tags;
        }

        /// <summary>The tense of the clause's last word when it is a finite verb; Mixed when it is not one.
        /// <paramref name="tags"/> start at token <paramref name="firstToken"/>.</summary>
        private Tense Classify(Clause clause, Role roles, ReadOnlySpan<PosTag> tags, int firstToken)
        {
            var manuscript = Manuscript;
            int t = clause[^1];
            string w = NarratorFinder.Lower(manuscript, t);
            if ((roles & Role.PresentAlways) != 0)
                return PreviousIs(manuscript, clause, "to") || IsPossessiveIts(manuscript, clause, w)
                    || w is "will" or "can" && clause.Count >= 2 && IsDeterminerLike(NarratorFinder.Lower(manuscript, clause[^2])) ? Tense.Mixed : Tense.Present;
            if ((roles & Role.PastAlways) != 0) return Tense.Past;
            int s = clause.Count - 2;
            while (s >= 0 && (_roles[clause[s]] & Role.MidAdverb) != 0) s--;
            var withoutSubject = (roles & Role.PastWithoutSubject) != 0 ? Tense.Past : Tense.Mixed;
            if (s < 0) return withoutSubject;
            string subject = NarratorFinder.Lower(manuscript, clause[s]);
            // After a possessive the word is what is owned (the victim's remains, Clark's shoes), not a verb; after "he's",
            // "it's" (he is, it has) a finite verb cannot follow either.
            if (subject.EndsWith("'s", StringComparison.Ordinal)) return Tense.Mixed;
            if (s > 0 && (_roles[clause[s - 1]] & Role.InvertingAuxiliary) != 0) return Tense.Mixed;
            bool pluralSubject = subject is "i" or "you" or "we" or "they";
            // "the rector comes", "her sister says": a singular noun after a determiner is a subject as clear as "he".
            bool singularSubject = subject is "he" or "she" or "it" or "who"
                || manuscript.Tokens[clause[s]].Is(TokenFlags.Capitalized) && subject != "i" && _names.IsName(manuscript.TextOf(manuscript.Tokens[clause[s]]))
                || s > 0 && (_roles[clause[s - 1]] & Role.NounDeterminer) != 0 && tags[clause[s] - firstToken].Is(Pos.Noun);
            if (!pluralSubject && !singularSubject) return withoutSubject;
            if ((roles & Role.PresentAfterSubject) != 0) return pluralSubject == (w != "does") ? Tense.Present : Tense.Mixed;
            if ((roles & Role.MostlyPast) != 0) return Tense.Past;
            if (singularSubject && (roles & Role.MostlyThirdPersonPresent) != 0) return Tense.Present;
            if (pluralSubject && (roles & Role.MostlyBaseOrPresent) != 0) return Tense.Present;
            return Tense.Mixed;
        }
    }

    /// <summary>Which of the word lists a word is on, and what Brown's verb tags say of it, as bits.</summary>
    [Flags]
    private enum Role : ushort
    {
        None = 0, PresentAlways = 1, PastAlways = 2, MidAdverb = 4, InvertingAuxiliary = 8, NounDeterminer = 16,
        PresentAfterSubject = 32, ThoughtVerb = 64,
        /// <summary>Past in 9 of 10 Brown tags (and at least 3): past even where no subject is seen.</summary>
        PastWithoutSubject = 128,
        /// <summary>Past or past participle in 7 of 10 tags: past after a subject.</summary>
        MostlyPast = 256,
        /// <summary>3rd-person present in 7 of 10 tags: present after he, she or a name.</summary>
        MostlyThirdPersonPresent = 512,
        /// <summary>Base or plain present in 6 of 10 tags (at least 5), never past: present after I, you, we, they.</summary>
        MostlyBaseOrPresent = 1024,
        /// <summary>The roles by which <see cref="NarrationReading"/>'s Classify can find a finite verb.</summary>
        MayBeFinite = PresentAlways | PastAlways | PresentAfterSubject | PastWithoutSubject | MostlyPast | MostlyThirdPersonPresent | MostlyBaseOrPresent,
    }

    /// <summary>What the analysis asks of a word, found once per distinct word of the manuscript (<see cref="PerWord{T}"/>).</summary>
    private static Role RolesOf(string lowercase)
    {
        var roles = ListRoles.GetValueOrDefault(lowercase);
        if ((roles & (Role.PresentAlways | Role.PastAlways)) != 0) return roles;   // Classify decides these by the lists alone
        var tags = StoryData.VerbTagsOf(lowercase);
        if (tags.Past * 10 >= tags.Total * 9 && tags.Past >= 3) roles |= Role.PastWithoutSubject;
        if (tags.MostlyPast) roles |= Role.MostlyPast;
        if (tags.MostlyThirdPersonPresent) roles |= Role.MostlyThirdPersonPresent;
        if (tags.MostlyBaseOrPresent && tags.Base + tags.Present >= 5) roles |= Role.MostlyBaseOrPresent;
        return roles;
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

    /// <summary>"from it's cage": it's after a preposition is the possessive its misspelled, not "it is".</summary>
    private static bool IsPossessiveIts(Manuscript manuscript, Clause clause, string w) =>
        w == "it's" && clause.Count >= 2 && NarratorFinder.Lower(manuscript, clause[^2]) is "from" or "in" or "of" or "on" or "with" or "at" or "by" or "to" or "into" or "for" or "and" or "lost" or "had" or "was";

    private static bool IsDeterminerLike(string previous) => Determiners.Contains(previous) || previous.EndsWith("'s", StringComparison.Ordinal);

    private static bool PreviousIs(Manuscript manuscript, Clause clause, string word) =>
        clause.Count >= 2 && NarratorFinder.Lower(manuscript, clause[^2]) == word;
}
