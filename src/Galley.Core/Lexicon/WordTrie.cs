using System.Buffers.Binary;
using System.Numerics;

namespace Galley.Lexicon;

/// <summary>The word list's lowercase words as a trie that can be searched for every word within a small edit distance
/// without trying each word: a branch is dropped as soon as no word below it can be close enough. Nodes live in flat
/// arrays (a node's children are contiguous), built at compile time by scripts/data/pack (<see cref="Pack"/>) over the
/// sorted lowercase index and read in place, so a process pays nothing to build it. A word is the row of the lowercase
/// index it ends; which words a dialect may suggest is the caller's filter.</summary>
internal sealed unsafe class WordTrie
{
    private readonly int _nodes;
    private readonly char* _letter;
    private readonly int* _firstChild;
    private readonly int* _childCount;
    /// <summary>The row of the lowercase index of the word ending at a node, or -1.</summary>
    private readonly int* _word;
    /// <summary>The fewest and most letters between a node and the end of a word below it.</summary>
    private readonly byte* _minRest, _maxRest;

    /// <summary>The pinned bytes of a trie made in memory (<see cref="FromBytes"/>), kept alive as long as the trie
    /// reads them; null for a packed resource, which lives as long as the process.</summary>
    private readonly byte[]? _ownBytes;

    private WordTrie(byte* data, byte[]? ownBytes = null)
    {
        _ownBytes = ownBytes;
        _nodes = *(int*)data;
        _firstChild = (int*)data + 1;
        _childCount = _firstChild + _nodes;
        _word = _childCount + _nodes;
        _letter = (char*)(_word + _nodes);
        _minRest = (byte*)(_letter + _nodes);
        _maxRest = _minRest + _nodes;
    }

    /// <summary>The trie packed in embedded data file <paramref name="name"/>.</summary>
    public static WordTrie Load(string name) => new(PackedTable.Map(name, out _));

    /// <summary>A trie from bytes made by <see cref="Pack"/> (copied to memory that does not move).</summary>
    public static WordTrie FromBytes(byte[] packed)
    {
        var copy = GC.AllocateArray<byte>(packed.Length, pinned: true);
        packed.CopyTo(copy, 0);
        return new WordTrie((byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(copy)), copy);
    }

