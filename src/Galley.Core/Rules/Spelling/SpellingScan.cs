using Galley.Checking;
using Galley.Lexicon;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Spelling;

public enum UnknownKind { Misspelling, RunTogether, Informal, Repeated, NameTypo, OtherDialect }

/// <summary>A word the dictionary, the manuscript's names and the writer's words do not account for,
/// with what kind of problem it is and ranked corrections.</summary>
public sealed record UnknownWord(int Token, TextSpan Span, string Text, UnknownKind Kind, IReadOnlyList<string> Suggestions, int Occurrences);

/// <summary>Finds every unknown word once per check and decides which spelling rule it belongs to, so each word
/// gets exactly one diagnostic. Before a word is called wrong, the scan looks at its company: a character's
/// dialect in speech (<see cref="Voice"/>), a quoted foreign phrase (<see cref="ForeignPhrases"/>), a name.</summary>
public sealed class SpellingScan
{
    public required IReadOnlyList<UnknownWord> Words { get; init; }

    /// <summary>An unknown spelling repeated this often is probably deliberate (an invented word), unless a common word
    /// is one edit away: a writer who types the same slip twice has a habit, not a coinage.</summary>
    private const int DeliberateRepeats = 2;

    /// <summary>An unknown spelling repeated this often is too frequent to be a slip at all.</summary>
    private const int HabitualRepeats = 6;

    /// <summary>A derived word or a name is not trusted when a word this common is one slip away.</summary>
    internal const int CommonNeighbourFrequency = 30;

    /// <summary>How often (in 51 million words of subtitles) a form must be heard to be a spoken word: in narration,
    /// and inside dialogue, where a character's speech may use rarer spoken forms (yuh, beasties).</summary>
    private const int SpokenFrequency = 20, SpokenFrequencyInSpeech = 5;

    /// <summary>Letters up to which an unknown part of a hyphenated compound is read as coined.</summary>
    private const int ShortCompoundPart = 4;

    /// <summary>Letters from which an unknown word without any suggestion is read as a coinage.</summary>
    private const int LongCoinage = 8;

    public static SpellingScan Of(CheckContext context) => context.Memo(Scan);

