using System.Buffers.Binary;

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

    private WordTrie(byte* data)
    {
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

    /// <summary>Every word within <paramref name="maxDistance"/> insertions, deletions, substitutions or swaps of two
    /// neighbouring letters (optimal string alignment) of <paramref name="target"/>: its row and distance.</summary>
    public List<(int Word, int Distance)> Near(string target, int maxDistance)
    {
        var results = new List<(int, int)>();
        int n = target.Length;
        // One row per depth, reused by every branch at that depth: the walk allocates nothing per node. No word
        // deeper than n + maxDistance can be close enough, so the walk never goes below that.
        var rows = new int[n + maxDistance + 2][];
        for (int d = 0; d < rows.Length; d++) rows[d] = new int[n + 1];
        for (int j = 0; j <= n; j++) rows[0][j] = j;
        var search = new Search(this, target, maxDistance, rows, results);
        for (int c = _firstChild[0], end = c + _childCount[0]; c < end; c++) search.Walk(c, '\0', 1);
        return results;
    }

    private readonly record struct Search(WordTrie Trie, string Target, int MaxDistance, int[][] Rows, List<(int, int)> Results)
    {
        public void Walk(int node, char previousLetter, int depth)
        {
            int n = Target.Length, maxDistance = MaxDistance;
            // A word's distance is at least the difference in length: skip branches whose words are all too short or long.
            if (depth + Trie._minRest[node] > n + maxDistance || depth + Trie._maxRest[node] < n - maxDistance) return;
            char letter = Trie._letter[node];
            var row = Rows[depth];
            var previousRow = Rows[depth - 1];
            var rowBefore = depth >= 2 ? Rows[depth - 2] : null;
            // Only cells within maxDistance of the diagonal can hold a distance that small (Ukkonen's band); the cells
            // just outside it read as "too far", which keeps every value inside exact when it is within maxDistance.
            int tooFar = maxDistance + 1;
            int low = Math.Max(1, depth - maxDistance), high = Math.Min(n, depth + maxDistance);
            row[0] = previousRow[0] + 1;
            if (low > 1) row[low - 1] = tooFar;
            if (high < n) row[high + 1] = tooFar;
            int best = low == 1 ? row[0] : tooFar;
            for (int j = low; j <= high; j++)
            {
                int cost = Target[j - 1] == letter ? 0 : 1;
                int value = Math.Min(Math.Min(row[j - 1] + 1, previousRow[j] + 1), previousRow[j - 1] + cost);
                if (rowBefore is not null && j > 1 && Target[j - 1] == previousLetter && Target[j - 2] == letter)
                    value = Math.Min(value, rowBefore[j - 2] + 1);
                row[j] = value;
                best = Math.Min(best, value);
            }
            int word = Trie._word[node];
            if (word >= 0 && high == n && row[n] <= maxDistance) Results.Add((word, row[n]));
            if (best > maxDistance || depth + 1 >= Rows.Length) return;
            for (int c = Trie._firstChild[node], end = c + Trie._childCount[node]; c < end; c++) Walk(c, letter, depth + 1);
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
