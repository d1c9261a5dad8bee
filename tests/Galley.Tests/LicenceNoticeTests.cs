using System.Text.RegularExpressions;

namespace Galley.Tests;

/// <summary>THIRD-PARTY-NOTICES.md, which every package carries, covers every source data/PROVENANCE.md names, so a
/// new data source cannot ship without its notice.</summary>
public sealed partial class LicenceNoticeTests
{
    [Fact]
    public void Every_data_source_in_the_provenance_table_has_a_notice()
    {
        string notices = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "THIRD-PARTY-NOTICES.md"));
        var sources = SourcePackages(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "data", "PROVENANCE.md")));

        Assert.Contains("@cspell/dict-en-common-misspellings", sources);   // the table was read
        Assert.All(sources, source => Assert.Contains($"`{source}`", notices));
    }

    /// <summary>The packages named in backquotes in the table's source column, leaving out file names (`dict-en.json`).</summary>
    private static List<string> SourcePackages(string[] provenance) =>
        provenance.Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|')[2])
            .SelectMany(source => Quoted().Matches(source).Select(m => m.Groups[1].Value))
            .Where(name => !FileName().IsMatch(name))
            .Distinct()
            .ToList();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\.(txt|tsv|json)$")]
    private static partial Regex FileName();
}
