using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;

namespace Galley.Tests.Packaging;

/// <summary>The solution packed once (`dotnet pack`, of the build these tests run against) into a temporary folder,
/// with a NuGet configuration that installs Galley's packages from that folder only. Packing and installing take a
/// minute or so, so the packaging tests share it.</summary>
public sealed class PackedPackages : IDisposable
{
    public const string Version = "0.1.0";

    /// <summary>Each packaging test starts by calling this: without the dotnet command there is nothing to pack with.</summary>
    public static void SkipWithoutDotnet()
    {
        if (DotnetCli.Path is null) Assert.Skip("The dotnet command is not installed.");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "galley-packaging", Guid.NewGuid().ToString("N"));
    public string Feed => Path.Combine(Root, "feed");
    public string NuGetConfig => Path.Combine(Root, "nuget.config");

    private readonly Lazy<DotnetCli.Result> _pack;

    public PackedPackages()
    {
        _pack = new Lazy<DotnetCli.Result>(Pack);
    }

    /// <summary>Packs on first use (not in the constructor, so a machine without dotnet skips rather than fails).</summary>
    public void EnsurePacked()
    {
        var pack = _pack.Value;
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed: {pack}");
        // NuGet's own warnings (NU5xxx) are about the packages' metadata: a missing readme, licence or description.
        Assert.DoesNotContain("warning NU", pack.Output + pack.Error);
    }

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>The package's manifest (its .nuspec) and the names of the files it holds.</summary>
    public (XElement Metadata, IReadOnlyList<string> Entries) Open(string id)
    {
        using var zip = ZipFile.OpenRead(PackagePath(id));
        var nuspec = zip.Entries.Single(e => e.FullName == id + ".nuspec");
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return (metadata, zip.Entries.Select(e => e.FullName).ToList());
    }

    private DotnetCli.Result Pack()
    {
        Directory.CreateDirectory(Feed);
        var result = DotnetCli.Dotnet(RepositoryPaths.Root, "pack", "Galley.slnx", "-c", BuildConfiguration, "--no-build", "-o", Feed);
        if (result.ExitCode == 0) File.WriteAllText(NuGetConfig, ConfigurationFor(Feed, Path.Combine(Root, "packages"), GlobalPackagesFolder()));
        return result;
    }

    /// <summary>Galley's packages come from the feed only (source mapping), never from a cache holding an older build
    /// of the same version; their dependencies (Markdig, OpenXml…) from the machine's packages folder, which the
    /// build these tests run against has filled. Restores extract into a folder of their own.</summary>
    private static string ConfigurationFor(string feed, string packages, string machinePackages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config><add key="globalPackagesFolder" value="{packages}" /></config>
          <packageSources>
            <clear />
            <add key="galley" value="{feed}" />
            <add key="machine" value="{machinePackages}" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="galley"><package pattern="Galley" /><package pattern="Galley.*" /></packageSource>
            <packageSource key="machine"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    private string GlobalPackagesFolder()
    {
        var listing = DotnetCli.Dotnet(Root, "nuget", "locals", "global-packages", "--list");
        const string prefix = "global-packages:";
        var line = listing.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(line is not null, $"dotnet nuget locals printed no packages folder: {listing}");
        return line[prefix.Length..].Trim();
    }

    /// <summary>Debug or Release: the configuration this test assembly (and so the projects it references) was built in.</summary>
    private static string BuildConfiguration { get; } = typeof(PackedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    public void Dispose()
    {
        try { if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true); }
        catch (IOException) { }   // a leftover temporary folder is harmless
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The packaging tests: slow (they pack, install and build), so one collection shares one pack and runs its
/// tests one after another. Leave them out with <c>--filter-not-trait "Category=Packaging"</c>.</summary>
[CollectionDefinition(Name)]
public sealed class PackagingCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packaging";
}
