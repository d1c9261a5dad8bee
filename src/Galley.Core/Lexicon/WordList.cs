namespace Galley.Lexicon;

[Flags]
internal enum WordFlags : byte { None = 0, UsOnly = 1, GbOnly = 2, NoSuggest = 4, Rare = 8 }

/// <summary>The spelling dictionary: every word form, with the dialects it belongs to. Case matters as in
/// Hunspell: a lowercase entry also allows its capitalized and all-caps forms; "Clark" does not allow "clark".</summary>
public sealed class WordList
{
    private readonly Dictionary<string, WordFlags> _words;
    private readonly Dictionary<string, WordFlags>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordList(Dictionary<string, WordFlags> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    internal static WordList Load()
    {
        var words = new Dictionary<string, WordFlags>(260_000, StringComparer.Ordinal);
        DataFiles.ForEachRow("words.txt", (row, cols) =>
        {
            var flags = WordFlags.None;
            if (cols.Length > 1)
                foreach (char f in row[cols[1]])
                    flags |= f switch { 'U' => WordFlags.UsOnly, 'G' => WordFlags.GbOnly, 'N' => WordFlags.NoSuggest, 'R' => WordFlags.Rare, _ => WordFlags.None };
            words[row[cols[0]].ToString()] = flags;
        });
        return new WordList(words);
    }

    private static bool InDialect(WordFlags flags, Dialect dialect) =>
        dialect == Dialect.EnGB ? (flags & WordFlags.UsOnly) == 0 : (flags & WordFlags.GbOnly) == 0;

    /// <summary>Whether the dictionary has exactly this form in the dialect.</summary>
    public bool ContainsExact(ReadOnlySpan<char> word, Dialect dialect) =>
        _lookup.TryGetValue(word, out var flags) && InDialect(flags, dialect);

    /// <summary>Whether the form is in the other dialect only (colour in en-US).</summary>
    public bool IsOtherDialectOnly(ReadOnlySpan<char> word, Dialect dialect) =>
        _lookup.TryGetValue(word, out var flags) && !InDialect(flags, dialect);

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
    public bool IsSuggestible(string word, Dialect dialect) =>
        _words.TryGetValue(word, out var flags) && InDialect(flags, dialect) && (flags & (WordFlags.NoSuggest | WordFlags.Rare)) == 0;

    public IEnumerable<string> All => _words.Keys;
}
