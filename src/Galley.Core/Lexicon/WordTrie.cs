namespace Galley.Lexicon;

/// <summary>The suggestible words of a dialect in lowercase, as a trie that can be searched for every word within a
/// small edit distance without trying each word: a branch is dropped as soon as no word below it can be close enough.</summary>
internal sealed class WordTrie
{
    private readonly Node _root = new();

    private sealed class Node
    {
        public char[] Letters = [];
        public Node[] Children = [];
        public string? Word;
        /// <summary>The fewest and most letters between this node and the end of a word below it.</summary>
        public int MinRest = int.MaxValue, MaxRest;

        public Node Child(char c)
        {
            int i = Array.IndexOf(Letters, c);
            if (i >= 0) return Children[i];
            var node = new Node();
            Letters = [.. Letters, c];
            Children = [.. Children, node];
            return node;
        }
    }

    public WordTrie(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var node = _root;
            foreach (char c in word) node = node.Child(c);
            node.Word = word;
        }
        SetRests(_root);
    }

    private static void SetRests(Node node)
    {
        if (node.Word is not null) node.MinRest = 0;
        foreach (var child in node.Children)
        {
            SetRests(child);
            node.MinRest = Math.Min(node.MinRest, child.MinRest + 1);
            node.MaxRest = Math.Max(node.MaxRest, child.MaxRest + 1);
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
        for (int i = 0; i < _root.Letters.Length; i++)
            Walk(_root.Children[i], _root.Letters[i], '\0', 1, rows, target, maxDistance, results);
        return results;
    }

    private static void Walk(Node node, char letter, char previousLetter, int depth, int[][] rows,
        string target, int maxDistance, List<(string, int)> results)
    {
        int n = target.Length;
        // A word's distance is at least the difference in length: skip branches whose words are all too short or long.
        if (depth + node.MinRest > n + maxDistance || depth + node.MaxRest < n - maxDistance) return;
        var row = rows[depth];
        var previousRow = rows[depth - 1];
        var rowBefore = depth >= 2 ? rows[depth - 2] : null;
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
            int cost = target[j - 1] == letter ? 0 : 1;
            int value = Math.Min(Math.Min(row[j - 1] + 1, previousRow[j] + 1), previousRow[j - 1] + cost);
            if (rowBefore is not null && j > 1 && target[j - 1] == previousLetter && target[j - 2] == letter)
                value = Math.Min(value, rowBefore[j - 2] + 1);
            row[j] = value;
            best = Math.Min(best, value);
        }
        if (node.Word is not null && high == n && row[n] <= maxDistance) results.Add((node.Word, row[n]));
        if (best > maxDistance || depth + 1 >= rows.Length) return;
        for (int i = 0; i < node.Letters.Length; i++)
            Walk(node.Children[i], node.Letters[i], letter, depth + 1, rows, target, maxDistance, results);
    }
}
