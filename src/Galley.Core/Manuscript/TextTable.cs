namespace Galley.Document;

/// <summary>An open-addressing table from pieces of text to ints, its keys kept as (string, start, length) so a key can
/// be a span of the manuscript itself and nothing is copied to look it up. Built for the per-token interning in
/// <see cref="LowercaseTokens"/>: a general dictionary's comparer calls cost more than the lookup.</summary>
internal sealed class TextTable
{
    private int[] _slots;   // entry + 1, 0 when empty
    private Entry[] _entries;   // one cache line holds all a probe reads
    private int _count;

    private struct Entry
    {
        public uint Hash;
        public int Start, Length, Value;
        public string Text;
    }

    public TextTable(int capacity)
    {
        int size = 16;
        while (size < capacity * 2) size <<= 1;
        _slots = new int[size];
        _entries = new Entry[Math.Max(16, capacity)];
    }

    public static uint Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return hash;
    }

    /// <summary>The value of <paramref name="key"/> (whose <see cref="Hash"/> is <paramref name="hash"/>), or -1.</summary>
    public int Find(ReadOnlySpan<char> key, uint hash)
    {
        int mask = _slots.Length - 1;
        for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            int entry = _slots[slot] - 1;
            if (entry < 0) return -1;
            ref readonly var e = ref _entries[entry];
            if (e.Hash == hash && e.Length == key.Length && key.SequenceEqual(e.Text.AsSpan(e.Start, e.Length))) return e.Value;
        }
    }

    /// <summary>Adds a key known to be absent: the span <paramref name="start"/>, <paramref name="length"/> of <paramref name="text"/>.</summary>
    public void Add(string text, int start, int length, uint hash, int value)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
        if ((_count + 1) * 2 > _slots.Length) Rehash(_slots.Length * 2);
        int entry = _count++;
        _entries[entry] = new Entry { Hash = hash, Start = start, Length = length, Value = value, Text = text };
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
