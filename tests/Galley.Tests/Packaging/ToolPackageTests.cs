namespace Galley.Tests.Packaging;

/// <summary>`dotnet pack` gives a working `dotnet tool` and packages that say what they are and under which licence.</summary>
[Collection(PackagingCollection.Name)]
[Trait("Category", "Packaging")]
public sealed class ToolPackageTests(PackedPackages packages)
{
    [Fact]
    public void The_tool_installs_from_its_package_and_checks_the_sample()
    {
        PackedPackages.SkipWithoutDotnet();
        packages.EnsurePacked();
        string tools = Path.Combine(packages.Root, "tools");

        var install = DotnetCli.Dotnet(packages.Root, "tool", "install", "Galley", "--tool-path", tools,
            "--configfile", packages.NuGetConfig, "--version", PackedPackages.Version);
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed: {install}");

        string galley = Path.Combine(tools, OperatingSystem.IsWindows() ? "galley.exe" : "galley");
        var check = DotnetCli.Run(galley, RepositoryPaths.Root, "check", "samples/draft.txt");
        Assert.True(check.ExitCode == 1, $"galley check should find problems (exit code 1): {check}");
        Assert.Contains("samples/draft.txt:3:239: error[GL0001] “beleived” is not in the dictionary.", check.Output);
    }

    [Theory]
    [InlineData("Galley")]
    [InlineData("Galley.Core")]
    [InlineData("Galley.Formats")]
    public void A_package_carries_its_metadata_licence_readme_and_notices(string id)
    {
        PackedPackages.SkipWithoutDotnet();
        packages.EnsurePacked();
        var (metadata, entries) = packages.Open(id);
        string? Field(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(id, Field("id"));
        Assert.Equal(PackedPackages.Version, Field("version"));
        Assert.Equal("The Galley authors", Field("authors"));
        Assert.Equal("MIT", Field("license"));
        Assert.False(string.IsNullOrWhiteSpace(Field("description")));
        Assert.Contains("fiction", Field("tags"));
        string readme = Field("readme") ?? "";
        Assert.Contains(readme, entries);
        Assert.Contains("LICENSE", entries);
        Assert.Contains("THIRD-PARTY-NOTICES.md", entries);
    }

    [Fact]
    public void The_tool_is_marked_as_a_tool_and_the_library_holds_its_assembly_and_its_comments()
    {
        PackedPackages.SkipWithoutDotnet();
        packages.EnsurePacked();
        var (tool, toolEntries) = packages.Open("Galley");
        Assert.Contains(tool.Descendants(), e => e.Name.LocalName == "packageType" && (string?)e.Attribute("name") == "DotnetTool");
        Assert.Contains("tools/net10.0/any/galley.dll", toolEntries);

        var (_, libraryEntries) = packages.Open("Galley.Core");
        Assert.Contains("lib/net10.0/Galley.Core.dll", libraryEntries);
        Assert.Contains("lib/net10.0/Galley.Core.xml", libraryEntries);
    }
}
