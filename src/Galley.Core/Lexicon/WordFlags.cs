namespace Galley.Lexicon;

/// <summary>What words.txt's second column says of a form (shared with scripts/data/pack).</summary>
[Flags]
internal enum WordFlags : byte { None = 0, UsOnly = 1, GbOnly = 2, NoSuggest = 4, Rare = 8 }

internal static class WordFlagLetters
{
    /// <summary>The flags of words.txt's letters: U American only, G British only, N never suggested, R rare.</summary>
    public static WordFlags Parse(ReadOnlySpan<char> letters)
    {
        var flags = WordFlags.None;
        foreach (char f in letters)
            flags |= f switch { 'U' => WordFlags.UsOnly, 'G' => WordFlags.GbOnly, 'N' => WordFlags.NoSuggest, 'R' => WordFlags.Rare, _ => WordFlags.None };
        return flags;
    }

    /// <summary>Whether a form may be offered as a suggestion in its dialects: rare words are accepted as written but
    /// would crowd out the common word a writer meant.</summary>
    public static bool MaySuggest(WordFlags flags) => (flags & (WordFlags.NoSuggest | WordFlags.Rare)) == 0;
}