    /// <summary>Every word within <paramref name="maxDistance"/> (at most <see cref="MostEdits"/>) insertions, deletions,
    /// substitutions or swaps of two neighbouring letters (optimal string alignment) of <paramref name="target"/>: its
    /// row and distance.</summary>
    public List<(int Word, int Distance)> Near(string target, int maxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, MostEdits);
        var results = new List<(int, int)>();
        // No word is longer than the root's deepest branch: a target longer than that by more than maxDistance is near none.
        if (target.Length - maxDistance > _maxRest[0]) return results;
        if (target.Length < 63) new Search<ulong>(this, target, maxDistance, results).Run();
        else new Search<UInt128>(this, target, maxDistance, results).Run();
        return results;
    }

    /// <summary>The most edits <see cref="Near"/> searches within (suggestions look two deep).</summary>
    public const int MostEdits = 2;

    /// <summary>The walk keeps, at each node, one bit set per column of the edit-distance table for each distance up to
    /// <see cref="MostEdits"/> (bit j of level e: the word so far is within e edits of the target's first j letters), so
    /// a node costs a few word operations instead of a row of the table (Wu and Manber's bit-parallel automaton, with
    /// swaps). A branch is dropped when no column is within reach, and skipped when its words are all too short or long.</summary>
    private sealed class Search<TBits> where TBits : unmanaged, IBinaryInteger<TBits>
    {
        private readonly WordTrie _trie;
        private readonly string _target;
        private readonly int _maxDistance;
        private readonly List<(int, int)> _results;
        /// <summary>Which letters of the target are c (bit j + 1 for target[j]), for the ASCII letters.</summary>
        private readonly TBits[] _asciiMasks = new TBits[128];
        private readonly TBits _columns, _last;

        public Search(WordTrie trie, string target, int maxDistance, List<(int, int)> results)
        {
            _trie = trie;
            _target = target;
            _maxDistance = maxDistance;
            _results = results;
            int n = target.Length;
            _columns = (TBits.One << (n + 1)) - TBits.One;
            _last = TBits.One << n;
            for (int j = 0; j < n; j++)
                if (target[j] < 128) _asciiMasks[target[j]] |= TBits.One << (j + 1);
        }

        private TBits Mask(char letter) => letter < 128 ? _asciiMasks[letter] : OtherMask(letter);

        private TBits OtherMask(char letter)
        {
            var mask = TBits.Zero;
            for (int j = 0; j < _target.Length; j++)
                if (_target[j] == letter) mask |= TBits.One << (j + 1);
            return mask;
        }

        public void Run()
        {
            // The empty word is e edits from the target's first e letters.
            TBits Within(int e) => ((TBits.One << Math.Min(e + 1, _target.Length + 1)) - TBits.One);
            for (int c = _trie._firstChild[0], end = c + _trie._childCount[0]; c < end; c++)
                Walk(c, TBits.Zero, 1, Within(0), Within(1), Within(2), TBits.Zero, TBits.Zero);
        }

        /// <param name="p0">The parent's level 0 (and <paramref name="p1"/>, <paramref name="p2"/> its levels 1 and 2).</param>
        /// <param name="g0">The grandparent's level 0 (and <paramref name="g1"/> its level 1), for swaps.</param>
        private void Walk(int node, TBits previousMask, int depth, TBits p0, TBits p1, TBits p2, TBits g0, TBits g1)
        {
            var trie = _trie;
            int n = _target.Length, maxDistance = _maxDistance;
            // A word's distance is at least the difference in length: skip branches whose words are all too short or long.
            if (depth + trie._minRest[node] > n + maxDistance || depth + trie._maxRest[node] < n - maxDistance) return;
            var mask = Mask(trie._letter[node]);
            // A swap of the letter before and this one: the target has them the other way round.
            var swapped = previousMask & (mask << 1);
            // Within e: a match from within e before, or one edit from within e - 1 (substitute, insert, delete, swap).
            var r0 = (p0 << 1) & mask;
            var r1 = (((p1 << 1) & mask) | p0 | (p0 << 1) | (r0 << 1) | ((g0 << 2) & swapped)) & _columns;
            var r2 = (((p2 << 1) & mask) | p1 | (p1 << 1) | (r1 << 1) | ((g1 << 2) & swapped)) & _columns;
            var within = maxDistance == 0 ? r0 : maxDistance == 1 ? r1 : r2;
            int word = trie._word[node];
            if (word >= 0 && (within & _last) != TBits.Zero)
                _results.Add((word, (r0 & _last) != TBits.Zero ? 0 : (r1 & _last) != TBits.Zero ? 1 : 2));
            if (within == TBits.Zero || depth + 1 >= n + maxDistance + 2) return;   // no word deeper can be close enough
            for (int c = trie._firstChild[node], end = c + trie._childCount[node]; c < end; c++) Walk(c, mask, depth + 1, r0, r1, r2, p0, p1);
        }
    }

    /// <summary>Packs the trie of <paramref name="sortedWords"/> (distinct, in ordinal order), each word known by its
    /// <paramref name="ids"/> entry, into the layout <see cref="Load"/> reads: node count, then per node first child,
    /// child count, word id, letter, and the fewest and most letters below it.</summary>
    public static byte[] Pack(IReadOnlyList<string> sortedWords, IReadOnlyList<int> ids)
    {
        var builder = new Builder(sortedWords, ids);
        builder.AddNode('\0');
        builder.Fill(0, 0, sortedWords.Count, 0);
        return builder.ToBytes();
    }

    private sealed class Builder(IReadOnlyList<string> words, IReadOnlyList<int> ids)
    {
        private readonly List<char> _letter = new();
        private readonly List<int> _firstChild = new(), _childCount = new(), _word = new();
        private readonly List<byte> _minRest = new(), _maxRest = new();

        public void AddNode(char letter)
        {
            _letter.Add(letter);
            _firstChild.Add(0);
            _childCount.Add(0);
            _word.Add(-1);
            _minRest.Add(byte.MaxValue);
            _maxRest.Add(0);
        }

        /// <summary>Fills in the node for the words [low, high), which share their first <paramref name="depth"/> letters.</summary>
        public void Fill(int node, int low, int high, int depth)
        {
            if (low < high && words[low].Length == depth)
            {
                _word[node] = ids[low++];
                _minRest[node] = 0;
            }
            // The children are allocated side by side before any grandchild, so they stay contiguous.
            var groups = new List<(int Start, int End)>();
            for (int i = low; i < high;)
            {
                char c = words[i][depth];
                int end = i + 1;
                while (end < high && words[end][depth] == c) end++;
                groups.Add((i, end));
                i = end;
            }
            _firstChild[node] = _letter.Count;
            _childCount[node] = groups.Count;
            foreach (var (start, _) in groups) AddNode(words[start][depth]);
            for (int k = 0; k < groups.Count; k++)
            {
                int child = _firstChild[node] + k;
                Fill(child, groups[k].Start, groups[k].End, depth + 1);
                _minRest[node] = (byte)Math.Min(_minRest[node], _minRest[child] + 1);
                _maxRest[node] = (byte)Math.Min(byte.MaxValue, Math.Max(_maxRest[node], _maxRest[child] + 1));
            }
        }

        public byte[] ToBytes()
        {
            int n = _letter.Count;
            var bytes = new byte[4 + n * (4 * 3 + 2 + 2)];
            var span = bytes.AsSpan();
            BinaryPrimitives.WriteInt32LittleEndian(span, n);
            int at = 4;
            foreach (var list in (List<int>[])[_firstChild, _childCount, _word])
                foreach (int value in list) { BinaryPrimitives.WriteInt32LittleEndian(span[at..], value); at += 4; }
            foreach (char c in _letter) { BinaryPrimitives.WriteUInt16LittleEndian(span[at..], c); at += 2; }
            foreach (byte b in _minRest) span[at++] = b;
            foreach (byte b in _maxRest) span[at++] = b;
            return bytes;
        }
    }
}
