namespace Galley.Source;

/// <summary>Where a point of the prose text sits in the writer's file: a line and column in text formats
/// (Markdown, HTML, plain text), or a chapter/part, paragraph and run in .docx and .epub.</summary>
public sealed record SourceLocation
{
    /// <summary>1-based line in the source file, for text formats.</summary>
    public int? Line { get; init; }
    /// <summary>1-based column in UTF-16 code units, for text formats.</summary>
    public int? Column { get; init; }
    /// <summary>UTF-16 offset into the decoded source file, for text formats.</summary>
    public int? Offset { get; init; }
    /// <summary>1-based chapter: the spine position in an .epub, the heading-1 section in a .docx.</summary>
    public int? Chapter { get; init; }
    /// <summary>Set for text before the first chapter that is not one: "title page" (an .epub's title or cover page), "front matter" (a .docx's title block).</summary>
    public string? Section { get; init; }
    /// <summary>The part of the package that holds the text (an .epub's XHTML file, a .docx's document part).</summary>
    public string? Part { get; init; }
    /// <summary>1-based paragraph within the chapter (.epub) or the document (.docx).</summary>
    public int? Paragraph { get; init; }
    /// <summary>1-based text run within the paragraph (.docx).</summary>
    public int? Run { get; init; }
    /// <summary>0-based UTF-16 offset within the paragraph's text.</summary>
    public int? ParagraphOffset { get; init; }

    public bool IsLineBased => Line is not null;

    /// <summary>Short human form: "12:5" or "chapter 2, paragraph 4".</summary>
    public string Describe()
    {
        if (IsLineBased) return $"{Line}:{Column}";
        var parts = new List<string>();
        if (Chapter is not null) parts.Add($"chapter {Chapter}");
        else if (Section is not null) parts.Add(Section);
        if (Paragraph is not null) parts.Add($"paragraph {Paragraph}");
        return parts.Count > 0 ? string.Join(", ", parts) : "start";
    }
}
