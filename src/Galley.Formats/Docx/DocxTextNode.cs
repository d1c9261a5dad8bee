using Galley.Source;
using DocumentFormat.OpenXml;
using Galley.Formats.Mapping;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Galley.Formats.Docx;

/// <summary>The text of one run's w:t element. Changing it keeps the run, and so its bold, italics and style.</summary>
internal sealed class DocxTextNode(W.Text text, int chapter, int paragraph, int run, int paragraphOffset, bool hasChapters) : TextNode
{
    public W.Text Element => text;

    public override string Value
    {
        get => text.Text;
        set
        {
            text.Text = value;
            // Word drops leading and trailing spaces unless told to keep them.
            if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
                text.Space = SpaceProcessingModeValues.Preserve;
        }
    }

    public override SourceLocation Locate(int offset) => new()
    {
        Chapter = chapter > 0 ? chapter : null,
        Section = chapter == 0 && hasChapters ? "front matter" : null,
        Part = "word/document.xml",
        Paragraph = paragraph,
        Run = run,
        ParagraphOffset = paragraphOffset + offset,
    };
}
