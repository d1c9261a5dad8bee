namespace Galley.Checking;

/// <summary>The writer's own words: .galley/words.txt in the manuscript's folder and every folder above it,
/// one word per line, # for comments. Shared by the command line and the language server.</summary>
public static class PersonalDictionary
{
    public const string RelativePath = ".galley/words.txt";

    public static HashSet<string> For(string manuscriptPath)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        string? folder = manuscriptPath == "-" ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(manuscriptPath));
        for (; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var file = Path.Combine(folder, RelativePath);
            if (File.Exists(file)) words.UnionWith(Read(file));
        }
        return words;
    }

    public static IEnumerable<string> Read(string file) =>
        File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    /// <summary>Adds words to the folder's list, keeping it sorted and free of duplicates; returns the words that were new.</summary>
    public static IReadOnlyList<string> Add(string folder, IEnumerable<string> words)
    {
        var file = Path.Combine(folder, RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var existing = File.Exists(file) ? Read(file).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
        var added = words.Select(w => w.Trim()).Where(w => w.Length > 0 && existing.Add(w)).ToList();
        Write(file, existing);
        return added;
    }

    /// <summary>Removes words from the folder's own list (not those of the folders above it); returns the words removed
    /// and those that were not in the list, so the caller can say so.</summary>
    public static (IReadOnlyList<string> Removed, IReadOnlyList<string> Missing) Remove(string folder, IEnumerable<string> words)
    {
        var file = Path.Combine(folder, RelativePath);
        var existing = File.Exists(file) ? Read(file).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        var missing = new List<string>();
        foreach (var word in words.Select(w => w.Trim()).Where(w => w.Length > 0))
            (existing.Remove(word) ? removed : missing).Add(word);
        if (removed.Count > 0) Write(file, existing);
        return (removed, missing);
    }

    // Through a temporary file, so an interrupted write never leaves half a list.
    private static void Write(string file, IEnumerable<string> words)
    {
        var temporary = file + ".tmp";
        File.WriteAllLines(temporary, ["# Words Galley accepts in manuscripts in this folder and below it.", .. words.Order(StringComparer.Ordinal)]);
        File.Move(temporary, file, overwrite: true);
    }
}
