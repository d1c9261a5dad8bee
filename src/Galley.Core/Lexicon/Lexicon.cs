using System.Collections.Frozen;

namespace Galley.Lexicon;

/// <summary>All lexical data, loaded once and shared, immutable. The word list loads eagerly; the larger tables
/// that only suggestions and the story report need load on first use.</summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(() => new Lexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<Dictionary<string, int>> _frequencies;
    private readonly Lazy<Dictionary<string, string[]>> _misspellings;
    private readonly Lazy<Dictionary<string, int>> _syllables;
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
        _frequencies = new(() => LoadCounts("frequencies.txt"));
        _misspellings = new(LoadMisspellings);
        _syllables = new(() => LoadCounts("syllables.txt"));
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
    public int Frequency(ReadOnlySpan<char> lowercaseWord) =>
        _frequencies.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowercaseWord, out int n) ? n : 0;

    /// <summary>Known corrections of a common misspelling, best first; null when it is not a known misspelling.</summary>
    public string[]? KnownCorrections(ReadOnlySpan<char> lowercaseWord) =>
        _misspellings.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowercaseWord, out var c) ? c : null;

    /// <summary>Syllables in a lowercase word from the CMU dictionary, or 0 when it is not listed.</summary>
    public int Syllables(ReadOnlySpan<char> lowercaseWord) =>
        _syllables.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowercaseWord, out int n) ? n : 0;

    private HashSet<string> LoadCommonSounds()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, count) in _frequencies.Value)
            if (count >= CommonWordFrequency && Words.ContainsExact(word, Dialect.EnUS)) keys.Add(SoundKey.Of(word));
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

    private static Dictionary<string, int> LoadCounts(string name)
    {
        var counts = new Dictionary<string, int>(80_000, StringComparer.Ordinal);
        DataFiles.ForEachRow(name, (row, cols) =>
        {
            if (cols.Length > 1 && int.TryParse(row[cols[1]], out int n)) counts[row[cols[0]].ToString()] = n;
        });
        return counts;
    }

    private static Dictionary<string, string[]> LoadMisspellings()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        DataFiles.ForEachRow("misspellings.txt", (row, cols) =>
        {
            if (cols.Length > 1) map[row[cols[0]].ToString()] = row[cols[1]].ToString().Split('|');
        });
        return map;
    }
}
