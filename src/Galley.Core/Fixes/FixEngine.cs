using System.Text;
using Galley.Diagnostics;

namespace Galley.Fixes;

/// <summary>Applies fixes to text. All offsets refer to the original text; a fix whose edits overlap one already taken is skipped, never merged, so fixes cannot corrupt each other.</summary>
public static class FixEngine
{
    public sealed record Outcome(string Text, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Skipped);

    /// <summary>Applies the first fix of each diagnostic in <paramref name="diagnostics"/>.</summary>
    public static Outcome Apply(string text, IEnumerable<Diagnostic> diagnostics) =>
        Apply(text, diagnostics.Where(d => d.Fixes.Count > 0).Select(d => (d, d.Fixes[0])));

    public static Outcome Apply(string text, IEnumerable<(Diagnostic Diagnostic, Fix Fix)> chosen)
    {
        var (written, taken, skipped) = Apply(text, chosen, c => c.Fix.Edits);
        return new Outcome(written, taken.Select(t => t.Diagnostic).ToList(), skipped.Select(t => t.Diagnostic).ToList());
    }

    /// <summary>Applies each item's edits, in order of their first edit, skipping an item whose edits overlap one
    /// already taken. Any caller with edits (a checker's diagnostics, a peer's flags in an evaluation) goes through
    /// here, so all fixes are applied by the same rules.</summary>
    public static (string Text, List<T> Taken, List<T> Skipped) Apply<T>(string text, IEnumerable<T> items, Func<T, IReadOnlyList<TextEdit>> editsOf)
    {
        var taken = new List<T>();
        var skipped = new List<T>();
        var claimed = new ClaimedSpans();
        foreach (var item in items.Where(i => editsOf(i).Count > 0).OrderBy(i => editsOf(i).Min(e => e.Span.Start)))
        {
            var itemEdits = editsOf(item);
            if (itemEdits.Any(e => e.Span.Start < 0 || e.Span.End > text.Length || claimed.Conflicts(e)))
            {
                skipped.Add(item);
                continue;
            }
            foreach (var e in itemEdits) claimed.Add(e.Span.Start, e.Span.End);
            taken.Add(item);
        }
        // Non-overlapping edits, written in one forward pass: the same result as applying them from the end backwards.
        var edits = taken.SelectMany(editsOf).OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var builder = new StringBuilder(text.Length + 64);
        int position = 0;
        foreach (var edit in edits)
        {
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }
        builder.Append(text, position, text.Length - position);
        return (builder.ToString(), taken, skipped);
    }

    /// <summary>The spans already taken, sorted by start, so a conflict is found by binary search rather than by
    /// comparing with every earlier fix (a novel can have tens of thousands of fixes).</summary>
    private sealed class ClaimedSpans
    {
        private readonly List<(int Start, int End)> _spans = new();
        private int _longest;

        public void Add(int start, int end)
        {
            int index = FirstStartingAfter(start);
            _spans.Insert(index, (start, end));
            _longest = Math.Max(_longest, end - start);
        }

        /// <summary>Only spans starting within the longest claimed length before the edit, up to its end, can touch it.</summary>
        public bool Conflicts(TextEdit edit)
        {
            for (int i = FirstStartingAfter(edit.Span.Start - _longest - 1); i < _spans.Count && _spans[i].Start <= edit.Span.End; i++)
                if (Overlaps(_spans[i], edit)) return true;
            return false;
        }

        private int FirstStartingAfter(int offset)
        {
            int lo = 0, hi = _spans.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_spans[mid].Start <= offset) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    /// <summary>Two edits conflict when their spans overlap, or both insert at the same point.</summary>
    private static bool Overlaps((int Start, int End) claimed, TextEdit edit) =>
        edit.Span.Start < claimed.End && claimed.Start < edit.Span.End
        || (edit.Span.Length == 0 && edit.Span.Start >= claimed.Start && edit.Span.Start <= claimed.End && claimed.Start != claimed.End)
        || (edit.Span.Start == claimed.Start && (edit.Span.Length == 0 || claimed.Start == claimed.End));
}
