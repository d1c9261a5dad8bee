namespace Galley.Formats;

/// <summary>One file format Galley reads and writes fixes into.</summary>
public interface IManuscriptFormat
{
    /// <summary>File extensions, lowercase with the dot.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the file's bytes; bad input throws <see cref="Galley.Source.InputException"/>.</summary>
    FormattedSource Read(string path, byte[] bytes);
}
