using Galley.Checking;
using Galley.Document;
using Galley.Rules.RealWord;

namespace Galley.Rules.Capitalization;

/// <summary>Whether a capitalized word begins a clause of its own: a subject pronoun (He, It, They…) or a
/// demonstrative (This, That, There) followed, perhaps after an adverb or two, by a finite verb. "him It almost
/// felt" is two sentences run together; "I Forced a smile" is one sentence with a stray capital.</summary>
internal static class ClauseStart
{
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "We", "They", "You", "There", "This", "That", "These", "Those",
        "He's", "She's", "It's", "We're", "They're", "You're", "There's", "That's", "He'd", "She'd", "We'd", "They'd",
        "You'd", "He'll", "She'll", "It'll", "We'll", "They'll", "You'll", "We've", "They've", "You've",
    };

    /// <summary>The subject words in lowercase, for <see cref="CueWords"/>.</summary>
    internal static IEnumerable<string> SubjectsInLowercase => Subjects.Select(s => s.ToLowerInvariant());

    public static bool IsSubjectWord(ReadOnlySpan<char> word)
    {
        var lookup = Subjects.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word)) return true;
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > 16 || word.IndexOf('\u2019') < 0) return false;
        word.CopyTo(buffer);
        buffer.Replace('\u2019', '\'');
        return lookup.Contains(buffer[..word.Length]);
    }

    /// <summary>The word at <paramref name="t"/> is a subject and a finite verb follows within the sentence.</summary>
    public static bool Begins(Manuscript m, int t)
    {
        var word = m.TextOf(m.Tokens[t]);
        if (!IsSubjectWord(word)) return false;
        if (word.IndexOfAny('\'', '\u2019') > 0) return NextIsWordLike(m, t);   // It's, They'll: the verb is inside
        var sentence = m.SentenceOf(t);
        int adverbs = 0;
        for (int i = t + 1; i < sentence.EndToken; i++)
        {
            var token = m.Tokens[i];
            if (!token.IsWord) return false;
            var lower = Capitals.Lower(m.TextOf(token));
            if (WordClasses.IsMostlyFiniteVerb(lower)) return true;
            if (WordClasses.IsMostlyAdverb(lower) && ++adverbs <= 2) continue;
            return adverbs == 0 && WordClasses.CanBeFiniteVerb(lower) && !WordClasses.IsMostlyNoun(lower);
        }
        return false;
    }

    /// <summary>Two sentences run together at <paramref name="t"/>: a clause begins at a capitalized word that follows a
    /// word of the same sentence, which is neither "I", a determiner, nor a first word standing alone ("Maybe It was"
    /// is one sentence with a stray capital), and the writer does not capitalize the word mid-sentence on purpose.</summary>
    public static bool RunsTogether(CheckContext context, int t)
    {
        var m = context.Manuscript;
        var token = m.Tokens[t];
        if (t < 2 || !Capitals.IsCapitalizedWord(token) || !m.Tokens[t - 1].IsWord || !IsSubjectWord(m.TextOf(token))) return false;   // cheapest first
        var previous = m.Tokens[t - 1];
        if (Capitals.StartsUnit(m, t) || m.SentenceOf(t - 1) != m.SentenceOf(t) || Capitals.LineBreakBetween(m, t - 1, t)) return false;
        var before = m.TextOf(previous);
        if (Capitals.IsPronounI(before) || Capitals.IsDeterminer(before) || Capitals.StartsUnit(m, t - 1)) return false;
        if (Capitals.InTitledPhraseOrQuote(context, t) || !Begins(m, t)) return false;
        return !Capitals.Of(context).IsCapitalizedOnPurpose(m.TextOf(token));   // He and His for a deity: capitalized on purpose
    }

    private static bool NextIsWordLike(Manuscript m, int t) => t + 1 < m.Tokens.Length && m.Tokens[t + 1].IsWord && m.ParagraphOf(t + 1) == m.ParagraphOf(t);
}
