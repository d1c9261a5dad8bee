namespace Galley.Tests;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the folder above the test assembly that holds Galley.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository, or beside the folder of worktrees a checkout sits in (../../shared),
    /// when present (the samples and evaluation data).</summary>
    public static string? Shared => new[] { Path.Combine(Root, "..", "shared"), Path.Combine(Root, "..", "..", "shared") }
        .Where(Directory.Exists).Select(Path.GetFullPath).FirstOrDefault();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Galley.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
