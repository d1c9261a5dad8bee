using Galley.Document;
using Galley.Rules.RealWord;

namespace Galley.Checking;

/// <summary>How often the manuscript writes each word (in lowercase) and each pair of words a closed word may be split
/// into (any thing, some one), so a rule can tell a writer's consistent habit from a slip: a form written several
/// times while the form a rule would suggest is rare or absent (period fiction's <c>every thing</c>, <c>surprize</c>,
/// <c>judgment</c> in British text) is the manuscript's style.</summary>
internal static class WrittenForms
{
    /// <summary>Uses of a form that make it a habit, when its alternative is rare.</summary>
    public const int HabitUses = 3;

    /// <summary>A habit's alternative may appear at most once for every this many uses of the habit.</summary>
    public const int HabitMajority = 4;

    public static Dictionary<string, int> Count(Manuscript m)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = m.Tokens;
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord) continue;
            var lower = m.DistinctLower[m.LowerIndex(t)];
            counts[lower] = counts.GetValueOrDefault(lower) + 1;
            if (t + 1 < tokens.Length && tokens[t + 1].IsWord && m.ParagraphOf(t) == m.ParagraphOf(t + 1)
                && SplitWords.OlderSplitKey(lower, m.DistinctLower[m.LowerIndex(t + 1)]) is { } pair)
                counts[pair] = counts.GetValueOrDefault(pair) + 1;
        }
        return counts;
    }

    /// <summary>The manuscript writes <paramref name="form"/> (lowercase; two words joined by one space) at least
    /// <see cref="HabitUses"/> times, and <paramref name="alternative"/> rarely beside it. A part of a manuscript reads
    /// the whole's counts.</summary>
    public static bool IsHabit(CheckContext context, string form, string alternative)
    {
        int uses = CountOf(context, form);
        return uses >= HabitUses && CountOf(context, alternative) * HabitMajority <= uses;
    }

    /// <summary>Whether the manuscript writes the forms, together, at least <see cref="HabitUses"/> times.</summary>
    public static bool UsesOften(CheckContext context, IEnumerable<string> forms)
    {
        int uses = 0;
        foreach (var form in forms)
            if ((uses += CountOf(context, form, HabitUses)) >= HabitUses) return true;
        return false;
    }

    /// <summary>How often the manuscript writes the form, up to <paramref name="enough"/>.</summary>
    private static int CountOf(CheckContext context, string form, int enough = int.MaxValue)
    {
        if (context.Document is not null) return context.DocumentCount(DocumentTally.WrittenForms, form, enough);
        return context.Memo(static c => new Counts(Count(c.Manuscript))).Of.GetValueOrDefault(form);
    }

    private sealed record Counts(Dictionary<string, int> Of);
}
