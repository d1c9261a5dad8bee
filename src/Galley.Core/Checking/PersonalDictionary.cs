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
        var temporary = file + ".tmp";
        File.WriteAllLines(temporary, ["# Words Galley accepts in manuscripts in this folder and below it.", .. existing.Order(StringComparer.Ordinal)]);
        File.Move(temporary, file, overwrite: true);
        return added;
    }
}
