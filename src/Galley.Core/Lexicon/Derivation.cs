namespace Galley.Lexicon;

/// <summary>Words the dictionary lacks but English builds regularly from words it has: closed compounds of two content
/// words (teacart, chartroom, headwalls), and a known word with a productive prefix or suffix (unshaved, amusedly,
/// physicalness, burnings, tomblike, limbed). A run-together with a function word (fellfrom, eachother) is not a
/// compound, and a known misspelling is never a derivation. The caller also checks that the word is not one slip
/// from a common word (tighted is not tight + ed but a slip for tighten).</summary>
public static class Derivation
{
    /// <summary>Words that do not form closed compounds: run together with another word they are a missing space.</summary>
    private static readonly HashSet<string> FunctionWords =
    [
        "the", "and", "but", "nor", "for", "yet", "from", "with", "into", "onto", "upon", "than", "then", "that", "this",
        "these", "those", "there", "their", "they", "them", "she", "her", "hers", "him", "his", "its", "our", "ours",
        "your", "yours", "you", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "was", "were",
        "are", "been", "being", "have", "has", "had", "does", "did", "done", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "not", "any", "each", "every", "some", "all", "both", "either", "neither",
        "very", "too", "also", "just", "about", "after", "before", "again", "such", "only", "own", "same", "other",
        "lot", "lots", "got", "get", "gets", "let", "lets", "most", "more", "less", "much", "many", "few", "well",
        "because", "while", "though", "until", "till", "since", "unless", "whether", "if", "of", "to", "in", "at",
        "by", "on", "is", "be", "am", "as", "or", "so", "it", "we", "me", "my", "an", "no", "do", "up", "us",
    ];

    private static readonly string[] Prefixes = ["un", "non", "re", "pre", "over", "under", "out", "semi", "mis", "counter", "super", "sub", "inter", "anti", "ex", "fore"];

