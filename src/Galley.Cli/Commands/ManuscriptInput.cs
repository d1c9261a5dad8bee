using Galley.Formats;
using Galley.Formats.Text;
using Galley.Source;

namespace Galley.Cli.Commands;

/// <summary>Reads the manuscripts a command is given: files in any format Galley knows (by extension), or "-" for
/// standard input (plain text).</summary>
internal static class ManuscriptInput
{
    public static FormattedSource ReadFormatted(string path, ConsoleIO io)
    {
        if (path == "-")
        {
            // The real standard input is read as bytes, so bad encodings and binary data are refused as for files.
            string text = ReferenceEquals(io.In, Console.In)
                ? SourceText.FromStream(Console.OpenStandardInput(), "<stdin>").Text
                : io.In.ReadToEnd();
            return PlainTextFormat.FromText("<stdin>", text, System.Text.Encoding.UTF8.GetBytes(text));
        }
        return ManuscriptFormats.Read(path);
    }

    /// <summary>The files a command's arguments name: a folder stands for the manuscripts in it and its subfolders
    /// (every extension a format reads), in ordinal order of their paths; files and "-" stand for themselves.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var extensions = ManuscriptFormats.All.SelectMany(f => f.Extensions).Where(e => e.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var paths = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument != "-" && Directory.Exists(argument))
                paths.AddRange(Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(f => extensions.Contains(Path.GetExtension(f)) && !IsGalleyOutput(f) && !InHiddenFolder(argument, f))
                    .Order(StringComparer.Ordinal));
            else paths.Add(argument);
        }
        return paths;
    }

    /// <summary>A copy galley fix wrote (FILE.fixed.EXT beside FILE): checking it too would report every problem twice.
    /// (Its backups, FILE.EXT.bak, have no manuscript extension.) Named on the command line, it is still checked.</summary>
    private static bool IsGalleyOutput(string file)
    {
        var stem = Path.GetFileNameWithoutExtension(file);
        return stem.EndsWith(".fixed", StringComparison.OrdinalIgnoreCase)
            && File.Exists(Path.Combine(Path.GetDirectoryName(file) ?? "", stem[..^".fixed".Length] + Path.GetExtension(file)));
    }

    /// <summary>Folders such as .galley and .git hold settings and history, not the writer's chapters.</summary>
    private static bool InHiddenFolder(string root, string file) =>
        Path.GetRelativePath(root, Path.GetDirectoryName(file) ?? root).Split(Path.DirectorySeparatorChar).Any(part => part.Length > 1 && part[0] == '.' && part != "..");

    /// <summary>Checks a manuscript's prose and leaves out what its inline switches (&lt;!-- galley-disable … --&gt;) turn
    /// off; a switch naming no rule is said on standard error.</summary>
    public static Galley.Checking.CheckResult Check(FormattedSource formatted, Galley.Checking.CheckOptions options, ConsoleIO io)
    {
        var result = Galley.Checking.Checker.Check(formatted.Text, options);
        var kept = InlineSwitches.Apply(formatted, result.Diagnostics, warning => { lock (io) io.Error.WriteLine($"galley: warning: {warning}"); });
        return ReferenceEquals(kept, result.Diagnostics) ? result : result with { Diagnostics = kept };
    }

    /// <summary>The prose of a manuscript in any format, for commands that need no way back into the file.</summary>
    public static SourceText Read(string path, ConsoleIO io) => ToSource(ReadFormatted(path, io));

    /// <summary>The prose the checker reads, under the file's name.</summary>
    public static SourceText ToSource(FormattedSource formatted) => new(formatted.Path, formatted.Text);
}
