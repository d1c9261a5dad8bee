using System.Text.RegularExpressions;

namespace Galley.Tests.Packaging;

/// <summary>docs/library.md's example is a real program: its C# blocks, in order, are built in a new console project
/// that references Galley.Core and Galley.Formats from the packed packages, as a library user would, and what it
/// prints must be the output the page shows.</summary>
[Collection(PackagingCollection.Name)]
[Trait("Category", "Packaging")]
public sealed partial class LibraryPackageTests(PackedPackages packages)
{
    private static string LibraryPage => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "library.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_library_pages_example_builds_against_the_packages_and_prints_what_the_page_shows()
    {
        PackedPackages.SkipWithoutDotnet();
        packages.EnsurePacked();
        string project = Path.Combine(packages.Root, "example");
        Directory.CreateDirectory(project);
        File.Copy(packages.NuGetConfig, Path.Combine(project, "nuget.config"));
        File.WriteAllText(Path.Combine(project, "Example.csproj"), ProjectFile("Galley.Core", "Galley.Formats"));
        File.WriteAllText(Path.Combine(project, "Program.cs"), string.Join("\n", CodeBlocks(LibraryPage)));

        var run = DotnetCli.Dotnet(project, "run");
        Assert.True(run.ExitCode == 0, $"the example did not build or run: {run}");
        Assert.Equal(ShownOutput(LibraryPage), run.Output.ReplaceLineEndings("\n"));
    }

    /// <summary>Galley.Core finds its rules by reflection, so a trimmed or native app must keep it whole: the package's
    /// build file says so to every app that references it, even only through Galley.Formats.</summary>
    [Fact]
    public void A_trimmed_app_that_uses_the_packages_keeps_Galley_Core_whole()
    {
        PackedPackages.SkipWithoutDotnet();
        packages.EnsurePacked();
        string project = Path.Combine(packages.Root, "trimmed");
        Directory.CreateDirectory(project);
        File.Copy(packages.NuGetConfig, Path.Combine(project, "nuget.config"));
        File.WriteAllText(Path.Combine(project, "Trimmed.csproj"), ProjectFile("Galley.Formats"));
        var restore = DotnetCli.Dotnet(project, "restore");
        Assert.True(restore.ExitCode == 0, $"restore failed: {restore}");

        Assert.Equal(["Galley.Core"], RootAssemblies(project, "-p:PublishTrimmed=true"));
        Assert.Equal(["Galley.Core"], RootAssemblies(project, "-p:PublishAot=true"));
        Assert.Empty(RootAssemblies(project));
    }

    private static List<string> RootAssemblies(string project, params string[] properties)
    {
        var items = DotnetCli.Dotnet(project, ["msbuild", "-getItem:TrimmerRootAssembly", .. properties]);
        Assert.True(items.ExitCode == 0, $"msbuild failed: {items}");
        if (items.Output.Trim().Length == 0) return [];
        using var json = System.Text.Json.JsonDocument.Parse(items.Output);
        return json.RootElement.GetProperty("Items").TryGetProperty("TrimmerRootAssembly", out var roots)
            ? roots.EnumerateArray().Select(r => r.GetProperty("Identity").GetString()!).ToList()
            : [];
    }

    /// <summary>A console app that references the packages named, as installed by `dotnet add package`.</summary>
    private static string ProjectFile(params string[] packageIds) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            {string.Concat(packageIds.Select(id => $"<PackageReference Include=\"{id}\" Version=\"{PackedPackages.Version}\" />"))}
          </ItemGroup>
        </Project>
        """;

    private static List<string> CodeBlocks(string page) => CSharpBlock().Matches(page).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The text block after the heading "What the example prints".</summary>
    private static string ShownOutput(string page)
    {
        int section = page.IndexOf("## What the example prints", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/library.md has no \"What the example prints\" section");
        return TextBlock().Match(page, section).Groups[1].Value;
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex("```text\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();
}
