using Galley.Checking;
using Galley.Document;

namespace Galley.Rules.Spelling;

/// <summary>Quoted foreign phrases in English prose (chevaux de frise, le rouge et le noir, Mais, oui): unknown words
/// that stand together, or beside a foreign function word, are a phrase in another language, not misspellings.
/// A foreign particle before a capitalized word is part of a name (Madame De Pompadour).</summary>
internal static class ForeignPhrases
{
    public static void Accept(CheckContext context, List<Candidate> found)
    {
        if (found.Count == 0) return;
        var acceptedBefore = found.Select(c => c.Accepted).ToArray();   // by the writer's voice, before any phrase
        var manuscript = context.Manuscript;
        var tokens = manuscript.Tokens;
        var unknownAt = new Dictionary<int, List<Candidate>>();
        var isUnknown = new bool[tokens.Length];   // read at every word: an array, not the dictionary
        var slips = new HashSet<int>();   // tokens that are common misspellings: they join a phrase but cannot make one
        var names = new HashSet<int>();   // capitalized unknown words: names, or foreign words (Sie lacheln)
        var nearSlips = new HashSet<int>();   // lowercase unknown words one slip from a common word (walkd) or with an English ending
        var nearSlipSpellings = new Dictionary<string, bool>(StringComparer.Ordinal);   // a spelling is judged once
        bool IsNearSlip(string text)
        {
            if (!nearSlipSpellings.TryGetValue(text, out bool near))
                // a possessive by its word (authour's is a slip of author, whose possessive is rarer than it)
                nearSlipSpellings[text] = near = context.Suggester.IsOneSlipFromCommonWord(
                    NameBook.StripPossessive(text).ToString().ToLowerInvariant(), SpellingScan.CommonNeighbourFrequency, countStem: true);
            return near;
        }
        foreach (var c in found)
        {
            if (!unknownAt.TryGetValue(c.Token, out var list)) unknownAt[c.Token] = list = [];
            list.Add(c);
            isUnknown[c.Token] = true;
            if (context.Lexicon.KnownCorrections(c.Text.ToLowerInvariant()) is not null) slips.Add(c.Token);
            if (tokens[c.Token].Is(TokenFlags.Capitalized)) names.Add(c.Token);
            else if (IsNearSlip(c.Text) || HasEnglishEnding(c.Text)) nearSlips.Add(c.Token);
        }
        // Walk the word tokens in order; a run is a sequence of unknown or foreign words joined by nothing but spaces
        // or commas. A known word may bridge two foreign function words (rouge in "le rouge et le noir").
        var isForeign = new PerWord<bool>(manuscript, word => IsForeignWord(context, word));
        var isCommonEnglish = new PerWord<bool>(manuscript, word => IsCommonEnglish(context, word));
        var run = new List<int>();
        var notEnglish = new HashSet<int>();   // foreign words that are not also common English words (les, et; not ten, die)
        int bridge = -1;
        bool lastForeign = false;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (!token.IsWord)
            {
                if (!(token.Kind == TokenKind.Punctuation && manuscript.Text[token.Start] == ',')) Close(run, unknownAt, slips, names, nearSlips, notEnglish, ref bridge);
                continue;
            }
            if (run.Count > 0 && !SameParagraph(manuscript, run[^1], t)) Close(run, unknownAt, slips, names, nearSlips, notEnglish, ref bridge);
            bool foreign = isForeign[t];   // by the lowercase word: case does not change either verdict
            if (foreign && !isCommonEnglish[t]) notEnglish.Add(t);
            if (foreign && t + 1 < tokens.Length && tokens[t + 1].IsWord && tokens[t + 1].Is(TokenFlags.Capitalized)
                && manuscript.ParagraphOf(t + 1) == manuscript.ParagraphOf(t))
            {
                Accept(unknownAt, t);        // a name particle: De Cury, du Maurier
                Accept(unknownAt, t + 1);
            }
            if (foreign || isUnknown[t])
            {
                if (bridge >= 0) { if (foreign) run.Add(bridge); else Close(run, unknownAt, slips, names, nearSlips, notEnglish, ref bridge); }
                bridge = -1;
                run.Add(t);
                lastForeign = foreign;
            }
            else if (run.Count > 0 && bridge < 0 && lastForeign) bridge = t;
            else Close(run, unknownAt, slips, names, nearSlips, notEnglish, ref bridge);
        }
        Close(run, unknownAt, slips, names, nearSlips, notEnglish, ref bridge);
        AcceptElsewhere(manuscript, found, acceptedBefore);
    }

    /// <summary>A lowercase word the paragraph has used in a foreign phrase is that foreign word wherever else it stands
    /// alone in the paragraph (the fille de chambre … the fille came back). Only within the paragraph, so a paragraph
    /// checked on its own reads the same.</summary>
    private static void AcceptElsewhere(Manuscript manuscript, List<Candidate> found, bool[] acceptedBefore)
    {
        HashSet<(int Paragraph, string Text)>? foreign = null;
        for (int i = 0; i < found.Count; i++)
            if (found[i].Accepted && !acceptedBefore[i] && found[i].Text is { Length: > 0 } text && char.IsLower(text[0]))
                (foreign ??= []).Add((manuscript.ParagraphOf(found[i].Token).Index, text));
        if (foreign is null) return;
        foreach (var c in found)
            if (!c.Accepted && foreign.Contains((manuscript.ParagraphOf(c.Token).Index, c.Text))) c.Accepted = true;
    }

    /// <summary>Ends a run: it is a foreign phrase when it holds an unknown word that is not a common slip and at
    /// least two words that are not common English ("ten beleivers" is an English slip, "les putains" is French).</summary>
    private static void Close(List<int> run, Dictionary<int, List<Candidate>> unknownAt, HashSet<int> slips, HashSet<int> names,
        HashSet<int> nearSlips, HashSet<int> notEnglish, ref int bridge)
    {
        bridge = -1;
        if (run.Count < 2) { run.Clear(); return; }   // called at nearly every word: only a run of two can be a phrase
        if (IsForeignPhrase(run, unknownAt, slips, names, nearSlips, notEnglish))
            foreach (var t in run) Accept(unknownAt, t);
        run.Clear();
    }

    private static bool IsForeignPhrase(List<int> run, Dictionary<int, List<Candidate>> unknownAt, HashSet<int> slips, HashSet<int> names,
        HashSet<int> nearSlips, HashSet<int> notEnglish)
    {
        bool Unknown(int t) => unknownAt.ContainsKey(t) && !slips.Contains(t);
        // A capitalized unknown word is foreign company only beside a lowercase unknown word that is no slip of a
        // common word: Sie lacheln is German, Maribeth walkd is a slip beside a name.
        bool namesCount = run.Any(t => unknownAt.ContainsKey(t) && !names.Contains(t) && !nearSlips.Contains(t));
        if (FlanksForeignWord(run, unknownAt, names)) return true;
        // With no foreign word and no capitalized unknown word in it (Ich liebe dich), a run whose unknown words are all
        // slips, one slip from a common word or built with an English ending is English typed in a hurry (youg
        // genaration, thay coluld, presidant pompisness).
        if (!run.Any(t => notEnglish.Contains(t) || names.Contains(t))
            && run.All(t => !unknownAt.ContainsKey(t) || slips.Contains(t) || nearSlips.Contains(t))) return false;
        return run.Any(Unknown) && run.Count(t => (unknownAt.ContainsKey(t) && (!names.Contains(t) || namesCount)) || notEnglish.Contains(t)) >= 2;
    }

    /// <summary>Two lowercase unknown words with a foreign function word between them (fille de chambre, pièce de
    /// résistance): a phrase even when the words happen to look like English slips (fille for file), since English
    /// slips do not stand on both sides of "de" or "la".</summary>
    private static bool FlanksForeignWord(List<int> run, Dictionary<int, List<Candidate>> unknownAt, HashSet<int> names)
    {
        for (int i = 1; i + 1 < run.Count; i++)
        {
            int before = run[i - 1], after = run[i + 1];
            if (unknownAt.ContainsKey(run[i]) || after != run[i] + 1 || before != run[i] - 1) continue;
            if (unknownAt.ContainsKey(before) && unknownAt.ContainsKey(after) && !names.Contains(before) && !names.Contains(after)) return true;
        }
        return false;
    }

    /// <summary>Endings only English words take (encorragies, insistments, definication, carefulness): a word built
    /// with one is English misspelled, not a word of another language, whatever its stem.</summary>
    private static readonly string[] EnglishEndings = ["ies", "ments", "ication", "ness", "fully", "ously"];

    private static bool HasEnglishEnding(string text)
    {
        foreach (var ending in EnglishEndings)
            if (text.Length >= ending.Length + 3 && text.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static void Accept(Dictionary<int, List<Candidate>> unknownAt, int t)
    {
        if (unknownAt.TryGetValue(t, out var list)) foreach (var c in list) c.Accepted = true;
    }

    private static bool SameParagraph(Manuscript manuscript, int a, int b) =>
        manuscript.Text.AsSpan(manuscript.Tokens[a].End, manuscript.Tokens[b].Start - manuscript.Tokens[a].End).IndexOfAny('\n', '\r') < 0;

    /// <summary>How often (SUBTLEX) an English word spelled like a foreign one must be heard to be read as English.</summary>
    private const int CommonEnglishFrequency = 1000;

    private static bool IsCommonEnglish(CheckContext context, ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        int n = WordAcceptance.LowerWithStraightApostrophes(word, lower);
        var w = lower[..n];
        return context.Lexicon.Frequency(w) >= CommonEnglishFrequency && context.Lexicon.Words.IsSuggestible(w.ToString(), context.Dialect);
    }

    /// <summary>A foreign function word (de, les, que), a French elision (c'est, d'un, l'amour, qu'il) or a word written
    /// with letters English does not use (café in "café au lait").</summary>
    private static bool IsForeignWord(CheckContext context, ReadOnlySpan<char> word)
    {
        if (WordAcceptance.HasForeignLetters(word)) return true;
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        int n = WordAcceptance.LowerWithStraightApostrophes(word, lower);
        var w = lower[..n];
        if (context.Lexicon.ForeignWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return true;
        bool elided = (n >= 3 && w[1] == '\'' && w[0] is 'c' or 'd' or 'j' or 'l' or 'm' or 'n' or 's') || (n >= 4 && w.StartsWith("qu'"));
        int rest = w.IndexOf('\'') + 1;
        return elided && rest < n && w[rest] is 'a' or 'e' or 'i' or 'o' or 'u' or 'h';   // not d'you, which is English
    }
}
