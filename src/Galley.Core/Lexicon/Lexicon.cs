using System.Collections.Frozen;

namespace Galley.Lexicon;

/// <summary>All lexical data, loaded once and shared, immutable. The word list loads eagerly; the larger tables
/// that only suggestions and the story report need load on first use.</summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(() => new Lexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<PackedTable> _frequencies;
    private readonly Lazy<PackedTable> _misspellings;
    private readonly Lazy<PackedTable> _syllables;
    private readonly Lazy<HashSet<string>> _commonSounds;

    /// <summary>How common a word must be for a spelling that sounds like it to read as the word said in dialect.</summary>
    private const int CommonWordFrequency = 300;

    private Lexicon()
    {
        Words = WordList.Load();
        Language = LanguageData.Load();
        Informal = LoadPairs("informal.tsv");
        Sounds = LoadSet("sounds.txt");
        ForeignWords = LoadSet("foreign-words.txt");
        DialectShared = LoadSet("dialect-shared.txt");
        _commonSounds = new(LoadCommonSounds);
        _frequencies = new(() => PackedTable.Load("frequencies.txt"));
        _misspellings = new(() => PackedTable.Load("misspellings.txt"));
        _syllables = new(() => PackedTable.Load("syllables.txt"));
    }

    public static Lexicon Default => Shared.Value;

    public WordList Words { get; }
    public LanguageData Language { get; }
    /// <summary>Colloquial spellings that belong in dialogue (gonna → going to), lowercase.</summary>
    public FrozenDictionary<string, string> Informal { get; }
    /// <summary>Interjections and sound words (thunk, hmm, whoosh), lowercase.</summary>
    public FrozenSet<string> Sounds { get; }

    /// <summary>Function words of languages fiction often quotes (de, et, les, que, von), lowercase.</summary>
    public FrozenSet<string> ForeignWords { get; }
    /// <summary>Spellings marked as the other dialect's that American dictionaries also accept (theatre, whisky, grey).</summary>
    public FrozenSet<string> DialectShared { get; }

    /// <summary>Whether a lowercase spelling sounds (by <see cref="SoundKey"/>) like a common dictionary word:
    /// thet ~ that, lahk ~ like, nahce ~ nice, as eye dialect is written.</summary>
    public bool SoundsLikeCommonWord(string lowercaseWord) => _commonSounds.Value.Contains(SoundKey.Of(lowercaseWord));

    /// <summary>How often a lowercase word occurs in 51 million words of subtitles (SUBTLEX-US); 0 when unseen.</summary>
    public int Frequency(ReadOnlySpan<char> lowercaseWord) => Count(_frequencies.Value, lowercaseWord);

    /// <summary>Known corrections of a common misspelling, best first; null when it is not a known misspelling.</summary>
    public string[]? KnownCorrections(ReadOnlySpan<char> lowercaseWord)
    {
        var table = _misspellings.Value;
        int row = table.Find(lowercaseWord);
        return row < 0 ? null : table.Text(row).ToString().Split('|');
    }

    /// <summary>Syllables in a lowercase word from the CMU dictionary, or 0 when it is not listed.</summary>
    public int Syllables(ReadOnlySpan<char> lowercaseWord) => Count(_syllables.Value, lowercaseWord);

    private static int Count(PackedTable table, ReadOnlySpan<char> word)
    {
        int row = table.Find(word);
        return row < 0 ? 0 : table.Number(row);
    }

    private HashSet<string> LoadCommonSounds()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var frequencies = _frequencies.Value;
        for (int row = 0; row < frequencies.Count; row++)
            if (frequencies.Number(row) >= CommonWordFrequency && Words.ContainsExact(frequencies.Key(row), Dialect.EnUS))
                keys.Add(SoundKey.Of(frequencies.Key(row)));
        return keys;
    }

    private static FrozenDictionary<string, string> LoadPairs(string name)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        DataFiles.ForEachRow(name, (row, cols) => pairs.TryAdd(row[cols[0]].ToString(), cols.Length > 1 ? row[cols[1]].ToString() : ""));
        return pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> LoadSet(string name)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        DataFiles.ForEachRow(name, (row, cols) => set.Add(row[cols[0]].ToString()));
        return set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
