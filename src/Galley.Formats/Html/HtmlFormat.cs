using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Xhtml;
using Galley.Formats.Mapping;
using Galley.Formats.Text;

namespace Galley.Formats.Html;

/// <summary>HTML and XHTML (AngleSharp): the body's prose in reading order. Fixes change text nodes only and
/// the document is written back with the same elements and attributes (XHTML stays well-formed XML).</summary>
public sealed class HtmlFormat : IManuscriptFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public FormattedSource Read(string path, byte[] bytes) => FromText(path, TextEncoding.Decode(bytes, path), bytes);

    /// <summary>Reads HTML already decoded (an editor's buffer); <paramref name="bytes"/> is what writing back encodes like.</summary>
    public static FormattedSource FromText(string path, string text, byte[] bytes)
    {
        bool xhtml = path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);
        var (declaration, markup) = XmlDeclaration.Split(text);
        var document = HtmlProse.Parse(markup, path);
        var prose = new ProseBuilder();
        HtmlProse.Read(document, markup, prose, chapter: null);
        return new FormattedSource(path, xhtml ? "xhtml" : "html", prose.Build(), bytes,
            edits => TextEncoding.Encode(HtmlSourcePatch.Apply(text, edits) ?? Serialize(document, xhtml, declaration), bytes), text);
    }

    internal static string Serialize(IDocument document, bool xhtml, string declaration) =>
        declaration + (xhtml ? document.ToHtml(XhtmlMarkupFormatter.Instance) : document.ToHtml());
}

/// <summary>An XML declaration (&lt;?xml …?&gt;) is not HTML: it is set aside before parsing and put back when writing.</summary>
internal static class XmlDeclaration
{
    /// <summary>The declaration with its line break, and the text with the declaration blanked out by spaces
    /// (so the parser's line and column positions still match the file).</summary>
    public static (string Declaration, string Markup) Split(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        if (!text.AsSpan(start).StartsWith("<?xml", StringComparison.Ordinal)) return ("", text);
        int end = text.IndexOf("?>", start, StringComparison.Ordinal);
        if (end < 0) return ("", text);
        end += 2;
        int next = end;
        while (next < text.Length && text[next] is '\r' or '\n') next++;
        var blanked = new string(' ', end).ToCharArray();
        for (int i = 0; i < end; i++) if (text[i] is '\r' or '\n') blanked[i] = text[i];
        return (text[..next], new string(blanked) + text[end..]);
    }
}
