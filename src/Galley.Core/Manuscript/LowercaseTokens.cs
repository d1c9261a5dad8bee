using System.Buffers;

namespace Galley.Document;

/// <summary>Every token's text in lowercase with typographic apostrophes made straight (I’ve → i've), one string per
/// distinct token text: the rules compare words as lowercase strings, and a novel repeats the same few thousand words,
/// so this costs one string per distinct word instead of several per token and rule.</summary>
internal static class LowercaseTokens
{
    private const int StackLimit = 128;

    public static string[] Of(Manuscript manuscript)
    {
        var tokens = manuscript.Tokens;
        var lower = new string[tokens.Length];
        var pool = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> stack = stackalloc char[StackLimit];
        for (int t = 0; t < tokens.Length; t++)
        {
            var text = manuscript.TextOf(tokens[t]);
            char[]? rented = text.Length > StackLimit ? ArrayPool<char>.Shared.Rent(text.Length) : null;
            var buffer = (rented ?? stack)[..text.Length];
            text.ToLowerInvariant(buffer);
            buffer.Replace('\u2019', '\'');
            if (!pool.TryGetValue(buffer, out var interned))
            {
                interned = new string(buffer);
                pool[interned] = interned;
            }
            lower[t] = interned;
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
        return lower;
    }
}
