using Galley.Formats.Mapping;

namespace Galley.Formats.Text;

/// <summary>Plain text: the identity case, the prose is the file.</summary>
public sealed class PlainTextFormat : IManuscriptFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ""];

    public FormattedSource Read(string path, byte[] bytes)
    {
        var text = TextEncoding.Decode(bytes, path);
        return FromText(path, text, bytes);
    }

    public static FormattedSource FromText(string path, string text, byte[] original)
    {
        var node = new SourceStringNode(text);
        var prose = new ProseBuilder();
        prose.AppendMapped(node, 0, text.Length);
        return new FormattedSource(path, "txt", prose.Build(), original, _ => TextEncoding.Encode(node.Value, original), text);
    }
}
