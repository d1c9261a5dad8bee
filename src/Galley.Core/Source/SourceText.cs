namespace Galley.Source;

/// <summary>A manuscript's text as read from its file, with line/column lookup.</summary>
public sealed class SourceText
{
    private LineIndex? _lines;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }
    public string Text { get; }
    public LineIndex Lines => _lines ??= new LineIndex(Text);

    /// <summary>Largest file Galley reads; above it the user is told to split the manuscript.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    public static SourceText FromFile(string path) => new(path, TextDecoder.Decode(ReadBytes(path), path));

    /// <summary>A file's bytes, refusing folders, missing files and files above <see cref="MaxFileBytes"/> with a message for the user.</summary>
    public static byte[] ReadBytes(string path)
    {
        FileInfo info;
        try { info = new FileInfo(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { throw new InputException($"{path}: not a valid file name."); }
        if (Directory.Exists(path)) throw new InputException($"{path}: is a folder, not a file.");
        if (!info.Exists) throw new InputException($"{path}: no such file.");
        if (info.Length > MaxFileBytes)
            throw new InputException($"{path}: {info.Length / (1024 * 1024)} MB is larger than the {MaxFileBytes / (1024 * 1024)} MB Galley reads at once; split the manuscript into chapters.");
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new InputException($"{path}: cannot be read ({e.Message})."); }
    }

    public static SourceText FromStream(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            // Stop at the limit rather than reading an endless stream into memory.
            if (buffer.Length + read > MaxFileBytes)
                throw new InputException($"{name}: input larger than the {MaxFileBytes / (1024 * 1024)} MB Galley reads at once; split the manuscript into chapters.");
            buffer.Write(chunk, 0, read);
        }
        return new SourceText(name, TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name));
    }
}
