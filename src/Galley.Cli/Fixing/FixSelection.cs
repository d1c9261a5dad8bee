using Galley.Output;
using Galley.Cli.Output;
using Galley.Diagnostics;
using Galley.Formats;

namespace Galley.Cli.Fixing;

/// <summary>Which diagnostics galley fix may apply: safe fixes (or, when asked, every diagnostic's first fix), limited by --rule and --category, whose edits fall on
/// text that exists in the source file (not on markup or synthesized paragraph breaks).</summary>
internal sealed class FixSelection(IReadOnlyCollection<string> rules, IReadOnlyCollection<string> categories, bool includeUnsafe = false)
{
    /// <summary>Safe fixes; with <c>includeUnsafe</c>, also the best suggestion of diagnostics that offer several.</summary>
    public bool Wants(Diagnostic diagnostic) =>
        (diagnostic.HasSafeFix || (includeUnsafe && diagnostic.Fixes.Count > 0)) && Matches(diagnostic);

    /// <summary>Whether --rule and --category (when given) name the diagnostic's rule and category.</summary>
    public bool Matches(Diagnostic diagnostic) =>
        (rules.Count == 0 || rules.Any(r => string.Equals(r, diagnostic.RuleId, StringComparison.OrdinalIgnoreCase) || string.Equals(r, diagnostic.Rule.Name, StringComparison.OrdinalIgnoreCase)))
        && (categories.Count == 0 || categories.Any(c => SameCategory(c, diagnostic.Category)));

    /// <summary>The wanted diagnostics, split into those that can be written into the file and those that cannot.</summary>
    public (List<Diagnostic> Fixable, List<Diagnostic> Unmappable) Choose(FormattedSource source, IEnumerable<Diagnostic> diagnostics)
    {
        var fixable = new List<Diagnostic>();
        var unmappable = new List<Diagnostic>();
        foreach (var d in diagnostics.Where(Wants))
            (d.Fixes[0].Edits.All(source.Map.CanMap) ? fixable : unmappable).Add(d);
        return (fixable, unmappable);
    }

    private static bool SameCategory(string name, Category category) =>
        string.Equals(Normalize(name), Normalize(DiagnosticView.CategoryName(category)), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string name) => name.Replace("-", "").Replace("_", "");
}
