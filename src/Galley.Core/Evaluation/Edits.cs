namespace Galley.Evaluation;

/// <summary>Replace units [Start, End) of a sequence with <see cref="Replacement"/>. Units are characters
/// (annotated fiction) or tokens (M2). An empty range inserts; an empty replacement deletes.</summary>
public sealed record UnitEdit<T>(int Start, int End, IReadOnlyList<T> Replacement)
{
    public bool Overlaps(int start, int end) => Spans.Overlap(Start, End, start, end);
}

/// <summary>An error marked by an annotator, with its category (one of <see cref="EvalCategories"/> or "other").</summary>
public sealed record GoldEdit<T>(UnitEdit<T> Edit, string Category, string Label);

/// <summary>One flag raised by a checker: the span it marks, the edits of its first fix (none when it offers no fix),
/// its category, a label to show when listing it and the rule that raised it.</summary>
public sealed record SystemFlag<T>(int Start, int End, IReadOnlyList<UnitEdit<T>> Fix, string Category, string Label, string Rule = "")
{
    public bool Overlaps(int start, int end) =>
        Spans.Overlap(Start, End, start, end) || Fix.Any(e => e.Overlaps(start, end));
}

internal static class Spans
{
    /// <summary>Half-open ranges overlap when they share a unit. A zero-width range (an insertion point) overlaps
    /// a range that contains or touches it, and another insertion at the same point.</summary>
    public static bool Overlap(int a, int b, int c, int d)
    {
        if (a == b && c == d) return a == c;
        if (a == b) return c <= a && a <= d;
        if (c == d) return a <= c && c <= b;
        return a < d && c < b;
    }
}
