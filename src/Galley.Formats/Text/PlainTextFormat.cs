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
        // Inline switches (<!-- galley-disable … -->) are blanked out of the prose, keeping every other character at
        // its offset and line: the switch is neither checked nor counted in the story report.
        int at = 0;
        foreach (var comment in InlineSwitches.Find(text))
        {
            prose.AppendMapped(node, at, comment.Start - at);
            prose.AppendSynthetic(string.Create(comment.End - comment.Start, (text, comment.Start), static (span, state) =>
            {
                for (int i = 0; i < span.Length; i++) span[i] = state.text[state.Start + i] is '\n' or '\r' ? state.text[state.Start + i] : ' ';
            }));
            at = comment.End;
        }
        prose.AppendMapped(node, at, text.Length - at);
        return new FormattedSource(path, "txt", prose.Build(), original, _ => TextEncoding.Encode(node.Value, original), text);
    }
}
