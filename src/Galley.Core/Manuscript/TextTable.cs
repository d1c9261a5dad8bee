using Galley.Lexicon;

namespace Galley.Document;

/// <summary>An append-only open-addressing table from pieces of text to ints, its keys copied side by side into one
/// character pool, so a probe reads one small entry and nearby characters instead of the far parts of a manuscript
/// where each key was first seen. Built for the per-token interning in <see cref="LowercaseTokens"/>: a general
/// dictionary's comparer calls cost more than the lookup.</summary>
internal sealed class TextTable
{
    private int[] _slots;   // entry + 1, 0 when empty
    private Entry[] _entries;
    private char[] _pool;
    private int _count, _pooled;

    private struct Entry
    {
        public uint Hash;
        public int Start, Length, Value;
    }

    public TextTable(int capacity)
    {
        int size = 16;
        while (size < capacity * 2) size <<= 1;
        _slots = new int[size];
        _entries = new Entry[Math.Max(16, capacity)];
        _pool = new char[Math.Max(64, capacity * 8)];
    }

    /// <summary>The value of <paramref name="key"/> (whose <see cref="PackedTable.Hash"/> is <paramref name="hash"/>), or -1.</summary>
    public int Find(ReadOnlySpan<char> key, uint hash)
    {
        int mask = _slots.Length - 1;
        for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            int entry = _slots[slot] - 1;
            if (entry < 0) return -1;
            ref readonly var e = ref _entries[entry];
            if (e.Hash == hash && e.Length == key.Length && key.SequenceEqual(_pool.AsSpan(e.Start, e.Length))) return e.Value;
        }
    }

    /// <summary>Adds a key known to be absent.</summary>
    public void Add(ReadOnlySpan<char> key, uint hash, int value)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
        if ((_count + 1) * 2 > _slots.Length) Rehash(_slots.Length * 2);
        if (_pooled + key.Length > _pool.Length) Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _pooled + key.Length));
        key.CopyTo(_pool.AsSpan(_pooled));
        int entry = _count++;
        _entries[entry] = new Entry { Hash = hash, Start = _pooled, Length = key.Length, Value = value };
        _pooled += key.Length;
        Place(entry);
    }

    private void Place(int entry)
    {
        int mask = _slots.Length - 1;
        int slot = (int)(_entries[entry].Hash & (uint)mask);
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        _slots[slot] = entry + 1;
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        for (int entry = 0; entry < _count; entry++) Place(entry);
    }
}