    /// <summary>Prefixes written with a hyphen before a word (pre-war, proto-senility, non-fiction).</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "pre", "post", "proto", "neo", "pseudo", "quasi", "ultra", "mid", "anti", "semi", "mis", "non", "co", "ex", "re",
        "sub", "inter", "intra", "multi", "counter", "pro", "self", "un", "over", "under", "super", "trans", "vice",
    };

    public static bool IsHyphenPrefix(ReadOnlySpan<char> part) => HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part);

    /// <summary>Stem endings after which -ly makes an adverb (amusedly, numbingly, dreamlessly, nondescriptly).</summary>
    private static readonly string[] AdverbStems = ["ed", "ing", "less", "ful", "ous", "ive", "ent", "ant", "al", "ish", "ory", "ate", "ect", "ipt", "ile", "id"];

    /// <summary>Whether the lowercase <paramref name="word"/> is a compound or derivation of known words.</summary>
    public static bool IsDerived(Lexicon lexicon, Dialect dialect, string word) =>
        word.Length >= 5 && lexicon.KnownCorrections(word) is null && (IsCompound(lexicon, dialect, word) || IsAffixed(lexicon, dialect, word, 2));

    /// <summary>Two content words of three letters or more: teacart, headwalls, woodsmoke.</summary>
    public static bool IsCompound(Lexicon lexicon, Dialect dialect, string word)
    {
        if (IsRunTogetherWithFunctionWord(lexicon, dialect, word)) return false;   // doesnot is does not, not doe + snot
        for (int i = 3; i <= word.Length - 3; i++)
        {
            var left = word[..i];
            var right = word[i..];
            if (IsContentWord(lexicon, dialect, left) && IsContentWord(lexicon, dialect, right)) return true;
        }
        return false;
    }

    /// <summary>A function word run together with a word (doesnot, ofthe, tothe, shecould): whatever else the letters
    /// split into, the writer left out a space.</summary>
    private static bool IsRunTogetherWithFunctionWord(Lexicon lexicon, Dialect dialect, string word)
    {
        for (int i = 2; i <= word.Length - 2; i++)
        {
            var left = word[..i];
            var right = word[i..];
            bool leftFunction = FunctionWords.Contains(left), rightFunction = FunctionWords.Contains(right);
            if ((leftFunction && (rightFunction || IsContentWord(lexicon, dialect, right)))
                || (rightFunction && IsContentWord(lexicon, dialect, left)))
                return true;
        }
        return false;
    }

    /// <summary>How common (SUBTLEX) each half of a closed compound must be: everyday words (tea, cart), not rare
    /// dictionary scraps (ens, ions) that would make any misspelling splittable.</summary>
    private const int CompoundPartFrequency = 20;

    private static bool IsContentWord(Lexicon lexicon, Dialect dialect, string part) =>
        !FunctionWords.Contains(part) && lexicon.Words.IsSuggestible(part, dialect) && lexicon.Frequency(part) >= CompoundPartFrequency;

    private static bool Known(Lexicon lexicon, Dialect dialect, string stem, int depth) =>
        stem.Length >= 3 && (lexicon.Words.ContainsExact(stem, dialect) || (depth > 1 && IsAffixed(lexicon, dialect, stem, depth - 1)));

    private static bool IsAffixed(Lexicon lexicon, Dialect dialect, string word, int depth)
    {
        foreach (var prefix in Prefixes)
            if (word.Length - prefix.Length >= 4 && word.StartsWith(prefix, StringComparison.Ordinal) && Known(lexicon, dialect, word.Substring(prefix.Length), depth))
                return true;
        if (Strip(word, "ly") is { } adverb)
        {
            foreach (var ending in AdverbStems)
                if (adverb.EndsWith(ending, StringComparison.Ordinal) && Known(lexicon, dialect, adverb, depth)) return true;
            if (adverb.EndsWith('i') && Known(lexicon, dialect, adverb[..^1] + "y", depth)) return true;   // unfunnily
        }
        if (Strip(word, "ness") is { } noun && (Known(lexicon, dialect, noun, depth) || (noun.EndsWith('i') && Known(lexicon, dialect, noun[..^1] + "y", depth))))
            return true;
        if (Strip(word, "ings") is { } gerund && Known(lexicon, dialect, gerund + "ing", depth)) return true;   // burnings, urgings
        foreach (var suffix in (ReadOnlySpan<string>)["like", "less", "wise"])
            if (Strip(word, suffix) is { } stem && Known(lexicon, dialect, stem, depth)) return true;
        var singular = word.EndsWith('s') ? word[..^1] : word;
        // The endings below attach only to a dictionary word, never to a derived one (wimpered is not wimp + er + ed).
        if (Strip(singular, "er") is { } agent && (InDictionary(lexicon, dialect, agent) || InDictionary(lexicon, dialect, agent + "e") || Undoubled(lexicon, dialect, agent)))
            return true;   // impresser, toter, dragger
        if (Strip(word, "ed") is { } having && !having.EndsWith('y') && !having.EndsWith('e') && InDictionary(lexicon, dialect, having))
            return true;   // limbed, jowled, raftered: having or made like the noun
        if (Strip(word, "y") is { } like && !like.EndsWith('e') && !IsAdjective(like) && (InDictionary(lexicon, dialect, like) || Undoubled(lexicon, dialect, like)))
            return true;   // brushy, resiny; but not centraly, which is central + ly misspelled
        return false;
    }

    /// <summary>Ends like an adjective, which takes -ly, never -y.</summary>
    private static bool IsAdjective(string stem)
    {
        foreach (var ending in (ReadOnlySpan<string>)["al", "ic", "ful", "ous", "ive", "ent", "ant", "ish", "less", "able", "ible"])
            if (stem.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool InDictionary(Lexicon lexicon, Dialect dialect, string stem) =>
        stem.Length >= 3 && lexicon.Words.ContainsExact(stem, dialect);

    private static bool Undoubled(Lexicon lexicon, Dialect dialect, string stem) =>
        stem.Length >= 4 && stem[^1] == stem[^2] && lexicon.Words.ContainsExact(stem.AsSpan(0, stem.Length - 1), dialect);

    private static string? Strip(string word, string suffix) =>
        word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) ? word[..^suffix.Length] : null;
}
