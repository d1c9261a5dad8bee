using Galley.Checking;
using Galley.Document;

namespace Galley.Rules.Spelling;

/// <summary>A character's voice written as it sounds: dropped g's (goin, thinkin'), letters left out and marked
/// with an apostrophe (cap'n, rev'rend, 'nuff), and eye dialect (thet, lahk, jist) — in speech these are the
/// writer's choice, like informal words, not misspellings.</summary>
internal static class Voice
{
    /// <summary>Eye dialect is only read as such where the speech carries other marks of a voice, so that a lone
    /// slip in dialogue ("I realy mean it") is still caught.</summary>
    private const int MarksForDialect = 2;

    private const int MarksForLongDialect = 4;

    /// <summary>Eye-dialect spellings are short: longer sound-alikes are more often misspellings written by ear.</summary>
    private const int LongestEyeDialect = 6;

    /// <summary>goin → going, somethin' → something; null when the word is not a known -ing word with its g dropped.</summary>
    public static string? DroppedG(CheckContext context, ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && CharClass.IsApostrophe(word[^1])) word = word[..^1];
        if (word.Length < 4 || !word.EndsWith("in", StringComparison.OrdinalIgnoreCase)) return null;
        string full = string.Concat(word, "g");
        return WordAcceptance.IsKnown(context, full) ? full : null;
    }

    /// <summary>cap'n, gran'dad, f'r, 'nuff: an apostrophe standing for letters left out, in a word that is not a
    /// known misspelling (dont'll, does'nt are misplaced apostrophes, not speech).</summary>
    public static bool IsElision(CheckContext context, ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe < 0 || word.Length < 2) return false;
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        int n = WordAcceptance.LowerWithStraightApostrophes(word, lower);
        if (context.Lexicon.KnownCorrections(lower[..n]) is not null) return false;
        return !lower[..n].EndsWith("'nt");
    }

    /// <summary>Whether the candidates' narration uses informal words (checked per paragraph, so that the
    /// manuscript can tell where its informal paragraphs stand).</summary>
    public static bool HasInformalNarration(List<Candidate> found) => found.Any(c => c.InformalNarration);

    /// <summary>Whether a manuscript's narrator talks informally throughout, from the indexes (in order) of its paragraphs
    /// with informal narration: <see cref="InformalNarratorParagraphs"/> of them within one stretch of
    /// <see cref="InformalNarratorStretch"/> paragraphs. A voice keeps coming back; three stray "im"s or "u"s scattered
    /// over a thousand paragraphs are slips, not a narrator's way of talking.</summary>
    public static bool IsInformalNarrator(IReadOnlyList<int> informalNarrationParagraphs)
    {
        for (int i = 0; i + InformalNarratorParagraphs - 1 < informalNarrationParagraphs.Count; i++)
            if (informalNarrationParagraphs[i + InformalNarratorParagraphs - 1] - informalNarrationParagraphs[i] < InformalNarratorStretch) return true;
        return false;
    }

    /// <summary>The indexes, in order, of the paragraphs of <paramref name="found"/> with informal narration.</summary>
    public static List<int> InformalNarrationParagraphIndexes(Manuscript manuscript, List<Candidate> found) =>
        found.Where(c => c.InformalNarration).Select(c => manuscript.ParagraphOf(c.Token).Index).Distinct().Order().ToList();

    /// <summary>Spellings by ear in speech (goin', an', 'em; not gonna) from which a manuscript writes its characters'
    /// speech by ear: its other sound-alike spellings in speech are more likely voice than slips.</summary>
    private const int SpeechByEarMarks = 10;

    /// <summary>A short spelling (up to <see cref="LongestEyeDialect"/> letters) that sounds like a common word: the
    /// shape of eye dialect (jist, onct, thar), not of a long word mistyped.</summary>
    public static bool IsEyeDialectShape(CheckContext context, string lowercase) =>
        lowercase.Length <= LongestEyeDialect && context.Lexicon.SoundsLikeCommonWord(lowercase);

    public static bool IsSpeechByEar(int speechDialectMarks) => speechDialectMarks >= SpeechByEarMarks;

    /// <summary>The spellings by ear in the speech of the candidates' paragraphs.</summary>
    internal static int SpeechDialectMarks(Candidates candidates)
    {
        int marks = 0;
        foreach (var paragraph in candidates.Paragraphs) marks += paragraph.DialectMarks;
        return marks;
    }

    /// <summary>Whether the manuscript writes speech by ear: from the whole manuscript's knowledge when a part is checked.</summary>
    public static bool SpeechByEar(CheckContext context) =>
        context.Document?.SpeechByEar ?? IsSpeechByEar(SpeechDialectMarks(SpellingScan.FindCandidates(context)));

    /// <summary>A narrator who talks like a character (informal words in the narration of several paragraphs, or
    /// twice in one) has a voice of their own: their informal words are not hinted at.</summary>
    public static void AcceptInformalNarrator(List<Candidate> found, bool informalNarrator)
    {
        var byParagraph = new Dictionary<int, List<Candidate>>();
        foreach (var c in found)
        {
            if (!c.InformalNarration) continue;
            if (!byParagraph.TryGetValue(c.Paragraph, out var list)) byParagraph[c.Paragraph] = list = [];
            list.Add(c);
        }
        foreach (var list in byParagraph.Values)
            if (informalNarrator || list.Count >= MarksForDialect)
                foreach (var c in list) c.Accepted = true;
    }

    private const int InformalNarratorParagraphs = 3;

    /// <summary>Paragraphs within which <see cref="InformalNarratorParagraphs"/> informal ones make a voice.</summary>
    private const int InformalNarratorStretch = 40;

    /// <summary>A cry made of vowels and breath (ahah, uhhu, ohhh): only vowels and h, with an h.</summary>
    public static bool IsCry(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 8) return false;
        bool breath = false;
        foreach (char ch in word)
        {
            char c = char.ToLowerInvariant(ch);
            if (c == 'h') breath = true;
            else if (c is not ('a' or 'e' or 'i' or 'o' or 'u')) return false;
        }
        return breath;
    }

    /// <summary>'ello, 'pache: a word in speech right after an apostrophe that stands for its dropped first letters, the
    /// apostrophe opening a word (after a space or an opening double quote: "'ello").</summary>
    public static bool FollowsElidingApostrophe(CheckContext context, int t)
    {
        if (t == 0) return false;
        var tokens = context.Manuscript.Tokens;
        var previous = tokens[t - 1];
        if (previous.Kind != TokenKind.Quote || previous.End != tokens[t].Start || !CharClass.IsApostrophe(context.Text[previous.Start])) return false;
        if (previous.Is(TokenFlags.SpaceBefore)) return true;
        if (t < 2) return false;
        var before = tokens[t - 2];
        return before.Kind == TokenKind.Quote && before.End == previous.Start && !CharClass.IsApostrophe(context.Text[before.Start]);
    }

    /// <summary>Accepts the unknown words in speech that sound like common words (thet ~ that, diffrunce ~ difference)
    /// when the paragraph's speech has at least <see cref="MarksForDialect"/> marks of a voice counting them; a long
    /// sound-alike needs a strongly marked voice (<see cref="MarksForLongDialect"/>), since a misspelling written by ear
    /// sounds like its word too. A narrator who talks informally throughout is read the same way in narration
    /// ("I jist stayed where I was").</summary>
    public static void AcceptEyeDialect(CheckContext context, List<Candidate> found, int from, int to, int speechMarks, int speechDialectMarks, bool informalNarrator)
    {
        Accept(context, found, from, to, speechMarks, inSpeech: true);
        AcceptListedEyeDialect(context, found, from, to, speechDialectMarks);
        if (informalNarrator)
        {
            int narrationMarks = 0;
            for (int i = from; i < to; i++) if (found[i].InformalNarration) narrationMarks++;
            Accept(context, found, from, to, narrationMarks, inSpeech: false);
        }
    }

    /// <summary>Eye-dialect spellings that are also listed as common misspellings (jist, thet) are a voice only in speech
    /// written by ear throughout: at least <see cref="MarksForLongDialect"/> other spellings by ear (dropped g's,
    /// elisions, sound-alikes), informal words such as gonna not counted, so a slip in everyday speech is still caught.</summary>
    private static void AcceptListedEyeDialect(CheckContext context, List<Candidate> found, int from, int to, int dialectMarks)
    {
        var tokens = context.Manuscript.Tokens;
        var listed = new List<Candidate>();
        int marks = dialectMarks;
        for (int i = from; i < to; i++)
        {
            var c = found[i];
            if (!tokens[c.Token].Is(TokenFlags.InSpeech) || c.InformalNarration) continue;
            var lower = c.Text.ToLowerInvariant();
            if (!context.Lexicon.SoundsLikeCommonWord(lower)) continue;
            if (context.Lexicon.KnownCorrections(lower) is null) marks++;
            else if (c.Text.Length <= LongestEyeDialect) listed.Add(c);
        }
        if (marks < MarksForLongDialect) return;
        foreach (var c in listed) c.Accepted = true;
    }

    private static void Accept(CheckContext context, List<Candidate> found, int from, int to, int voiceMarks, bool inSpeech)
    {
        var tokens = context.Manuscript.Tokens;
        var soundAlikes = new List<Candidate>();
        for (int i = from; i < to; i++)
        {
            var c = found[i];
            if (tokens[c.Token].Is(TokenFlags.InSpeech) != inSpeech || c.InformalNarration) continue;
            var lower = c.Text.ToLowerInvariant();
            if (context.Lexicon.KnownCorrections(lower) is null && context.Lexicon.SoundsLikeCommonWord(lower)) soundAlikes.Add(c);
        }
        int marks = soundAlikes.Count + voiceMarks;
        if (marks < MarksForDialect) return;
        foreach (var c in soundAlikes)
            if (c.Text.Length <= LongestEyeDialect || marks >= MarksForLongDialect) c.Accepted = true;
        if (marks < MarksForLongDialect) return;
        // Speech written phonetically throughout (Ahm goin nawth t'jawn mah husbun): its other odd spellings are the
        // same voice, unless they are common slips.
        for (int i = from; i < to; i++)
        {
            var c = found[i];
            if (tokens[c.Token].Is(TokenFlags.InSpeech) == inSpeech && !c.InformalNarration && context.Lexicon.KnownCorrections(c.Text.ToLowerInvariant()) is null)
                c.Accepted = true;
        }
    }
}