    private static SpellingScan Scan(CheckContext context)
    {
        var found = FindUnknown(context);
        var counts = found.GroupBy(f => f.Text).ToDictionary(g => g.Key, g => g.Count());
        var suggestionCache = (IDictionary<string, IReadOnlyList<Suggestion>>?)context.Document?.Suggestions ?? new Dictionary<string, IReadOnlyList<Suggestion>>();
        // Suggestions are costly, and most unknown words of edited fiction turn out to be names or coinages that need
        // none: a first pass notes the words whose verdict asks for them, those are computed, then the words classified.
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in found)
            Classify(context, c.Token, c.Text, context.UnknownWordCount(c.Text, counts), text => { wanted.Add(text); return []; }, out _);
        SuggestMissing(context, wanted, suggestionCache);
        var words = new List<UnknownWord>(found.Count);
        foreach (var c in found)
        {
            int occurrences = context.UnknownWordCount(c.Text, counts);
            var kind = Classify(context, c.Token, c.Text, occurrences, text => WordsOf(Suggestions(context, text, suggestionCache)), out var suggestions);
            // A misspelling's close corrections are weighed by how each reads in its sentence (ther is: there).
            if (kind == UnknownKind.Misspelling && suggestionCache.TryGetValue(c.Text, out var ranked) && SameWords(ranked, suggestions))
                suggestions = SuggestionContext.Order(context, c.Token, c.Text, ranked);
            if (kind is { } k)
                words.Add(new UnknownWord(c.Token, c.Span, c.Text, k, k == UnknownKind.OtherDialect ? suggestions : InWrittenDialect(context, suggestions), occurrences));
        }
        return new SpellingScan { Words = words };
    }

    private static IReadOnlyList<string> WordsOf(IReadOnlyList<Suggestion> ranked) => ranked.Select(s => s.Word).ToList();

    /// <summary>Whether the classified suggestions are the ranked ones as they stand (not reordered for a contraction).</summary>
    private static bool SameWords(IReadOnlyList<Suggestion> ranked, IReadOnlyList<string> words)
    {
        if (ranked.Count != words.Count) return false;
        for (int i = 0; i < words.Count; i++) if (ranked[i].Word != words[i]) return false;
        return true;
    }

    /// <summary>Suggestions spelled the way the manuscript spells (favourite for favrite in a British manuscript checked
    /// in en-US); the manuscript's dialect is read only when a suggestion is spelled one way in the checked dialect alone.</summary>
    private static IReadOnlyList<string> InWrittenDialect(CheckContext context, IReadOnlyList<string> suggestions)
    {
        List<string>? respelled = null;
        for (int i = 0; i < suggestions.Count; i++)
        {
            if (!context.Lexicon.Words.IsOneDialectOnly(suggestions[i])
                || DialectSpelling.Distinctive(context.Lexicon, suggestions[i]) is not { } distinctive || distinctive.Dialect != context.Dialect)
                continue;
            if (context.WrittenDialect == context.Dialect) return suggestions;
            respelled ??= [.. suggestions];
            respelled[i] = distinctive.Counterpart;
        }
        return respelled is null ? suggestions : respelled.Distinct().ToList();
    }

    /// <summary>Suggestions for each distinct unknown word not yet in the cache, computed on all cores when there are
    /// many: each word's suggestions depend only on the word, the lexicon and the names, so the result is the same.</summary>
    private static void SuggestMissing(CheckContext context, IEnumerable<string> distinct, IDictionary<string, IReadOnlyList<Suggestion>> cache)
    {
        var words = distinct.Where(text => !cache.ContainsKey(text) && !WordAcceptance.IsInformal(context, text)).ToList();
        var suggestions = new IReadOnlyList<Suggestion>[words.Count];
        if (words.Count >= 32 && Environment.ProcessorCount > 1)
            Parallel.For(0, words.Count, i => suggestions[i] = SuggestFor(context, words[i]));
        else
            for (int i = 0; i < words.Count; i++) suggestions[i] = SuggestFor(context, words[i]);
        for (int i = 0; i < words.Count; i++) cache[words[i]] = suggestions[i];
    }

    /// <summary>The words no dictionary, name, writer's list or the words' company accounts for, before they are
    /// classified. Whether the narrator talks informally throughout is a fact of the whole manuscript: a paragraph
    /// checked on its own reads it from <see cref="CheckContext.Document"/>.</summary>
    internal static List<Candidate> FindUnknown(CheckContext context)
    {
        var candidates = FindCandidates(context);
        bool informalNarrator = context.Document?.InformalNarrator
            ?? Voice.IsInformalNarrator(Voice.InformalNarrationParagraphIndexes(context.Manuscript, candidates.Found));
        return FindUnknown(context, candidates, informalNarrator);
    }

    /// <summary>The unknown words of <paramref name="candidates"/> once their company is looked at, for a narrator who
    /// does or does not talk informally throughout; a part of a manuscript counts these so the whole's occurrences
    /// can be added up.</summary>
    internal static List<Candidate> FindUnknown(CheckContext context, Candidates candidates, bool informalNarrator)
    {
        var found = candidates.Found;
        foreach (var c in found) c.Accepted = false;
        Voice.AcceptInformalNarrator(found, informalNarrator);
        foreach (var (from, to, voiceMarks, dialectMarks) in candidates.Paragraphs) Voice.AcceptEyeDialect(context, found, from, to, voiceMarks, dialectMarks, informalNarrator);
        ForeignPhrases.Accept(context, found);
        return found.Where(c => !c.Accepted).ToList();
    }

    /// <summary>Every word no dictionary, name or writer's list accounts for, paragraph by paragraph, with how many
    /// marks of a character's voice each paragraph's speech holds; computed once per check.</summary>
    internal static Candidates FindCandidates(CheckContext context) => context.Memo(static context =>
    {
        var manuscript = context.Manuscript;
        var found = new List<Candidate>();
        var paragraphs = new List<(int From, int To, int VoiceMarks, int DialectMarks)>();
        // Most tokens are dictionary words: accepted once per distinct spelling, not looked up at every token.
        var accepted = new AcceptedSpellings(context);
        foreach (var paragraph in manuscript.Paragraphs)
        {
            if (!paragraph.IsSpellChecked) continue;
            int paragraphStart = found.Count;
            int voiceMarks = 0, dialectMarks = 0;   // marks of a voice in speech; of them, spellings by ear (goin', not gonna)
            for (int t = paragraph.FirstToken; t < paragraph.FirstToken + paragraph.TokenCount; t++)
            {
                var token = manuscript.Tokens[t];
                if (!token.IsWord) continue;
                var word = manuscript.TextOf(token);
                if (accepted.IsAccepted(t)) continue;
                bool inSpeech = token.Is(TokenFlags.InSpeech);
                // Informal speech is a character's voice; in narration it is worth a hint even when the dictionary lists
                // it (gonna). A dropped g is checked only once the word is known not to be a word (thin, kin).
                bool informal = WordAcceptance.IsInformal(context, word);
                if (context.IsListedAbbreviation(token)) continue;   // Thos., Wm.: the data lists it with its period
                if (TouchesInWordMark(manuscript, token)) continue;
                // A heading in capitals is most often a name or a title (HOWARDS END): only a known misspelling counts.
                if (paragraph.Kind == ParagraphKind.Heading && token.Is(TokenFlags.AllCaps)
                    && context.Lexicon.KnownCorrections(word.ToString().ToLowerInvariant()) is null) continue;
                if (informal || Voice.DroppedG(context, word) is not null)
                {
                    if (inSpeech) { voiceMarks++; if (!informal || CharClass.IsApostrophe(word[^1])) dialectMarks++; }   // goin', an', not gonna
                    else found.Add(new(t, token.Span, word.ToString()) { InformalNarration = true, Paragraph = paragraph.FirstToken });
                    continue;
                }
                if (inSpeech && (Voice.IsElision(context, word) || Voice.FollowsElidingApostrophe(context, t))) { voiceMarks++; dialectMarks++; continue; }
                if (Voice.IsCry(word) && context.Lexicon.KnownCorrections(word.ToString().ToLowerInvariant()) is null) continue;
                if (token.Is(TokenFlags.Hyphenated)) AddUnknownParts(context, manuscript, t, found);
                else found.Add(new(t, token.Span, word.ToString()));
            }
            paragraphs.Add((paragraphStart, found.Count, voiceMarks, dialectMarks));
        }
        return new Candidates(found, paragraphs);
    });

    private static void AddUnknownParts(CheckContext context, Manuscript manuscript, int t, List<Candidate> found)
    {
        var token = manuscript.Tokens[t];
        var word = manuscript.TextOf(token);
        bool inSpeech = token.Is(TokenFlags.InSpeech);
        int before = found.Count;
        bool anyLong = false;
        foreach (var range in word.Split('-'))
        {
            var (start, length) = range.GetOffsetAndLength(word.Length);
            var part = word.Slice(start, length);
            var partToken = token with { Start = token.Start + start, Length = length, Flags = token.Flags & ~TokenFlags.Hyphenated };
            bool isPrefix = start + length < word.Length && Derivation.IsHyphenPrefix(part);   // pre-war, proto-senility
            if (part.Length > 1 && !isPrefix && !WordAcceptance.IsAccepted(context, part, partToken) && !(inSpeech && Voice.IsElision(context, part)))
            {
                found.Add(new(t, new TextSpan(token.Start + start, length), part.ToString()));
                anyLong |= part.Length > 3;
            }
        }
        // Cries and sounds spelled out in speech (Aye-yah-ah-ah, ki-yi-ing) are short syllables, not misspellings; a
        // compound whose every part is unknown is borrowed whole (pari-mutuel, mah-jongg).
        int unknownParts = found.Count - before;
        if ((inSpeech && !anyLong) || (unknownParts >= 2 && unknownParts == word.Count('-') + 1)) found.RemoveRange(before, unknownParts);
        // A short coined part of a compound (show-offy, drib-drool) is the writer's making, not a slip.
        else
            for (int i = found.Count - 1; i >= before; i--)
                if (found[i].Text.Length <= ShortCompoundPart && context.Lexicon.KnownCorrections(found[i].Text.ToLowerInvariant()) is null)
                    found.RemoveAt(i);
    }

    private static IReadOnlyList<Suggestion> Suggestions(CheckContext context, string text, IDictionary<string, IReadOnlyList<Suggestion>> cache)
    {
        if (!cache.TryGetValue(text, out var cached)) cache[text] = cached = SuggestFor(context, text);
        return cached;
    }

    /// <summary>The suggester's candidates, with the irregular past first for a regularized one (eated: ate, buyed:
    /// bought), which spelling distance alone ranks below eater and buyer.</summary>
    private static IReadOnlyList<Suggestion> SuggestFor(CheckContext context, string text)
    {
        var suggestions = context.Suggester.Rank(text);
        if (RegularizedPast(text) is not { } verb) return suggestions;
        var irregular = verb.Pasts.Concat(verb.Participles).Select(f => MatchCase(f, text)).Distinct().ToList();
        return [.. irregular.Select(f => new Suggestion(f, double.NegativeInfinity)), .. suggestions.Where(s => !irregular.Contains(s.Word))];
    }

    /// <summary>The irregular verb whose base an -ed form was made on (eated, catched, runned, goed), or null.</summary>
    private static Grammar.IrregularVerbs.Verb? RegularizedPast(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.Length < 4 || !lower.EndsWith("ed", StringComparison.Ordinal)) return null;
        var verbs = Grammar.IrregularVerbs.Default;
        var stem = lower[..^2];
        var verb = verbs.FromBase(stem) ?? verbs.FromBase(stem + "e")   // eated, maked
            ?? (stem.Length > 2 && stem[^1] == stem[^2] ? verbs.FromBase(stem[..^1]) : null);   // runned, swimmed
        return verb is not null && !verb.Pasts.Contains(lower) && !verb.Participles.Contains(lower) ? verb : null;
    }

    private static string MatchCase(string word, string like) =>
        like.Length > 0 && char.IsUpper(like[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    /// <summary>The kind of problem, or null when a closer look shows the word is fine: a probable name, a spelling
    /// the other dialect shares. <paramref name="suggestionsOf"/> is asked only on the way to a verdict that needs them.</summary>
    private static UnknownKind? Classify(CheckContext context, int t, string text, int occurrences,
        Func<string, IReadOnlyList<string>> suggestionsOf, out IReadOnlyList<string> suggestions)
    {
        suggestions = [];
        if (WordAcceptance.IsInformal(context, text) || Voice.DroppedG(context, text) is not null)
        {
            suggestions = [WordAcceptance.IsInformal(context, text) ? context.Lexicon.Informal[text] : Voice.DroppedG(context, text)!];
            return UnknownKind.Informal;
        }
        var lower = text.ToLowerInvariant();
        if (context.Lexicon.Words.IsOtherDialectOnly(text, context.Dialect) && IsSharedAcrossDialects(context, lower)) return null;
        if (context.Lexicon.Words.IsOtherDialectOnly(text, context.Dialect))
        {
            if (context.WrittenDialect != context.Dialect) return null;   // the manuscript is written in that dialect
            suggestions = suggestionsOf(text);
            // The same word in the checked dialect first (theorise: theorize, not theories, which is one swap nearer).
            if (DialectSpelling.Counterpart(context.Lexicon, lower, context.Dialect.Other()) is { } counterpart)
                suggestions = [MatchCase(counterpart, text), .. suggestions.Where(s => !s.Equals(counterpart, StringComparison.OrdinalIgnoreCase))];
            return UnknownKind.OtherDialect;
        }
        var token = context.Manuscript.Tokens[t];
        bool capitalized = char.IsUpper(text[0]) && !token.Is(TokenFlags.AllCaps);
        if (capitalized && occurrences <= 2 && context.NameSlipOf(text, occurrences) is { } name)
        {
            suggestions = [name, .. suggestionsOf(text).Where(s => s != name)];
            return UnknownKind.NameTypo;
        }
        var contraction = DroppedApostrophe(context, text);
        bool knownMisspelling = context.Lexicon.KnownCorrections(lower) is not null || contraction is not null;
        if (capitalized && CalendarWords.SlipOf(text) is { } calendar)
        {
            // Septemeber, Wensday: a capital is no sign of a name when the word is a slip of a month or a weekday.
            suggestions = [calendar, .. suggestionsOf(text).Where(s => s != calendar)];
            return UnknownKind.Misspelling;
        }
        if (!knownMisspelling && capitalized && IsProbableName(context, t, lower)) return null;
        if (!knownMisspelling && HasInnerCapital(text)) return null;   // DuVol, McFeely, iPad: a name or brand
        // Subtitles are transcribed speech: a form heard often there (snuck, goddam, naw) is a spoken word, not a slip.
        if (!knownMisspelling && context.Lexicon.Frequency(lower) >= (token.Is(TokenFlags.InSpeech) ? SpokenFrequencyInSpeech : SpokenFrequency)) return null;
        // Inside a hyphenated compound (two-fisted, sharp-limbed) a derived part is what it seems; alone it must not be
        // one slip from a common word.
        if (!knownMisspelling && Derivation.IsDerived(context.Lexicon, context.Dialect, lower)
            && (token.Is(TokenFlags.Hyphenated) || !context.Suggester.IsOneSlipFromCommonWord(lower, CommonNeighbourFrequency)))
            return null;
        suggestions = suggestionsOf(text);
        if (contraction is not null) suggestions = [contraction, .. suggestions.Where(s => s != contraction)];
        if (occurrences >= HabitualRepeats && !knownMisspelling) return UnknownKind.Repeated;   // too often to be a slip
        if (occurrences >= DeliberateRepeats && !knownMisspelling
            && !suggestions.Any(s => EditDistance.Between(s, text, 1, ignoreCase: true) <= 1 && context.Lexicon.Frequency(s.ToLowerInvariant()) >= 100))
            return UnknownKind.Repeated;
        // Used once or twice, a long word no known word is near (geysering, spoilables, a world's coinage) may be a
        // coinage or a slip too jumbled to mend (expienrence): not called misspelled, which would offer the writer
        // nothing, but asked about as a possible coinage.
        if (!knownMisspelling && suggestions.Count == 0 && text.Length >= LongCoinage)
            return token.Is(TokenFlags.AllCaps) ? null : UnknownKind.Repeated;   // in capitals: a heading's name (KELLAWAY)
        if (suggestions.Count > 0 && suggestions[0].Contains(' ') && suggestions[0].Replace(" ", "").Equals(text, StringComparison.OrdinalIgnoreCase))
            return UnknownKind.RunTogether;
        return UnknownKind.Misspelling;
    }

    private static readonly HashSet<string> ApostropheSStems = new(StringComparer.Ordinal)
    {
        "he", "she", "it", "that", "what", "there", "here", "who", "where", "how", "when", "why", "everyone", "nobody", "somebody",
    };

    /// <summary>A contraction written without its apostrophe (dont, im, thats: don't, I'm, that's), as the dictionary
    /// spells it, or null. Subtitles hear these often, but on the page the apostrophe is missing.</summary>
    internal static string? DroppedApostrophe(CheckContext context, string text)
    {
        if (text.Length < 2 || text.Contains('\'') || text.Contains('\u2019')) return null;
        foreach (var ending in WordAcceptance.ContractionSuffixes)
        {
            if (text.Length <= ending.Length || !text.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) continue;
            var stem = text[..^ending.Length];
            // n't only after n (dont); 's only after a pronoun or a question word (thats), since a noun's 's is a
            // possessive (reasonings is no slip for reasoning's)
            if (ending == "t" && !stem.EndsWith('n') || ending == "s" && !ApostropheSStems.Contains(stem.ToLowerInvariant())) continue;
            var joined = stem + "'" + text[^ending.Length..];
            if (context.IsKnownWord(joined) || context.IsKnownWord(joined.ToLowerInvariant())) return joined;
            if (stem.Equals("i", StringComparison.OrdinalIgnoreCase)) return "I'" + text[^ending.Length..];   // im, ive: I'm, I've
        }
        return null;
    }

    /// <summary>A capitalized word that is not capitalized for opening a sentence or speech, and not "I".</summary>
    private static bool IsNameLike(Token[] tokens, int t) =>
        t >= 0 && t < tokens.Length && tokens[t].IsWord && tokens[t].Is(TokenFlags.Capitalized) && tokens[t].Length > 1
        && !tokens[t].Is(TokenFlags.SentenceStart) && !tokens[t].Is(TokenFlags.SpeechStart);

    private static bool IsComma(CheckContext context, int t) =>
        t >= 0 && t < context.Manuscript.Tokens.Length && context.Manuscript.Tokens[t].Kind == TokenKind.Punctuation
        && context.Text[context.Manuscript.Tokens[t].Start] == ',';

    /// <summary>A capital after a lowercase letter (DuVol, ExPe), not a shifted slip at the start (THe).</summary>
    private static bool HasInnerCapital(string text)
    {
        for (int i = 1; i < text.Length; i++)
            if (char.IsUpper(text[i]) && char.IsLower(text[i - 1])) return true;
        return false;
    }

    /// <summary>A capitalized word that opens a sentence (where the name book cannot tell a name from a common word)
    /// and is not one slip from a common word (Eromonga, Philibert), or that stands beside another capitalized word
    /// mid-sentence (Philibert Berthelier).</summary>
    private static bool IsProbableName(CheckContext context, int t, string lower)
    {
        var tokens = context.Manuscript.Tokens;
        if (IsNameLike(tokens, t + 1) || (IsNameLike(tokens, t - 1) && !tokens[t].Is(TokenFlags.SentenceStart))) return true;
        // In speech, a capitalized word set off by a comma is someone spoken to or a cry ("Lovie, come here",
        // "Come here, Lovie.", "Ahah, there you are").
        if (tokens[t].Is(TokenFlags.InSpeech) && (IsComma(context, t + 1) || (IsComma(context, t - 1) && t + 1 < tokens.Length && !tokens[t + 1].IsWord)))
            return true;
        return lower.Length >= 4 && !context.Suggester.IsOneSlipFromCommonWord(lower, CommonNeighbourFrequency);
    }

    /// <summary>theatre, whisky, grey in American text; travelled, cancelling (a doubled l American dictionaries
    /// also list).</summary>
    private static bool IsSharedAcrossDialects(CheckContext context, string lower) =>
        context.Dialect == Dialect.EnUS && DialectSpelling.IsSharedWithAmerican(context.Lexicon, lower);

    /// <summary>A question mark between two letters (caf?s, r?gime) is no punctuation but a letter lost in a change of
    /// encoding: the pieces on either side of it are not words to check.</summary>
    internal static bool TouchesInWordMark(Manuscript manuscript, in Token token)
    {
        var text = manuscript.Text;
        int before = token.Start - 1, after = token.End;
        return (after + 1 < text.Length && text[after] == '?' && CharClass.IsLetter(text[after + 1]))
            || (before >= 1 && text[before] == '?' && CharClass.IsLetter(text[before - 1]));
    }
}

/// <summary>The unknown words of a manuscript or a part, until their company is looked at, and each prose paragraph's
/// range of them with the marks of a character's voice in its speech (and how many of those are spellings by ear:
/// dropped g's and elisions, not informal words such as gonna).</summary>
internal sealed record Candidates(List<Candidate> Found, List<(int From, int To, int VoiceMarks, int DialectMarks)> Paragraphs);

/// <summary>An unknown word found by the scan, until its company is looked at.</summary>
internal sealed class Candidate(int token, TextSpan span, string text)
{
    public int Token { get; } = token;
    public TextSpan Span { get; } = span;
    public string Text { get; } = text;
    public bool Accepted { get; set; }
    /// <summary>An informal word (gonna, goin) in narration: a hint, unless the narrator's voice is informal.</summary>
    public bool InformalNarration { get; init; }
    /// <summary>Which paragraph (its first token) an informal word in narration stands in.</summary>
    public int Paragraph { get; init; }

}
