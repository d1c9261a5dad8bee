using Galley.Source;
using AngleSharp.Dom;
using Galley.Formats.Mapping;

namespace Galley.Formats.Html;

/// <summary>An HTML text node. Standalone HTML locates by line and column (from the parser's source reference);
/// inside an .epub by chapter, part and paragraph.</summary>
internal sealed class HtmlTextNode(IText text, int paragraph, HtmlChapter? chapter, HtmlSourceCursor cursor) : TextNode
{
    /// <summary>Stretches of the node's text written verbatim in the source: node offset, source offset, length; ascending.</summary>
    private readonly List<(int NodeOffset, int SourceOffset, int Length)> _anchors = new();

    public HtmlChapter? Chapter => chapter;

    public override string Value
    {
        get => text.Data;
        set
        {
            text.Data = value;
            if (chapter is not null) chapter.Changed = true;
        }
    }

    /// <summary>Records that node text [nodeOffset, +length) stands verbatim at sourceOffset; joins a stretch that continues the last one.</summary>
    public void Anchor(int nodeOffset, int sourceOffset, int length)
    {
        if (_anchors.Count > 0)
        {
            var last = _anchors[^1];
            if (last.NodeOffset + last.Length == nodeOffset && last.SourceOffset + last.Length == sourceOffset)
            {
                _anchors[^1] = last with { Length = last.Length + length };
                return;
            }
        }
        _anchors.Add((nodeOffset, sourceOffset, length));
    }

    public override bool TryGetSourceSpan(int start, int end, out int sourceStart, out int sourceEnd)
    {
        int index = LastAnchorAtOrBefore(start);
        if (index >= 0 && end <= _anchors[index].NodeOffset + _anchors[index].Length)
        {
            sourceStart = _anchors[index].SourceOffset + start - _anchors[index].NodeOffset;
            sourceEnd = _anchors[index].SourceOffset + end - _anchors[index].NodeOffset;
            return true;
        }
        sourceStart = sourceEnd = -1;
        return false;
    }

    public override SourceLocation Locate(int offset)
    {
        if (chapter is not null)
            return new SourceLocation { Chapter = chapter.Number, Section = chapter.Number is null ? "title page" : null, Part = chapter.Part, Paragraph = paragraph };
        int index = LastAnchorAtOrBefore(offset);
        if (index < 0) return new SourceLocation { Paragraph = paragraph };
        int source = _anchors[index].SourceOffset + offset - _anchors[index].NodeOffset;
        var (line, column) = cursor.Lines.GetPosition(source);
        return new SourceLocation { Line = line, Column = column, Offset = source, Paragraph = paragraph };
    }

    private int LastAnchorAtOrBefore(int offset) => SortedSearch.LastAtOrBefore(_anchors, offset, a => a.NodeOffset);
}

/// <summary>Which chapter of a package an HTML document is, and whether a fix changed its text.</summary>
internal sealed class HtmlChapter(int? number, string part)
{
    /// <summary>Null for a title or cover page, which is not counted as a chapter.</summary>
    public int? Number { get; } = number;
    public string Part { get; } = part;
    public bool Changed { get; set; }
}
