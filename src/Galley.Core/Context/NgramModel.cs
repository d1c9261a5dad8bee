using Galley.Lexicon;

namespace Galley.Context;

/// <summary>A word trigram language model over the Brown training data with stupid backoff (Brants et al. 2007):
/// the relative frequency of the trigram, else 0.4 × that of the bigram, else 0.4² × the smoothed unigram.
/// The data omits bigrams and trigrams seen once, so a missing n-gram means "at most once" and backs off.
/// Scores are not normalized probabilities: compare them only between alternatives in the same place.</summary>
public sealed class NgramModel
{
    private static readonly Lazy<NgramModel> Shared = new(() => new NgramModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly double LogBackoff = Math.Log(0.4);

    private readonly Vocabulary _vocabulary;
    /// <summary>bigrams.tsv and trigrams.tsv, packed: keyed by the words joined with tabs.</summary>
    private readonly PackedTable _bigrams;
    private readonly PackedTable _trigrams;
    private readonly double _logTokens;
    private readonly SeenFilter _seen;

    private NgramModel()
    {
        _vocabulary = Vocabulary.Default;
        if (_vocabulary.Count >= 1 << 16) throw new InvalidOperationException("The vocabulary outgrew 16-bit n-gram keys.");
        _bigrams = PackedTable.Load("context/bigrams.tsv");
        _trigrams = PackedTable.Load("context/trigrams.tsv");
        _logTokens = Math.Log(_vocabulary.TokenCount);
        _seen = new SeenFilter(_vocabulary, _bigrams, _trigrams);
    }

    public static NgramModel Default => Shared.Value;

    /// <summary>The id of the sentence start and end pseudo-words.</summary>
    public int SentenceStart => _vocabulary.StartId;
    public int SentenceEnd => _vocabulary.EndId;

    /// <summary>The id of a token (any case, curly quotes allowed; see <see cref="PosTagger.BrownText"/>), 0 if unseen.</summary>
    public int IdOf(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[64];
        int length = Vocabulary.LookupForm(token, buffer);
        return length < 0 ? 0 : _vocabulary.IdOf(buffer[..length]);
    }

    public int Count(int w) => w == 0 ? 0 : _vocabulary.CountOf(w);

    /// <summary>Count of the bigram; 0 means it was seen at most once.</summary>
    public int Count(int w1, int w2) => w1 == 0 || w2 == 0 ? 0 : LeftOut(Find(_bigrams, w1, w2, 0), Key(w1, w2));

    /// <summary>Count of the trigram; 0 means it was seen at most once.</summary>
    public int Count(int w1, int w2, int w3) =>
        w1 == 0 || w2 == 0 || w3 == 0 ? 0 : LeftOut(Find(_trigrams, w1, w2, w3), Key(w1, w2, w3));

    /// <summary>The count of the n-gram of the words with these ids (<paramref name="w3"/> 0 for a bigram), 0 when absent.
    /// Remembered in a small per-thread cache: the phrases around the confusable words (to the, of a) recur all
    /// through a manuscript, and each table lookup builds a key and misses the processor's cache. Most n-grams asked
    /// about are absent: <see cref="SeenFilter"/> answers those first, and they stay out of the cache.</summary>
    private int Find(PackedTable table, int w1, int w2, int w3)
    {
        if ((w1 | w2 | w3) >> 16 != 0) return Lookup(table, w1, w2, w3);   // the key holds ids of 16 bits
        if (!_seen.MayContain(w1, w2, w3)) return 0;
        ulong key = (table == _trigrams ? 1UL << 63 : 0) | Key(w1, w2, w3);
        var cache = _recent ??= new RecentCounts();
        int slot = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - RecentCounts.Bits));
        if (cache.Keys[slot] == key + 1) return cache.Counts[slot];
        int count = Lookup(table, w1, w2, w3);
        cache.Keys[slot] = key + 1;   // + 1: an empty slot (0) never matches
        cache.Counts[slot] = count;
        return count;
    }

    [ThreadStatic] private static RecentCounts? _recent;

    /// <summary>A direct-mapped cache of n-gram counts (one model per process, so keys need not name the model).</summary>
    private sealed class RecentCounts
    {
        public const int Bits = 13;
        public readonly ulong[] Keys = new ulong[1 << Bits];
        public readonly int[] Counts = new int[1 << Bits];
    }

    private int Lookup(PackedTable table, int w1, int w2, int w3)
    {
        var first = _vocabulary.WordOf(w1);
        var second = _vocabulary.WordOf(w2);
        var third = _vocabulary.WordOf(w3);
        int length = first.Length + 1 + second.Length + (w3 == 0 ? 0 : 1 + third.Length);
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        first.CopyTo(key);
        key[first.Length] = '\t';
        second.CopyTo(key[(first.Length + 1)..]);
        if (w3 != 0)
        {
            key[first.Length + 1 + second.Length] = '\t';
            third.CopyTo(key[(first.Length + second.Length + 2)..]);
        }
        int row = table.Find(key);
        return row < 0 ? 0 : table.Number(row);
    }

    /// <summary>For measuring on training text as if it were unseen (leave-one-out): n-grams of the sentence being
    /// scored, whose counts are read one lower on this thread. Null in normal use.</summary>
    [ThreadStatic] internal static HashSet<ulong>? LeaveOut;

    /// <summary>Adds a sentence's bigrams and trigrams (ids, sentence-start padded) to <see cref="LeaveOut"/>.</summary>
    internal void LeaveOutSentence(ReadOnlySpan<int> words)
    {
        var set = LeaveOut ??= [];
        set.Clear();
        for (int i = 0; i < words.Length; i++)
        {
            int w2 = i >= 1 ? words[i - 1] : SentenceStart;
            set.Add(Key(w2, words[i]) | 1UL << 63);
            if (i >= 1) set.Add(Key(i >= 2 ? words[i - 2] : SentenceStart, w2, words[i]));
        }
    }

    private static int LeftOut(int count, ulong key)
    {
        var set = LeaveOut;
        if (set is null || count == 0 || !set.Contains(key)) return count;
        return count - 1 >= 2 ? count - 1 : 0;   // a count of one is not in the data
    }

    private static int LeftOut(int count, uint key) => LeftOut(count, key | 1UL << 63);

    /// <summary>Log stupid-backoff score of <paramref name="w3"/> after <paramref name="w1"/> <paramref name="w2"/>.</summary>
    public double LogScore(int w1, int w2, int w3)
    {
        int tri = Count(w1, w2, w3);
        if (tri > 0) return Math.Log(tri) - Math.Log(Count(w1, w2));
        int bi = Count(w2, w3);
        if (bi > 0) return LogBackoff + Math.Log(bi) - Math.Log(Count(w2));
        return 2 * LogBackoff + Math.Log(Count(w3) + 0.5) - _logTokens;
    }

    /// <summary>The summed log score of the words at <paramref name="from"/>..<paramref name="to"/> (exclusive) of a
    /// sequence, each given the two before it (positions before 0 read as the sentence start).</summary>
    public double LogScore(ReadOnlySpan<int> words, int from, int to)
    {
        double sum = 0;
        for (int i = Math.Max(0, from); i < Math.Min(to, words.Length); i++)
        {
            int w1 = i >= 2 ? words[i - 2] : SentenceStart;
            int w2 = i >= 1 ? words[i - 1] : SentenceStart;
            sum += LogScore(w1, w2, words[i]);
        }
        return sum;
    }

    private static uint Key(int w1, int w2) => (uint)w1 << 16 | (uint)w2;

    private static ulong Key(int w1, int w2, int w3) => (ulong)w1 << 32 | (ulong)w2 << 16 | (uint)w3;
}
