using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Galley.Formats.Mapping;

namespace Galley.Formats.Html;

/// <summary>Reads the prose of an HTML document in reading order: block elements make paragraphs, runs of
/// white space read as one space, scripts, styles and other non-prose elements are skipped.</summary>
internal static class HtmlProse
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "video", "audio", "select", "textarea", "button", "code", "kbd", "samp",
    };

    /// <summary>Skipped inline elements that stand for a word of the sentence.</summary>
    private static readonly HashSet<string> InlineCode = new(StringComparer.OrdinalIgnoreCase) { "code", "kbd", "samp" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>Hidden elements, navigation (an EPUB's table of contents) and the tag lists fiction archives put
    /// before a story (&lt;dl class="tags"&gt;) are not the story's prose.</summary>
    private static bool IsNotProse(IElement element) =>
        element.HasAttribute("hidden")
        || element.LocalName == "nav"
        || (element.LocalName == "dl" && element.ClassList.Contains("tags"));

    public static IDocument Parse(string source)
    {
        // The HTML parser never fetches or expands external entities, so XHTML's DTDs are inert here.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        return parser.ParseDocument(source);
    }

    /// <summary>Appends the document's prose; <paramref name="source"/> is the markup it was parsed from.</summary>
    public static void Read(IDocument document, string source, ProseBuilder prose, HtmlChapter? chapter)
    {
        var reader = new Reader(prose, chapter, new HtmlSourceCursor(source), prose.ParagraphsEnded);
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is not null) reader.Visit(root, preformatted: false);
        prose.BreakParagraph();
    }

    private sealed record Reader(ProseBuilder Prose, HtmlChapter? Chapter, HtmlSourceCursor Cursor, int FirstParagraph)
    {
        public void Visit(INode node, bool preformatted)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    AddText(new HtmlTextNode(text, Prose.ParagraphsEnded - FirstParagraph + 1, Chapter, Cursor), Prose, Cursor, preformatted);
                    continue;
                }
                if (child is not IElement element) continue;
                string name = element.LocalName;
                var at = element.SourceReference?.Position;
                if (Skipped.Contains(name) || IsNotProse(element))
                {
                    if (at is { } skipped) Cursor.SkipElement(name, skipped.Line, skipped.Column);
                    if (!preformatted && InlineCode.Contains(name)) Prose.AppendSynthetic(ProseBuilder.ObjectPlaceholder);
                    continue;
                }
                if (at is { } position) Cursor.SeekElement(position.Line, position.Column);
                if (name == "br") { Prose.AppendSynthetic("\n"); continue; }
                bool block = Blocks.Contains(name);
                if (block) Prose.BreakParagraph();
                Visit(element, preformatted || name == "pre");
                if (block) Prose.BreakParagraph();
            }
        }
    }

    /// <summary>Non-space text is mapped verbatim; a single space is mapped too, longer white space reads as one synthetic space.</summary>
    private static void AddText(HtmlTextNode node, ProseBuilder prose, HtmlSourceCursor cursor, bool preformatted)
    {
        string data = node.Value;
        if (preformatted)
        {
            int at = cursor.Find(data);
            if (at >= 0) node.Anchor(0, at, data.Length);
            prose.AppendMapped(node, 0, data.Length);
            return;
        }
        int i = 0;
        bool previousFound = false; // a space is anchored only right after a word that was
        while (i < data.Length)
        {
            int start = i;
            if (IsSpace(data[i]))
            {
                while (i < data.Length && IsSpace(data[i])) i++;
                if (IsSpace(prose.LastChar)) continue;
                if (i - start == 1 && data[start] == ' ')
                {
                    prose.AppendMapped(node, start, 1);
                    int at = previousFound ? cursor.FindNext(' ') : -1;
                    if (at >= 0) node.Anchor(start, at, 1);
                }
                else prose.AppendSynthetic(" ");
            }
            else
            {
                while (i < data.Length && !IsSpace(data[i])) i++;
                int at = cursor.Find(data[start..i]);
                previousFound = at >= 0;
                if (previousFound) node.Anchor(start, at, i - start);
                prose.AppendMapped(node, start, i - start);
            }
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
