using System.Text.Json;
using System.Text.RegularExpressions;
using Galley.Server.Lsp;

namespace Galley.Tests.Server;

/// <summary>The VS Code extension (editors/vscode) offers the settings the language server reads and the docs list,
/// with values the server accepts. Its own behaviour is tested by scripts/vscode/build.sh, under Node.</summary>
public sealed partial class VsCodeExtensionTests
{
    private static readonly string Extension = Path.Combine(RepositoryPaths.Root, "editors", "vscode");

    /// <summary>The extension's own setting, which names the command rather than configuring the server.</summary>
    private const string CommandSetting = "galley.path";

    private static Dictionary<string, JsonElement> Contributed()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Extension, "package.json")));
        return manifest.RootElement.GetProperty("contributes").GetProperty("configuration").GetProperty("properties")
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    /// <summary>The rows of a page's settings tables: the setting's name and the rest of its row.</summary>
    private static Dictionary<string, string> TableRows(string page) => SettingRow().Matches(File.ReadAllText(page))
        .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["rest"].Value);

    [GeneratedRegex(@"^ *\| `(?<name>galley\.[A-Za-z]+)` \|(?<rest>.*)$", RegexOptions.Multiline)]
    private static partial Regex SettingRow();

    [Fact]
    public void The_extension_contributes_every_setting_the_editor_docs_and_its_own_readme_list()
    {
        var contributed = Contributed().Keys.Order().ToList();
        Assert.Contains(CommandSetting, contributed);
        Assert.Equal(contributed, TableRows(Path.Combine(RepositoryPaths.Root, "docs", "editors.md")).Keys.Order());
        Assert.Equal(contributed, TableRows(Path.Combine(Extension, "README.md")).Keys.Order());
    }

    [Fact]
    public void Each_choice_the_extension_offers_is_listed_in_the_docs_and_accepted_by_the_server()
    {
        var docs = TableRows(Path.Combine(RepositoryPaths.Root, "docs", "editors.md"));
        var choices = Contributed().Where(s => s.Value.TryGetProperty("enum", out _)).ToList();
        Assert.NotEmpty(choices);
        foreach (var (name, schema) in choices)
            foreach (var value in schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!))
            {
                Assert.Contains($"`\"{value}\"`", docs[name]);
                using var settings = JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, object>
                    { ["galley"] = new Dictionary<string, string> { [name["galley.".Length..]] = value } }));
                var log = new StringWriter();
                LspSettings.From(settings.RootElement, log);
                Assert.True(log.ToString() == "", $"{name} = {value}: {log}");
            }
    }
}
