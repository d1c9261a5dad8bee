using Galley.Document;

namespace Galley.Checking;

/// <summary>The names and invented words a manuscript teaches: a capitalized word that the dictionary lacks is a
/// name when it stands mid-sentence, takes a possessive, follows a title (Dr. Groll), or recurs, and is never
/// written in lowercase. Learned per manuscript, never stored.</summary>
public sealed class NameBook
{
    private readonly Dictionary<string, NameEvidence> _evidence;
    private readonly HashSet<string> _names;

    /// <summary>A name used this often is established; a single near-miss of it is a typo.</summary>
    internal const int FrequentName = 3;

    private NameBook(Dictionary<string, NameEvidence> evidence, HashSet<string> names)
    {
        _evidence = evidence;
        _names = names;
    }

    /// <summary>Every learned name, as written.</summary>
    public IReadOnlyCollection<string> All => _names;

    /// <summary>How often a capitalized form occurs; 0 when never seen capitalized.</summary>
    public int Count(string name) => _evidence.TryGetValue(name, out var e) ? e.Total : 0;

    public bool IsName(ReadOnlySpan<char> word)
    {
        if (_names.Count == 0) return false;
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word)) return true;
        var stem = StripPossessive(word);
        return stem.Length != word.Length && lookup.Contains(stem);
    }

    /// <summary>A learned name with an s added (Clarks, the Kents): a missing apostrophe or a family plural.</summary>
    public bool IsNamePlusS(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && _names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..^1]);

    public static NameBook Learn(Manuscript manuscript, Lexicon.Lexicon lexicon, CheckOptions options)
    {
        var tally = new NameTally();
        tally.Add(NameTally.Of(manuscript, lexicon.Language));
        return Build(tally, lexicon, options);
    }

    /// <summary>Decides the names from the evidence of a whole manuscript (which may have been gathered paragraph by paragraph).</summary>
    internal static NameBook Build(NameTally tally, Lexicon.Lexicon lexicon, CheckOptions options)
    {
        var evidence = new Dictionary<string, NameEvidence>(tally.Evidence, StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, e) in evidence)
        {
            if (lexicon.Words.ContainsExact(word, options.Dialect)) { names.Add(word); continue; }   // Clark, Paris: the dictionary's own names
            if (tally.HasLowercase(word.ToLowerInvariant())) continue;        // also written in lowercase: an ordinary word
            if (lexicon.Words.Contains(word, options.Dialect)) continue;      // a capitalized common word (Already, Please)
            if (e.Total == 1 && lexicon.KnownCorrections(word.ToLowerInvariant()) is not null) continue;   // a one-off known misspelling, capitalized
            if (e.MidSentence > 0 || e.Possessive > 0 || e.AfterTitle > 0 || e.Total >= 2) names.Add(word);
        }
        // A one-off near-miss of a name the story uses often (Lorcna beside Lorcan) is a typo, not a new character.
        var frequent = names.Where(n => evidence.TryGetValue(n, out var e) && e.Total >= FrequentName).ToList();
        names.RemoveWhere(n => evidence[n].Total == 1 && !lexicon.Words.ContainsExact(n, options.Dialect)
            && frequent.Any(f => f != n && Lexicon.EditDistance.Between(f, n, 2) <= (n.Length <= 4 ? 1 : 2)));
        // "Clarks" beside "Clark" is the name with a missing apostrophe or a plural, not a name of its own.
        names.RemoveWhere(n => n.Length > 2 && n[^1] == 's' && names.Contains(n[..^1]) && !lexicon.Words.ContainsExact(n, options.Dialect));
        return new NameBook(evidence, names);
    }

    /// <summary>Same names, each seen as often: everything a check reads from a name book.</summary>
    internal bool SameAs(NameBook other)
    {
        if (!_names.SetEquals(other._names)) return false;
        foreach (var n in _names) if (Count(n) != other.Count(n)) return false;
        return true;
    }

    /// <summary>Same names (counts aside): enough for deciding which words are known.</summary>
    internal bool SameNamesAs(NameBook other) => _names.SetEquals(other._names);

    /// <summary>Evidence from one paragraph's tokens: a word's context never reaches into the paragraph before.</summary>
    internal static void Gather(Manuscript manuscript, Paragraph paragraph, Lexicon.LanguageData language, NameTally tally)
    {
        var tokens = manuscript.Tokens;
        int first = paragraph.FirstToken, end = paragraph.FirstToken + paragraph.TokenCount;
        for (int t = first; t < end; t++)
        {
            var token = tokens[t];
            if (!token.IsWord) continue;
            var text = manuscript.TextOf(token);
            var stem = StripPossessive(text);
            if (!char.IsUpper(stem[0]))
            {
                if (char.IsLower(stem[0])) tally.AddLowercase(stem.ToString(), 1);
                continue;
            }
            if (token.Is(TokenFlags.AllCaps) && stem.Length > 1) continue;
            var e = new NameEvidence { Total = 1 };
            if (stem.Length != text.Length) e.Possessive++;
            if (!token.Is(TokenFlags.SentenceStart) && !token.Is(TokenFlags.SpeechStart) && !AfterOpeningMark(manuscript, first, t)) e.MidSentence++;
            if (t > first && IsAfterTitle(manuscript, first, t, language)) e.AfterTitle++;
            tally.AddEvidence(stem.ToString(), e, 1);
        }
    }

    private static bool AfterOpeningMark(Manuscript manuscript, int first, int t)
    {
        if (t == first) return true;
        var previous = manuscript.Tokens[t - 1];
        return previous.Kind is TokenKind.Quote or TokenKind.Bracket or TokenKind.Ellipsis or TokenKind.Dash
            || (previous.Kind == TokenKind.Punctuation && manuscript.Text[previous.Start] is ':');
    }

    private static bool IsAfterTitle(Manuscript manuscript, int first, int t, Lexicon.LanguageData language)
    {
        int previous = t - 1;
        if (manuscript.Tokens[previous].Kind == TokenKind.Punctuation && manuscript.Text[manuscript.Tokens[previous].Start] == '.' && previous > first) previous--;
        var token = manuscript.Tokens[previous];
        return token.IsWord && language.IsTitle(manuscript.TextOf(token));
    }

    internal static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' && Document.CharClass.IsApostrophe(word[^2])) return word[..^2];
        if (word.Length > 2 && Document.CharClass.IsApostrophe(word[^1]) && word[^2] is 's') return word[..^1];
        return word;
    }

    internal record struct NameEvidence
    {
        public int Total, MidSentence, Possessive, AfterTitle;

        public static NameEvidence operator +(NameEvidence a, NameEvidence b) => new()
            { Total = a.Total + b.Total, MidSentence = a.MidSentence + b.MidSentence, Possessive = a.Possessive + b.Possessive, AfterTitle = a.AfterTitle + b.AfterTitle };

        public static NameEvidence operator -(NameEvidence a, NameEvidence b) => new()
            { Total = a.Total - b.Total, MidSentence = a.MidSentence - b.MidSentence, Possessive = a.Possessive - b.Possessive, AfterTitle = a.AfterTitle - b.AfterTitle };
    }
}
