namespace Galley.Rules;

/// <summary>Rules turned on and off by layers that override one another in order — the project's settings files from
/// the outermost folder in, then the command line or the editor — resolved to rule IDs, so a later layer's
/// <c>--enable GL5001</c> wins over an earlier layer's <c>"disable": ["style"]</c>. Within one layer, disabling wins,
/// as it always has on the command line.</summary>
public static class RuleSwitches
{
    public sealed record Layer(IReadOnlyCollection<string> Enable, IReadOnlyCollection<string> Disable);

    public static (HashSet<string> Enabled, HashSet<string> Disabled) Resolve(IEnumerable<Layer> layers)
    {
        var on = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var rule in Matching(layer.Enable)) on[rule] = true;
            foreach (var rule in Matching(layer.Disable)) on[rule] = false;
        }
        return (on.Where(p => p.Value).Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase),
                on.Where(p => !p.Value).Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Matching(IReadOnlyCollection<string> names) =>
        names.Count == 0 ? [] : RuleCatalog.All.Where(r => names.Any(n => RuleNames.Names(r, n))).Select(r => r.Info.Id);
}
