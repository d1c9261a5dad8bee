using AngleSharp.Dom;
using Galley.Formats.Mapping;

namespace Galley.Formats.Html;

/// <summary>An HTML text node. Standalone HTML locates by line and column (from the parser's source reference);
/// inside an .epub by chapter, part and paragraph.</summary>
internal sealed class HtmlTextNode(IText text, int paragraph, HtmlChapter? chapter, HtmlSourceCursor cursor) : TextNode
{
    /// <summary>Offsets in the text node paired with where that character stands in the source, ascending.</summary>
    private readonly List<(int NodeOffset, int SourceOffset)> _anchors = new();

    public override string Value
    {
        get => text.Data;
        set
        {
            text.Data = value;
            if (chapter is not null) chapter.Changed = true;
        }
    }

    public void Anchor(int nodeOffset, int sourceOffset) => _anchors.Add((nodeOffset, sourceOffset));

    public override SourceLocation Locate(int offset)
    {
        if (chapter is not null)
            return new SourceLocation { Chapter = chapter.Number, Part = chapter.Part, Paragraph = paragraph };
        int index = _anchors.FindLastIndex(a => a.NodeOffset <= offset);
        if (index < 0) return new SourceLocation { Paragraph = paragraph };
        int source = _anchors[index].SourceOffset + offset - _anchors[index].NodeOffset;
        var (line, column) = cursor.Lines.GetPosition(source);
        return new SourceLocation { Line = line, Column = column, Offset = source, Paragraph = paragraph };
    }
}

/// <summary>Which chapter of a package an HTML document is, and whether a fix changed its text.</summary>
internal sealed class HtmlChapter(int number, string part)
{
    public int Number { get; } = number;
    public string Part { get; } = part;
    public bool Changed { get; set; }
}
