using System.Reflection;

namespace Galley.Lexicon;

/// <summary>Reads the lexical data files embedded from the repository's data/ folder.</summary>
internal static class DataFiles
{
    private static readonly Assembly Assembly = typeof(DataFiles).Assembly;

    public static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream("data/" + name)
            ?? throw new InvalidOperationException($"Galley's data file {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Calls <paramref name="line"/> for each non-empty line that is not a # comment, split at tabs.</summary>
    public static void ForEachRow(string name, RowAction line)
    {
        string content = Read(name);
        var span = content.AsSpan();
        Span<Range> columns = stackalloc Range[8];
        while (span.Length > 0)
        {
            int newline = span.IndexOf('\n');
            var row = newline < 0 ? span : span[..newline];
            span = newline < 0 ? default : span[(newline + 1)..];
            if (row.Length > 0 && row[^1] == '\r') row = row[..^1];
            if (row.IsEmpty || row[0] == '#') continue;
            int count = row.Split(columns, '\t');
            line(row, columns[..count]);
        }
    }

    public delegate void RowAction(ReadOnlySpan<char> row, ReadOnlySpan<Range> columns);
}
