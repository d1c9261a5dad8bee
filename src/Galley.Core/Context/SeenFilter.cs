using Galley.Lexicon;

namespace Galley.Context;

/// <summary>A Bloom filter over the keys of the bigram and trigram tables, by word ids. Most n-grams the checker asks
/// about were never seen twice and are absent from the tables; the table's answer costs a key built from the words and
/// several cache misses, the filter's one read from an array that stays in the processor's cache. It never says no to
/// an n-gram the tables hold, and says yes to a small share of those they lack (the table then answers).</summary>
internal sealed class SeenFilter
{
    private const int BitsPerKey = 16;

    /// <summary>Blocked: the bits of one key all fall in one 64-bit block.</summary>
    private readonly ulong[] _blocks;
    private readonly int _blockShift;
    /// <summary>Each word's hash, by id: computed once from its text, as the table keys are hashed.</summary>
    private readonly uint[] _wordHashes;

    public SeenFilter(Vocabulary vocabulary, params PackedTable[] tables)
    {
        _wordHashes = new uint[vocabulary.Count];
        for (int id = 1; id < vocabulary.Count; id++) _wordHashes[id] = HashWord(vocabulary.WordOf(id));
        long keys = 0;
        foreach (var table in tables) keys += table.Count;
        int blockBits = 6;
        while (blockBits < 30 && 1L << blockBits < keys * BitsPerKey / 64) blockBits++;
        _blocks = new ulong[1 << blockBits];
        _blockShift = 64 - blockBits;
        foreach (var table in tables)
            for (int row = 0; row < table.Count; row++) Add(table.Key(row));
    }

    /// <summary>False when the n-gram (<paramref name="w3"/> 0 for a bigram) is surely in neither table.</summary>
    public bool MayContain(int w1, int w2, int w3)
    {
        ulong hash = Combine(_wordHashes[w1], _wordHashes[w2], w3 == 0 ? 0 : _wordHashes[w3]);
        ulong mask = Mask(hash);
        return (_blocks[hash >> _blockShift] & mask) == mask;
    }

    /// <summary>Adds a table key: its words joined by tabs, each hashed as <see cref="HashWord"/> does.</summary>
    private void Add(ReadOnlySpan<char> key)
    {
        Span<uint> hashes = stackalloc uint[3];
        int words = 0;
        foreach (var part in key.Split('\t'))
        {
            if (words == hashes.Length) return;   // not a key the model asks for
            hashes[words++] = HashWord(key[part]);
        }
        if (words < 2) return;
        ulong combined = Combine(hashes[0], hashes[1], words == 3 ? hashes[2] : 0);
        _blocks[combined >> _blockShift] |= Mask(combined);
    }

    /// <summary>The table's own hash of the word (<see cref="PackedTable.Hash"/>), never 0 (0 stands for "no third word").</summary>
    private static uint HashWord(ReadOnlySpan<char> word) => PackedTable.Hash(word) | 1;

    private static ulong Combine(uint h1, uint h2, uint h3)
    {
        ulong hash = h1 * 0x9E3779B97F4A7C15UL ^ h2 * 0xC2B2AE3D27D4EB4FUL ^ h3 * 0x165667B19E3779F9UL;
        // murmur3's finalizer: every input bit reaches every output bit
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB93FE1A85EC5UL;
        return hash ^ hash >> 33;
    }

    /// <summary>Three bits of a block, chosen by the hash's low bits.</summary>
    private static ulong Mask(ulong hash) => 1UL << (int)(hash & 63) | 1UL << (int)(hash >> 6 & 63) | 1UL << (int)(hash >> 12 & 63);
}
