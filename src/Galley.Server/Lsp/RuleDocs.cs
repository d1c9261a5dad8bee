using Galley.Rules;

namespace Galley.Server.Lsp;

/// <summary>Where a rule's documentation page is, for the link an editor shows beside a diagnostic: under the
/// configured base URL; else the repository's docs/rules when Galley runs from a checkout; else pages generated
/// once into a temporary folder, so the link always opens something.</summary>
internal static class RuleDocs
{
    private static readonly Lazy<string> LocalBase = new(FindOrWriteLocalPages);

    public static string Href(string ruleId, string? baseUrl)
    {
        var root = string.IsNullOrWhiteSpace(baseUrl) ? LocalBase.Value : baseUrl;
        return root.EndsWith('/') ? root + ruleId + ".md" : root + "/" + ruleId + ".md";
    }

    private static string FindOrWriteLocalPages()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var rules = Path.Combine(dir.FullName, "docs", "rules");
            if (File.Exists(Path.Combine(rules, "README.md")) && File.Exists(Path.Combine(dir.FullName, "Galley.slnx")))
                return new Uri(rules + Path.DirectorySeparatorChar).AbsoluteUri;
        }
        var folder = Path.Combine(Path.GetTempPath(), "galley-rules-" + typeof(RuleDocs).Assembly.GetName().Version);
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var rule in RuleCatalog.All)
                File.WriteAllText(Path.Combine(folder, rule.Info.Id + ".md"), RuleDocumentation.Page(rule));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the link is still well-formed */ }
        return new Uri(folder + Path.DirectorySeparatorChar).AbsoluteUri;
    }
}
