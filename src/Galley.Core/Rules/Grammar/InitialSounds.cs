using Galley.Lexicon;
using System.Collections.Frozen;

namespace Galley.Rules.Grammar;

public enum InitialSound { Unknown, Vowel, Consonant, Either }

/// <summary>Whether a word starts with a vowel sound, for a/an: the letter decides except for the words listed in
/// data/grammar/initial-sounds.tsv (from the CMU Pronouncing Dictionary) and initialisms read letter by letter.</summary>
public static class InitialSounds
{
    private static readonly Lazy<FrozenDictionary<string, InitialSound>.AlternateLookup<ReadOnlySpan<char>>> Exceptions =
        new(() => Load().GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Longer words are lowercased on the heap rather than the stack.</summary>
    private const int StackLimit = 64;

    /// <summary>Letters whose names start with a vowel sound: an F, an MRI, an X-ray.</summary>
    private const string VowelNamedLetters = "aefhilmnorsx";

    /// <param name="word">The word as written.</param>
    /// <param name="known">Whether the dictionary knows the word; an unknown word is judged only by clear letters.</param>
    public static InitialSound Of(ReadOnlySpan<char> word, bool known)
    {
        if (word.IsEmpty || !char.IsLetter(word[0])) return InitialSound.Unknown;
        Span<char> lower = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        int hyphen = lower.IndexOf('-');
        if (Exceptions.Value.TryGetValue(lower, out var listed)) return listed;
        if (hyphen > 0 && Exceptions.Value.TryGetValue(lower[..hyphen], out listed)) return listed;
        char first = lower[0];
        if (IsInitialism(word))
            return VowelNamedLetters.Contains(first) ? InitialSound.Vowel : InitialSound.Consonant;
        if (word.Length > 1 && char.IsUpper(word[1])) return InitialSound.Unknown;   // LSAT, HUGE: an acronym or shouting
        if (!known) return first is 'a' or 'i' or 'o' || (first == 'e' && !lower.StartsWith("eu"))
            ? InitialSound.Vowel : first is 'u' or 'h' or 'x' or 'y' or 'e' ? InitialSound.Unknown : InitialSound.Consonant;
        return first is 'a' or 'e' or 'i' or 'o' or 'u' ? InitialSound.Vowel : InitialSound.Consonant;
    }

    /// <summary>All capitals and no vowel to pronounce it by (FBI, MRI): read as letters. NASA-like acronyms are left alone.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return word.Length == 1 && char.IsUpper(word[0]);
        int letters = 0;
        foreach (char c in word)
        {
            if (c == '-') break;
            if (!char.IsUpper(c)) return false;
            if (c is 'A' or 'E' or 'I' or 'O' or 'U') return false;
            letters++;
        }
        return letters >= 2;
    }

    private static FrozenDictionary<string, InitialSound> Load()
    {
        var table = new Dictionary<string, InitialSound>(StringComparer.Ordinal);
        DataFiles.ForEachRow("grammar/initial-sounds.tsv", (row, cols) =>
        {
            if (cols.Length < 2) return;
            table[row[cols[0]].ToString()] = row[cols[1]] switch
            {
                "V" => InitialSound.Vowel,
                "C" => InitialSound.Consonant,
                "U" => InitialSound.Unknown,
                _ => InitialSound.Either,
            };
        });
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
