using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Galley.Lexicon;

/// <summary>A data file packed at build time (scripts/data/pack): its rows in file order, each a key (the first
/// columns, tab-joined) and a value (the rest as text, or a number), with an open-addressing hash index over the keys.
/// It loads without parsing: the packed bytes are read in place where the runtime maps the assembly's resources.
/// Layout, all little-endian: a header of <see cref="HeaderInts"/> ints (magic, rows, slots, numeric, key chars,
/// value chars), key starts (rows + 1), values (rows, numbers) or value starts (rows + 1, text), slots (row + 1 or 0),
/// then the key and value characters as UTF-16.</summary>
internal sealed unsafe class PackedTable
{
    private const int Magic = 0x314B5047;   // "GPK1"
    private const int HeaderInts = 6;

    private readonly int* _keyStart;
    private readonly int* _values;
    private readonly int* _slots;
    private readonly char* _keyChars;
    private readonly char* _valueChars;
    private readonly int _slotMask;

    /// <summary>The pinned bytes of a table made in memory (<see cref="FromBytes"/>), kept alive as long as the table
    /// reads them; null for a packed resource, which lives as long as the process.</summary>
    private readonly byte[]? _ownBytes;

    private PackedTable(byte* data, long length, string name, byte[]? ownBytes = null)
    {
        _ownBytes = ownBytes;
        var header = new ReadOnlySpan<int>(data, HeaderInts);
        if (length < HeaderInts * 4 || header[0] != Magic)
            throw new InvalidOperationException($"Galley's packed data file {name} is damaged.");
        Count = header[1];
        int slots = header[2];
        IsNumeric = header[3] != 0;
        int keyChars = header[4];
        _slotMask = slots - 1;
        int* ints = (int*)data + HeaderInts;
        _keyStart = ints;
        _values = _keyStart + Count + 1;
        _slots = _values + (IsNumeric ? Count : Count + 1);
        _keyChars = (char*)(_slots + slots);
        _valueChars = _keyChars + keyChars;
    }

    /// <summary>The packed form of embedded data file <paramref name="name"/> (e.g. "words.txt").</summary>
    public static PackedTable Load(string name) => new(Map(name, out long length), length, name);

    /// <summary>A table from bytes made by <see cref="Pack"/> (copied to memory that does not move).</summary>
    public static PackedTable FromBytes(byte[] packed)
    {
        var copy = GC.AllocateUninitializedArray<byte>(packed.Length, pinned: true);
        packed.CopyTo(copy, 0);
        return new PackedTable((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), copy.Length, "(bytes)", copy);
    }

    /// <summary>The bytes of embedded packed file <paramref name="name"/>, valid for the life of the process.</summary>
    public static byte* Map(string name, out long length)
    {
        var stream = typeof(PackedTable).Assembly.GetManifestResourceStream("data/" + name + ".pack")
            ?? throw new InvalidOperationException($"Galley's packed data file {name} is missing from the build.");
        length = stream.Length;
        // Resources of a loaded assembly are mapped memory that lives as long as the process: read them in place.
        if (stream is UnmanagedMemoryStream mapped) return mapped.PositionPointer;
        var copy = GC.AllocateUninitializedArray<byte>((int)stream.Length, pinned: true);
        stream.ReadExactly(copy);
        return (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy));
    }

    public int Count { get; }
    public bool IsNumeric { get; }

    /// <summary>The row whose key is <paramref name="key"/> (the last such row of the file), or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        for (uint slot = Hash(key) & (uint)_slotMask; ; slot = (slot + 1) & (uint)_slotMask)
        {
            int row = _slots[slot] - 1;
            if (row < 0) return -1;
            if (Key(row).SequenceEqual(key)) return row;
        }
    }

    public ReadOnlySpan<char> Key(int row) => new(_keyChars + _keyStart[row], _keyStart[row + 1] - _keyStart[row]);

    /// <summary>The value of a numeric table's row.</summary>
    public int Number(int row) => _values[row];

    /// <summary>The value of a text table's row: the columns after the key, tab-joined; empty when there are none.</summary>
    public ReadOnlySpan<char> Text(int row) => new(_valueChars + _values[row], _values[row + 1] - _values[row]);

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes, unlike string hash codes.</summary>
    public static uint Hash(ReadOnlySpan<char> key)
    {
        uint hash = 2166136261;
        foreach (char c in key) hash = (hash ^ c) * 16777619;
        return hash;
    }

    /// <summary>Packs rows (key, text value) or (key, number) into the layout <see cref="Load"/> reads.</summary>
    public static byte[] Pack(IReadOnlyList<(string Key, string Text, int Number)> rows, bool numeric)
    {
        int slots = 1;
        while (slots < rows.Count * 2) slots <<= 1;
        int keyChars = rows.Sum(r => r.Key.Length), valueChars = numeric ? 0 : rows.Sum(r => r.Text.Length);
        var ints = new List<int> { Magic, rows.Count, slots, numeric ? 1 : 0, keyChars, valueChars };
        for (int i = 0, at = 0; i <= rows.Count; at += i < rows.Count ? rows[i].Key.Length : 0, i++) ints.Add(at);
        if (numeric) ints.AddRange(rows.Select(r => r.Number));
        else for (int i = 0, at = 0; i <= rows.Count; at += i < rows.Count ? rows[i].Text.Length : 0, i++) ints.Add(at);
        var table = new int[slots];
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++) rowOf[rows[i].Key] = i;   // a repeated key: the last row wins
        foreach (var (key, row) in rowOf)
        {
            uint slot = Hash(key) & (uint)(slots - 1);
            while (table[slot] != 0) slot = (slot + 1) & (uint)(slots - 1);
            table[slot] = row + 1;
        }
        ints.AddRange(table);
        var bytes = new byte[ints.Count * 4 + (keyChars + valueChars) * 2];
        for (int i = 0; i < ints.Count; i++) BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), ints[i]);
        int offset = ints.Count * 4;
        foreach (var text in rows.Select(r => r.Key).Concat(numeric ? [] : rows.Select(r => r.Text)))
            foreach (char c in text)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(offset), c);
                offset += 2;
            }
        return bytes;
    }
}
