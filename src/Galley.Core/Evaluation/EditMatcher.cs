namespace Galley.Evaluation;

/// <summary>What became of each gold edit and each flag after matching.</summary>
public sealed record MatchResult<T>(IReadOnlyList<GoldOutcome<T>> Gold, IReadOnlyList<FlagOutcome<T>> Flags);
public sealed record GoldOutcome<T>(GoldEdit<T> Gold, bool Detected, bool Corrected);
public sealed record FlagOutcome<T>(SystemFlag<T> Flag, bool Detected, bool Corrected);

/// <summary>Matches a checker's flags against gold edits over one sequence of units (characters or tokens).
/// <list type="bullet">
/// <item>Detection: a flag detects every gold edit whose range overlaps the flag's span or one of its fix's edits
/// (an insertion point overlaps what touches it).</item>
/// <item>Correction: a flag corrects the gold edits its fix's edits overlap when applying its fix to the text around
/// them gives exactly what applying those gold edits gives. Comparing results rather than edit boundaries lets one
/// fix that rewrites <c>." He</c> to <c>," he</c> correct the two gold edits <c>.→,</c> and <c>He→he</c>.</item>
/// <item>Flags whose fixes are individually wrong but together make the gold text (two flags on one gold edit)
/// are tried together.</item>
/// </list></summary>
public static class EditMatcher
{
    public static MatchResult<T> Match<T>(IReadOnlyList<T> original, IReadOnlyList<GoldEdit<T>> gold, IReadOnlyList<SystemFlag<T>> flags)
    {
        var goldDetected = new bool[gold.Count];
        var goldCorrected = new bool[gold.Count];
        var flagDetected = new bool[flags.Count];
        var flagCorrected = new bool[flags.Count];
        var fixTouches = new List<int>[flags.Count];
        var nearby = new GoldIndex<T>(gold);

        for (int f = 0; f < flags.Count; f++)
        {
            var flag = flags[f];
            fixTouches[f] = [];
            int lo = flag.Fix.Aggregate(flag.Start, (m, e) => Math.Min(m, e.Start));
            int hi = flag.Fix.Aggregate(flag.End, (m, e) => Math.Max(m, e.End));
            foreach (int g in nearby.Within(lo, hi))
            {
                var edit = gold[g].Edit;
                if (flag.Overlaps(edit.Start, edit.End)) { flagDetected[f] = true; goldDetected[g] = true; }
                if (flag.Fix.Any(e => Spans.Overlap(e.Start, e.End, edit.Start, edit.End))) fixTouches[f].Add(g);
            }
            if (fixTouches[f].Count > 0 && SameResult(original, flag.Fix, fixTouches[f].Select(g => gold[g].Edit).ToList()))
            {
                flagCorrected[f] = true;
                foreach (int g in fixTouches[f]) goldCorrected[g] = true;
            }
        }

        // Flags that are wrong alone but may be right together: group those that touch the same gold edits.
        var pending = Enumerable.Range(0, flags.Count).Where(f => !flagCorrected[f] && fixTouches[f].Count > 0).ToList();
        var visited = new HashSet<int>();
        foreach (int start in pending)
        {
            if (!visited.Add(start)) continue;
            var group = new List<int> { start };
            var golds = new HashSet<int>(fixTouches[start]);
            for (bool grew = true; grew;)
            {
                grew = false;
                foreach (int f in pending)
                    if (!visited.Contains(f) && fixTouches[f].Any(golds.Contains))
                    {
                        visited.Add(f); group.Add(f); golds.UnionWith(fixTouches[f]); grew = true;
                    }
            }
            if (group.Count < 2) continue;
            var edits = group.SelectMany(f => flags[f].Fix).ToList();
            if (!SameResult(original, edits, golds.Select(g => gold[g].Edit).ToList())) continue;
            foreach (int f in group) flagCorrected[f] = true;
            foreach (int g in golds) goldCorrected[g] = true;
        }

        return new MatchResult<T>(
            gold.Select((g, i) => new GoldOutcome<T>(g, goldDetected[i], goldCorrected[i])).ToList(),
            flags.Select((f, i) => new FlagOutcome<T>(f, flagDetected[i], flagCorrected[i])).ToList());
    }

    /// <summary>True when both sets of edits turn the region of <paramref name="original"/> they cover into the same units.</summary>
    public static bool SameResult<T>(IReadOnlyList<T> original, IReadOnlyList<UnitEdit<T>> a, IReadOnlyList<UnitEdit<T>> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        int lo = Math.Min(a.Min(e => e.Start), b.Min(e => e.Start));
        int hi = Math.Max(a.Max(e => e.End), b.Max(e => e.End));
        var left = Apply(original, a, lo, hi);
        var right = Apply(original, b, lo, hi);
        return left is not null && right is not null && left.SequenceEqual(right);
    }

    /// <summary>The units of [lo, hi) after the edits, or null when edits overlap each other.</summary>
    public static List<T>? Apply<T>(IReadOnlyList<T> original, IEnumerable<UnitEdit<T>> edits, int lo, int hi)
    {
        var result = new List<T>();
        int position = lo;
        foreach (var edit in edits.OrderBy(e => e.Start).ThenBy(e => e.End))
        {
            if (edit.Start < position) return null;
            for (int i = position; i < edit.Start; i++) result.Add(original[i]);
            result.AddRange(edit.Replacement);
            position = edit.End;
        }
        for (int i = position; i < hi; i++) result.Add(original[i]);
        return result;
    }

    /// <summary>Gold edits by position, so each flag looks only at those near it: matching stays near-linear on a
    /// whole annotated novel.</summary>
    private sealed class GoldIndex<T>
    {
        private readonly int[] _order;
        private readonly int[] _starts;
        private readonly int _longest;

        public GoldIndex(IReadOnlyList<GoldEdit<T>> gold)
        {
            _order = Enumerable.Range(0, gold.Count).OrderBy(g => gold[g].Edit.Start).ToArray();
            _starts = _order.Select(g => gold[g].Edit.Start).ToArray();
            _longest = gold.Count == 0 ? 0 : gold.Max(g => g.Edit.End - g.Edit.Start);
        }

        /// <summary>Every gold edit that could overlap [lo, hi] (a superset; callers test overlap themselves).</summary>
        public IEnumerable<int> Within(int lo, int hi)
        {
            int first = Array.BinarySearch(_starts, lo - _longest);
            if (first < 0) first = ~first;
            while (first > 0 && _starts[first - 1] >= lo - _longest) first--;
            for (int i = first; i < _starts.Length && _starts[i] <= hi; i++) yield return _order[i];
        }
    }
}
