using System.Buffers;

namespace Galley.Document;

/// <summary>Every token's text in lowercase with typographic apostrophes made straight (I’ve → i've), one string per
/// distinct token text, and each token's index among those distinct texts. A novel repeats the same few thousand
/// words: the rules compare lowercase strings, and facts about a word (its tags, its n-gram id) are looked up once per
/// distinct word through the index instead of once per token.</summary>
internal sealed class LowercaseTokens
{
    private const int StackLimit = 128;

    public string[] Text { get; }
    public int[] Index { get; }
    public string[] Distinct { get; }

    public LowercaseTokens(Manuscript manuscript)
    {
        var tokens = manuscript.Tokens;
        Text = new string[tokens.Length];
        Index = new int[tokens.Length];
        var distinct = new List<string>();
        var pool = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> stack = stackalloc char[StackLimit];
        for (int t = 0; t < tokens.Length; t++)
        {
            var text = manuscript.TextOf(tokens[t]);
            char[]? rented = text.Length > StackLimit ? ArrayPool<char>.Shared.Rent(text.Length) : null;
            var buffer = (rented ?? stack)[..text.Length];
            text.ToLowerInvariant(buffer);
            buffer.Replace('\u2019', '\'');
            if (!pool.TryGetValue(buffer, out int index))
            {
                index = distinct.Count;
                var interned = new string(buffer);
                distinct.Add(interned);
                pool.Dictionary[interned] = index;
            }
            Text[t] = distinct[index];
            Index[t] = index;
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
        Distinct = distinct.ToArray();
    }
}
