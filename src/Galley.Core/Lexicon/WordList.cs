namespace Galley.Lexicon;


/// <summary>The spelling dictionary: every word form, with the dialects it belongs to. Case matters as in
/// Hunspell: a lowercase entry also allows its capitalized and all-caps forms; "Clark" does not allow "clark".</summary>
public sealed class WordList
{
    private readonly PackedTable _words;

    /// <summary>Each row's flags plus one once read (0 until then): a word's flags are letters in the packed text,
    /// two more places in memory to read and parse at every look-up.</summary>
    private readonly byte[] _decodedFlags;

    private WordList(PackedTable words)
    {
        _words = words;
        _decodedFlags = new byte[words.Count];
    }

    public int Count => _words.Count;

    internal static WordList Load() => new(PackedTable.Load("words.txt"));

    /// <summary>The flags of a form (the letters of words.txt's second column), or null when it is not listed.</summary>
    internal WordFlags? FlagsOf(ReadOnlySpan<char> word)
    {
        int row = _words.Find(word);
        if (row < 0) return null;
        byte decoded = _decodedFlags[row];
        if (decoded == 0) _decodedFlags[row] = decoded = (byte)(WordFlagLetters.Parse(_words.Text(row)) + 1);
        return (WordFlags)(decoded - 1);
    }

    internal static bool InDialect(WordFlags flags, Dialect dialect) =>
        dialect == Dialect.EnGB ? (flags & WordFlags.UsOnly) == 0 : (flags & WordFlags.GbOnly) == 0;

    /// <summary>Whether the dictionary has exactly this form in the dialect.</summary>
    public bool ContainsExact(ReadOnlySpan<char> word, Dialect dialect) =>
        FlagsOf(word) is { } flags && InDialect(flags, dialect);

    /// <summary>Whether the form is in the other dialect only (colour in en-US).</summary>
    public bool IsOtherDialectOnly(ReadOnlySpan<char> word, Dialect dialect) =>
        FlagsOf(word) is { } flags && !InDialect(flags, dialect);
    /// <summary>Whether the form is listed in one dialect only (colour, color).</summary>
    public bool IsOneDialectOnly(ReadOnlySpan<char> word) => FlagsOf(word) is { } flags && IsOneDialectOnly(flags);

    internal static bool IsOneDialectOnly(WordFlags flags) => (flags & (WordFlags.UsOnly | WordFlags.GbOnly)) != 0;

    /// <summary>Accepts the form as written, or its lowercase when it is capitalized or in capitals.</summary>
    public bool Contains(ReadOnlySpan<char> word, Dialect dialect)
    {
        if (ContainsExact(word, dialect)) return true;
        if (word.IsEmpty || !char.IsUpper(word[0])) return false;
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        buffer[0] = char.ToLowerInvariant(buffer[0]);
        if (ContainsExact(buffer, dialect)) return true;
        bool allCaps = true;
        foreach (char c in word) if (char.IsLower(c)) { allCaps = false; break; }
        if (!allCaps) return false;
        for (int i = 1; i < buffer.Length; i++) buffer[i] = char.ToLowerInvariant(buffer[i]);
        if (ContainsExact(buffer, dialect)) return true;
        buffer[0] = char.ToUpperInvariant(buffer[0]);   // CLARK → Clark
        return ContainsExact(buffer, dialect);
    }

    /// <summary>A form that may be offered as a suggestion: present in the dialect, not marked never-suggest and not a
    /// rare word (rare words are accepted as written but would crowd out the common word a writer meant).</summary>
    public bool IsSuggestible(ReadOnlySpan<char> word, Dialect dialect) =>
        FlagsOf(word) is { } flags && InDialect(flags, dialect) && WordFlagLetters.MaySuggest(flags);
}
