namespace Galley.Lexicon;

public static class EditDistance
{
    /// <summary>Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), stopping
    /// early once it exceeds <paramref name="limit"/> (then returns limit + 1).</summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit = int.MaxValue, bool ignoreCase = false)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        int n = b.Length;
        Span<int> previous2 = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> previous = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> current = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        for (int j = 0; j <= n; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= n; j++)
            {
                bool same = Same(a[i - 1], b[j - 1], ignoreCase);
                int cost = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (same ? 0 : 1));
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2], ignoreCase) && Same(a[i - 2], b[j - 1], ignoreCase))
                    cost = Math.Min(cost, previous2[j - 2] + 1);
                current[j] = cost;
                rowMin = Math.Min(rowMin, cost);
            }
            if (rowMin > limit) return limit + 1;
            var t = previous2; previous2 = previous; previous = current; current = t;
        }
        return Math.Min(previous[n], limit + 1);
    }

    private static bool Same(char x, char y, bool ignoreCase) => x == y || (ignoreCase && char.ToLowerInvariant(x) == char.ToLowerInvariant(y));
}
