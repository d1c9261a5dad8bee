using Galley.Document;

namespace Galley.Checking;

/// <summary>The names and invented words a manuscript teaches: a capitalized word that the dictionary lacks is a
/// name when it stands mid-sentence, takes a possessive, follows a title (Dr. Groll), or recurs, and is never
/// written in lowercase. Learned per manuscript, never stored.</summary>
public sealed class NameBook
{
    private readonly Dictionary<string, NameEvidence> _evidence;
    private readonly HashSet<string> _names;
    /// <summary>Learned names that are not also common words (Lorcan, not Love): only these have typos.</summary>
    private readonly HashSet<string> _properNames;

    /// <summary>A name used this often is established; a single near-miss of it is a typo.</summary>
    internal const int FrequentName = 3;

    private NameBook(Dictionary<string, NameEvidence> evidence, HashSet<string> names, HashSet<string> properNames)
    {
        _evidence = evidence;
        _names = names;
        _properNames = properNames;
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

    /// <summary>A learned name with an s or es added (Clarks, the Kents, the Andruses, the Kents'): a missing
    /// apostrophe or a family plural.</summary>
    public bool IsNamePlusS(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && Document.CharClass.IsApostrophe(word[^1])) word = word[..^1];
        if (word.Length <= 2 || word[^1] != 's') return false;
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word[..^1]) || (word.Length > 3 && word[^2] == 'e' && lookup.Contains(word[..^2]));
    }

    /// <summary>How many times more often a name must occur than a spelling for that spelling to be its typo.</summary>
    internal const int SlipRatio = 3;

    /// <summary>The frequent name a capitalized spelling seen <paramref name="occurrences"/> times is probably a typo of.</summary>
    public string? SlipOf(string word, int occurrences)
    {
        string? best = null;
        int bestCount = 0;
        foreach (var name in _properNames)
        {
            int count = Count(name);
            if (count < Math.Max(FrequentName, SlipRatio * occurrences) || count <= bestCount) continue;
            if (IsSlipOf(word, name)) { best = name; bestCount = count; }
        }
        return best;
    }

    /// <summary>One slip of the keys away (Lorcna for Lorcan): same first letter, one letter added, dropped, changed or
    /// two swapped, but not only the last letter changed (Francesca and Francesco, Leona and Leone are different
    /// people) and not a plural or possessive of the name.</summary>
    internal static bool IsSlipOf(string word, string name)
    {
        if (word.Length < 4 || name.Length < 4 || word[0] != name[0] || word == name) return false;
        if (word.Length == name.Length && word.AsSpan(0, word.Length - 1).SequenceEqual(name.AsSpan(0, name.Length - 1))) return false;
        if (word.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(word, StringComparison.Ordinal)) return false;
        return Lexicon.EditDistance.Between(word, name, 1) <= 1;
    }

    public static NameBook Learn(Manuscript manuscript, Lexicon.Lexicon lexicon, CheckOptions options) =>
        Build(NameTally.Of(manuscript, lexicon.Language), lexicon, options);

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
            if (e.Total <= 2 && Lexicon.CalendarWords.SlipOf(word) is not null) continue;   // Septemeber: a slip of a month, not a name
            if (e.MidSentence > 0 || e.Possessive > 0 || e.AfterTitle > 0 || e.Total >= 2) names.Add(word);
        }
        // A one-off near-miss of a name the story uses often (Lorcna beside Lorcan) is a typo, not a new character.
        var frequent = names.Where(n => evidence.TryGetValue(n, out var e) && e.Total >= Math.Max(FrequentName, SlipRatio)).ToList();
        names.RemoveWhere(n => evidence[n].Total == 1 && !lexicon.Words.ContainsExact(n, options.Dialect)
            && frequent.Any(f => f != n && IsSlipOf(n, f)));
        // "Clarks" beside "Clark" is the name with a missing apostrophe or a plural, not a name of its own.
        names.RemoveWhere(n => n.Length > 2 && n[^1] == 's' && names.Contains(n[..^1]) && !lexicon.Words.ContainsExact(n, options.Dialect));
        var properNames = names.Where(n => !lexicon.Words.ContainsExact(n.ToLowerInvariant(), options.Dialect)).ToHashSet(StringComparer.Ordinal);
        return new NameBook(evidence, names, properNames);
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

    /// <summary>Evidence from one paragraph's tokens: a word's context never reaches into the paragraph before. A lowercase
    /// word standing as written is counted in <paramref name="lowercaseForms"/> by <see cref="Manuscript.WrittenIndex"/>.</summary>
    internal static void Gather(Manuscript manuscript, Paragraph paragraph, Lexicon.LanguageData language, NameTally tally, int[] lowercaseForms)
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
                if (!char.IsLower(stem[0])) continue;
                if (stem.Length == text.Length) lowercaseForms[manuscript.WrittenIndex(t)]++;
                else tally.AddLowercase(stem, 1);
                continue;
            }
            if (token.Is(TokenFlags.AllCaps) && stem.Length > 1) continue;
            var e = new NameEvidence { Total = 1 };
            if (stem.Length != text.Length) e.Possessive++;
            if (!token.Is(TokenFlags.SentenceStart) && !token.Is(TokenFlags.SpeechStart) && !AfterOpeningMark(manuscript, first, t)) e.MidSentence++;
            if (t > first && IsAfterTitle(manuscript, first, t, language)) e.AfterTitle++;
            tally.AddEvidence(stem, e, 1);
        }
    }

    private static bool AfterOpeningMark(Manuscript manuscript, int first, int t)
    {
        if (t == first) return true;
        var previous = manuscript.Tokens[t - 1];
        // A dash joins clauses of one sentence ("since 7:00 -- Irv on watch"), so a capital after it is a name's.
        return previous.Kind is TokenKind.Quote or TokenKind.Bracket or TokenKind.Ellipsis
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
