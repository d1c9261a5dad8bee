namespace Galley.Formats.Mapping;

/// <summary>Binary search over lists sorted by an offset.</summary>
internal static class SortedSearch
{
    /// <summary>The index of the last item whose key is at or before <paramref name="offset"/>, or -1.</summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, int offset, Func<T, int> key)
    {
        int lo = 0, hi = items.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (key(items[mid]) <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
