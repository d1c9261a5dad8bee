using Galley.Rules;

namespace Galley.Tests;

public class RuleDocumentationTests
{
    [Fact]
    public void Docs_pages_match_the_rules()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "docs", "rules");
        foreach (var rule in RuleCatalog.All)
        {
            var path = Path.Combine(folder, rule.Info.Id + ".md");
            Assert.True(File.Exists(path), $"docs/rules/{rule.Info.Id}.md is missing: run `dotnet run --project src/Galley.Cli -- rules --docs docs/rules`.");
            Assert.True(File.ReadAllText(path) == RuleDocumentation.Page(rule),
                $"docs/rules/{rule.Info.Id}.md is out of date: run `dotnet run --project src/Galley.Cli -- rules --docs docs/rules`.");
        }
        Assert.Equal(RuleDocumentation.Index(RuleCatalog.All), File.ReadAllText(Path.Combine(folder, "README.md")));
    }
}
