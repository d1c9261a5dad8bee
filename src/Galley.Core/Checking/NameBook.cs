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
        var evidence = new Dictionary<string, NameEvidence>(StringComparer.Ordinal);
        var lowercase = new HashSet<string>(StringComparer.Ordinal);
        var tokens = manuscript.Tokens;
        var language = lexicon.Language;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (!token.IsWord) continue;
            var text = manuscript.TextOf(token);
            var stem = StripPossessive(text);
            if (!char.IsUpper(stem[0]))
            {
                if (char.IsLower(stem[0])) lowercase.Add(stem.ToString());
                continue;
            }
            if (token.Is(TokenFlags.AllCaps) && stem.Length > 1) continue;
            string key = stem.ToString();
            ref var e = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(evidence, key, out _);
            e.Total++;
            if (stem.Length != text.Length) e.Possessive++;
            if (!token.Is(TokenFlags.SentenceStart) && !token.Is(TokenFlags.SpeechStart) && !AfterOpeningMark(manuscript, t)) e.MidSentence++;
            if (t > 0 && IsAfterTitle(manuscript, t, language)) e.AfterTitle++;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, e) in evidence)
        {
            if (lexicon.Words.ContainsExact(word, options.Dialect)) { names.Add(word); continue; }   // Clark, Paris: the dictionary's own names
            if (lowercase.Contains(word.ToLowerInvariant())) continue;        // also written in lowercase: an ordinary word
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

    private static bool AfterOpeningMark(Manuscript manuscript, int t)
    {
        if (t == 0) return true;
        var previous = manuscript.Tokens[t - 1];
        return previous.Kind is TokenKind.Quote or TokenKind.Bracket or TokenKind.Ellipsis or TokenKind.Dash
            || (previous.Kind == TokenKind.Punctuation && manuscript.Text[previous.Start] is ':');
    }

    private static bool IsAfterTitle(Manuscript manuscript, int t, Lexicon.LanguageData language)
    {
        int previous = t - 1;
        if (manuscript.Tokens[previous].Kind == TokenKind.Punctuation && manuscript.Text[manuscript.Tokens[previous].Start] == '.' && previous > 0) previous--;
        var token = manuscript.Tokens[previous];
        return token.IsWord && language.IsTitle(manuscript.TextOf(token));
    }

    internal static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' && Document.CharClass.IsApostrophe(word[^2])) return word[..^2];
        if (word.Length > 2 && Document.CharClass.IsApostrophe(word[^1]) && word[^2] is 's') return word[..^1];
        return word;
    }

    private struct NameEvidence
    {
        public int Total, MidSentence, Possessive, AfterTitle;
    }
}
