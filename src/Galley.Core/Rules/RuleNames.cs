using Galley.Diagnostics;
using Galley.Lexicon;

namespace Galley.Rules;

/// <summary>The words a writer may use to name rules (--enable, --disable, the settings file, inline switches): a
/// rule's ID (GL0001), its name (spelling-unknown-word) or a category (spelling, real-word), in any case. A name that
/// is none of these is a mistake to report, never a switch that silently does nothing.</summary>
public static class RuleNames
{
    private static readonly Lazy<IReadOnlyList<string>> AllNames = new(() =>
        [.. RuleCatalog.All.Select(r => r.Info.Id), .. RuleCatalog.All.Select(r => r.Info.Name),
         .. Enum.GetValues<Category>().Select(Output.DiagnosticView.CategoryName)]);

    /// <summary>Every name accepted: the IDs, then the rule names, then the categories.</summary>
    public static IReadOnlyList<string> All => AllNames.Value;

    /// <summary>Whether <paramref name="name"/> names <paramref name="rule"/>: its ID, its name or its category.</summary>
    public static bool Names(Rule rule, string name) =>
        string.Equals(name, rule.Info.Id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, rule.Info.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Plain(name), Plain(Output.DiagnosticView.CategoryName(rule.Info.Category)), StringComparison.OrdinalIgnoreCase);

    public static bool IsKnown(string name) => All.Any(known => string.Equals(Plain(known), Plain(name), StringComparison.OrdinalIgnoreCase));

    /// <summary>The accepted name closest to a mistyped one (GL00001 → GL0001), or null when none is close enough to be a
    /// likely slip: at most a third of its letters apart, and at least two.</summary>
    public static string? Nearest(string name)
    {
        int limit = Math.Max(2, name.Length / 3);
        string? best = null;
        int bestDistance = limit + 1;
        foreach (var known in All)
        {
            int distance = EditDistance.Between(name, known, bestDistance - 1, ignoreCase: true);
            if (distance < bestDistance) (best, bestDistance) = (known, distance);
        }
        return best;
    }

    /// <summary>The message for a name that names no rule, with the nearest real one; null when the name is known.</summary>
    public static string? Unknown(string name) => IsKnown(name) ? null
        : $"unknown rule \"{name}\"" + (Nearest(name) is { } near ? $" (did you mean {near}?)" : " (galley rules lists them all)");

    // Categories are accepted with or without their hyphen (real-word, realword), as --category always allowed.
    private static string Plain(string name) => name.Replace("-", "").Replace("_", "");
}
