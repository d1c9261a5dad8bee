namespace Galley.Lexicon;

/// <summary>The suggestible words of a dialect in lowercase, as a trie that can be searched for every word within a
/// small edit distance without trying each word: a branch is dropped as soon as no word below it can be close enough.
/// Nodes live in flat arrays (a node's children are contiguous), so the trie is a few megabytes built in one pass
/// over the sorted words, not hundreds of thousands of small objects.</summary>
internal sealed class WordTrie
{
    private readonly string[] _words;
    private readonly List<char> _letter = new();
    private readonly List<int> _firstChild = new();
    private readonly List<int> _childCount = new();
    /// <summary>The index in <see cref="_words"/> of the word ending at a node, or -1.</summary>
    private readonly List<int> _word = new();
    /// <summary>The fewest and most letters between a node and the end of a word below it.</summary>
    private readonly List<byte> _minRest = new(), _maxRest = new();

    /// <param name="sortedWords">Distinct words in ordinal order.</param>
    public WordTrie(IReadOnlyList<string> sortedWords)
    {
        _words = [.. sortedWords];
        AddNode('\0');
        Fill(0, 0, _words.Length, 0);
    }

    private int AddNode(char letter)
    {
        _letter.Add(letter);
        _firstChild.Add(0);
        _childCount.Add(0);
        _word.Add(-1);
        _minRest.Add(byte.MaxValue);
        _maxRest.Add(0);
        return _letter.Count - 1;
    }

    /// <summary>Fills in the node for the words [low, high), which share their first <paramref name="depth"/> letters.</summary>
    private void Fill(int node, int low, int high, int depth)
    {
        if (low < high && _words[low].Length == depth)
        {
            _word[node] = low++;
            _minRest[node] = 0;
        }
        // The children are allocated side by side before any grandchild, so they stay contiguous.
        var groups = new List<(int Start, int End)>();
        for (int i = low; i < high;)
        {
            char c = _words[i][depth];
            int end = i + 1;
            while (end < high && _words[end][depth] == c) end++;
            groups.Add((i, end));
            i = end;
        }
        _firstChild[node] = _letter.Count;
        _childCount[node] = groups.Count;
        foreach (var (start, _) in groups) AddNode(_words[start][depth]);
        for (int k = 0; k < groups.Count; k++)
        {
            int child = _firstChild[node] + k;
            Fill(child, groups[k].Start, groups[k].End, depth + 1);
            _minRest[node] = (byte)Math.Min(_minRest[node], _minRest[child] + 1);
            _maxRest[node] = (byte)Math.Min(byte.MaxValue, Math.Max(_maxRest[node], _maxRest[child] + 1));
        }
    }

    /// <summary>Every word within <paramref name="maxDistance"/> insertions, deletions, substitutions or swaps of two
    /// neighbouring letters (optimal string alignment), with its distance.</summary>
    public List<(string Word, int Distance)> Near(string target, int maxDistance)
    {
        var results = new List<(string, int)>();
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

    private readonly record struct Search(WordTrie Trie, string Target, int MaxDistance, int[][] Rows, List<(string, int)> Results)
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
            if (word >= 0 && high == n && row[n] <= maxDistance) Results.Add((Trie._words[word], row[n]));
            if (best > maxDistance || depth + 1 >= Rows.Length) return;
            for (int c = Trie._firstChild[node], end = c + Trie._childCount[node]; c < end; c++) Walk(c, letter, depth + 1);
        }
    }
}
