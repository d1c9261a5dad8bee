using Galley.Lexicon;

namespace Galley.Context;

/// <summary>The Brown training vocabulary: every lowercase word form with an interned id and its count.
/// Loaded once, shared by the tagger and the n-gram model. Id 0 is "unknown word".</summary>
internal sealed class Vocabulary
{
    private static readonly Lazy<Vocabulary> Shared = new(() => new Vocabulary(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>unigrams.tsv, packed: a word's id is its row + 1.</summary>
    private readonly PackedTable _words;

    private Vocabulary()
    {
        _words = PackedTable.Load("context/unigrams.tsv");
        long tokens = 0;
        for (int row = 0; row < _words.Count; row++)
            if (!_words.Key(row).SequenceEqual(SentenceStart) && !_words.Key(row).SequenceEqual(SentenceEnd)) tokens += _words.Number(row);
        TokenCount = tokens;
        StartId = IdOf(SentenceStart);
        EndId = IdOf(SentenceEnd);
    }

    public const string SentenceStart = "<s>", SentenceEnd = "</s>";

    public static Vocabulary Default => Shared.Value;

    public int Count => _words.Count + 1;
    public long TokenCount { get; }
    public int StartId { get; }
    public int EndId { get; }

    /// <summary>The id of a word already in lookup form (lowercase, ASCII quotes), or 0.</summary>
    public int IdOf(ReadOnlySpan<char> lookupForm) => _words.Find(lookupForm) + 1;

    public ReadOnlySpan<char> WordOf(int id) => id == 0 ? "" : _words.Key(id - 1);

    public int CountOf(int id) => id == 0 ? 0 : _words.Number(id - 1);

    /// <summary>Writes a token's text in the data's lookup form (FORMAT.md): lowercase, curly quotes and apostrophes
    /// as ASCII, dashes as "--". Returns the length written, or -1 when it does not fit.</summary>
    public static int LookupForm(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (text.Length > buffer.Length) return -1;
        if (text.Length > 0 && IsDashRun(text)) { "--".CopyTo(buffer); return 2; }
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            buffer[i] = c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                _ => char.ToLowerInvariant(c),
            };
        }
        return text.Length;
    }

    private static bool IsDashRun(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (c is not ('-' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212')) return false;
        return true;
    }
}
