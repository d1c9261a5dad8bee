using System.Diagnostics.CodeAnalysis;
using Galley.Checking;

namespace Galley.Rules;

/// <summary>Every rule Galley has, found once by reflection over this assembly, ordered by ID.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<Rule>> Rules = new(Discover);

    public static IReadOnlyList<Rule> All => Rules.Value;

    public static IEnumerable<Rule> Enabled(CheckOptions options) => All.Where(r =>
        !options.DisabledRules.Any(n => RuleNames.Names(r, n)) && (r.Info.EnabledByDefault || options.EnabledRules.Any(n => RuleNames.Names(r, n))));

    public static Rule? Find(string idOrName) =>
        All.FirstOrDefault(r => string.Equals(r.Info.Id, idOrName, StringComparison.OrdinalIgnoreCase) || r.Info.Name == idOrName);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Rule types live in this assembly, which a trimmed or native build keeps whole (TrimmerRootAssembly: Galley.Cli.csproj for the tool, buildTransitive/Galley.Core.targets for apps using the package).")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Rule types live in this assembly, which a trimmed or native build keeps whole (TrimmerRootAssembly: Galley.Cli.csproj for the tool, buildTransitive/Galley.Core.targets for apps using the package).")]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Rule types live in this assembly, which a trimmed or native build keeps whole (TrimmerRootAssembly: Galley.Cli.csproj for the tool, buildTransitive/Galley.Core.targets for apps using the package).")]
    private static IReadOnlyList<Rule> Discover()
    {
        var rules = typeof(Rule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Info.Id, StringComparer.Ordinal)
            .ToList();
        var duplicate = rules.GroupBy(r => r.Info.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two rules share the ID {duplicate.Key}.");
        return rules;
    }
}
