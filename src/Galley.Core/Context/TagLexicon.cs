using Galley.Lexicon;

namespace Galley.Context;

/// <summary>data/context/lexicon.tsv packed (word → "TAG:count TAG:count …"), loaded once and shared by the tagger,
/// the grammar rules' word profiles, the capitalization rules' word classes and the story data.</summary>
internal static class TagLexicon
{
    private static readonly Lazy<PackedTable> Shared = new(() => PackedTable.Load("context/lexicon.tsv"), LazyThreadSafetyMode.ExecutionAndPublication);

    public static PackedTable Table => Shared.Value;

    /// <summary>Calls <paramref name="pair"/> with each tag and count of a row's "TAG:count …" list.</summary>
    public static void ForEachTag(ReadOnlySpan<char> pairs, TagCountAction pair)
    {
        foreach (var range in pairs.Split(' '))
        {
            var text = pairs[range];
            int colon = text.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(text[(colon + 1)..], out int count)) continue;
            pair(text[..colon], count);
        }
    }

    public delegate void TagCountAction(ReadOnlySpan<char> tag, int count);
}
