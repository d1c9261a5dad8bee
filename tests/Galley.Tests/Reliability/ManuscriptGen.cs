using CsCheck;

namespace Galley.Tests.Reliability;

/// <summary>Generators of text for property tests: fiction-like drafts built from words, names, misspellings,
/// quotes and punctuation (so the rules actually fire), and raw character soup (so nothing assumes well-formed prose).</summary>
internal static class ManuscriptGen
{
    private static readonly string[] Words =
    [
        "the", "a", "an", "he", "she", "I", "it", "they", "was", "were", "is", "said", "whispered", "asked", "looked",
        "at", "him", "her", "door", "hand", "and", "but", "then", "than", "its", "it's", "their", "there", "your",
        "you're", "lose", "loose", "of", "have", "could", "gonna", "wanna", "don't", "Clark", "Clarks", "Lana",
        "Groll", "Dr.", "Mr.", "devestate", "athority", "myeye", "alot", "beleived", "Already", "Us", "each", "other",
        "hearts", "stop", "for", "coming", "fell", "aloud", "thunk", "had", "went", "seen", "kept", "push", "very",
        "café", "naïve", "😀", "שלום", "e\u0301", "x", "", "3rd", "10:30", "https://example.com/a", "me@example.com",
    ];

    private static readonly string[] Marks =
    [
        " ", " ", " ", " ", ", ", ". ", "? ", "! ", "... ", "…", " -- ", "—", "-", "\"", "\u201c", "\u201d", "'", "\u2018",
        "\u2019", "\n", "\n\n", "\r\n", "\r", "  ", "\t", ";", ":", "(", ")", "* * *\n", "Chapter 3\n",
    ];

    /// <summary>A draft: a sequence of words and marks.</summary>
    public static readonly Gen<string> Draft =
        Gen.Frequency(
                (4, Gen.OneOf(Words)),
                (3, Gen.OneOf(Marks)))
            .Array[0, 120]
            .Select(parts => string.Concat(parts));

    /// <summary>Any UTF-16 string, lone surrogates, controls and combining marks included.</summary>
    public static readonly Gen<string> Soup =
        Gen.Frequency(
                (6, Gen.Char['a', 'z']),
                (2, Gen.OneOf(' ', '\n', '\r', '"', '\'', '.', ',', '?', '!', '-', '\u2019', '\u201c', '\u201d', '\u2026')),
                (1, Gen.Char))
            .Array[0, 200]
            .Select(chars => new string(chars));
}
