using System.Buffers;
using Galley.Lexicon;

namespace Galley.Document;

/// <summary>Every token's text in lowercase with typographic apostrophes made straight (I’ve → i've), one string per
/// distinct token text, and each token's index among those distinct texts. A novel repeats the same few thousand
/// words: the rules compare lowercase strings, and facts about a word (its tags, its n-gram id) are looked up once per
/// distinct word through the index instead of once per token.</summary>
internal sealed class LowercaseTokens
{
    private const int StackLimit = 128;

    /// <summary>Each token's index among <see cref="Distinct"/> (its text is read through it: a string per token
    /// would add a large array to every check).</summary>
    public int[] Index { get; }
    public string[] Distinct { get; }
    /// <summary>Each token's index among the distinct texts as written (The, the and THE are three).</summary>
    public int[] WrittenIndex { get; }
    /// <summary>The first token of each distinct written text.</summary>
    public int[] WrittenFirst { get; }

    public LowercaseTokens(Manuscript manuscript)
    {
        var tokens = manuscript.Tokens;
        var source = manuscript.Text;
        Index = new int[tokens.Length];
        WrittenIndex = new int[tokens.Length];
        var distinct = new List<string>();
        var writtenFirst = new List<int>();
        var writtenLower = new List<int>();
        // Two tables: the text as written (most tokens repeat one seen before, so most stop there, with no lowercasing),
        // and the lowercase texts, which "The" and "the" share.
        int expected = Math.Min(tokens.Length, 1024 + tokens.Length / 8);
        var written = new TextTable(expected);
        var lowercase = new TextTable(expected);
        Span<char> stack = stackalloc char[StackLimit];
        for (int t = 0; t < tokens.Length; t++)
        {
            var text = source.AsSpan(tokens[t].Start, tokens[t].Length);
            uint hash = PackedTable.Hash(text);
            int form = written.Find(text, hash);
            if (form < 0)
            {
                form = writtenFirst.Count;
                writtenFirst.Add(t);
                writtenLower.Add(LowercaseIndex(text, lowercase, distinct, stack));
                written.Add(text, hash, form);
            }
            int index = writtenLower[form];
            WrittenIndex[t] = form;
            Index[t] = index;
        }
        Distinct = distinct.ToArray();
        WrittenFirst = writtenFirst.ToArray();
    }

    private static int LowercaseIndex(ReadOnlySpan<char> text, TextTable lowercase, List<string> distinct, Span<char> stack)
    {
        char[]? rented = text.Length > StackLimit ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        var buffer = (rented ?? stack)[..text.Length];
        text.ToLowerInvariant(buffer);
        buffer.Replace('\u2019', '\'');
        uint hash = PackedTable.Hash(buffer);
        int index = lowercase.Find(buffer, hash);
        if (index < 0)
        {
            index = distinct.Count;
            var interned = new string(buffer);
            distinct.Add(interned);
            lowercase.Add(buffer, hash, index);
        }
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return index;
    }
}
