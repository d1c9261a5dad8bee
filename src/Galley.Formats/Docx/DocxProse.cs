using Galley.Formats.Mapping;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Galley.Formats.Docx;

/// <summary>Reads a Word body's paragraphs, each assembled from the text of its runs (tabs and line breaks read as
/// such; deleted revisions, field codes and soft hyphens are not text). A heading-1 or title paragraph starts a chapter;
/// paragraphs are numbered within their chapter, counting those with text.</summary>
internal static class DocxProse
{
    public static void Read(W.Body body, ProseBuilder prose)
    {
        int chapter = 0, paragraph = 0;
        // A "Title" paragraph starts a chapter only in a document without heading-1 chapters; before those it is the
        // title block (pandoc writes Title, Author, Date), not chapter 1.
        bool headed = body.Descendants<W.Paragraph>().Any(p => StyleOf(p) is { } s && s.Equals("Heading1", StringComparison.OrdinalIgnoreCase));
        foreach (var p in body.Descendants<W.Paragraph>())
        {
            var texts = OwnText(p).ToList();
            if (texts.Count == 0) continue;
            if (IsChapterHeading(p, headed)) { chapter++; paragraph = 0; }
            paragraph++;
            int run = 0, paragraphOffset = 0;
            W.Run? lastRun = null;
            foreach (var element in texts)
            {
                var owner = element.Ancestors<W.Run>().FirstOrDefault();
                if (owner != lastRun) { run++; lastRun = owner; }
                switch (element)
                {
                    case W.Text text:
                        var node = new DocxTextNode(text, chapter, paragraph, run, paragraphOffset, headed);
                        prose.AppendMapped(node, 0, text.Text.Length);
                        paragraphOffset += text.Text.Length;
                        break;
                    case W.TabChar:
                        prose.AppendSynthetic("\t");
                        paragraphOffset++;
                        break;
                    case W.NoBreakHyphen:
                        prose.AppendSynthetic("-");
                        paragraphOffset++;
                        break;
                    default: // a line, column or page break, or a carriage return
                        prose.AppendSynthetic("\n");
                        paragraphOffset++;
                        break;
                }
            }
            prose.BreakParagraph();
        }
    }

    /// <summary>The paragraph's text, tabs and breaks, leaving out those of paragraphs nested in it (text boxes).</summary>
    private static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> OwnText(W.Paragraph paragraph) =>
        paragraph.Descendants()
            .Where(e => e is W.Text or W.TabChar or W.Break or W.CarriageReturn or W.NoBreakHyphen)
            .Where(e => e.Ancestors<W.Paragraph>().First() == paragraph);

    private static string? StyleOf(W.Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static bool IsChapterHeading(W.Paragraph paragraph, bool headed) => StyleOf(paragraph) is { } style
        && (style.Equals("Heading1", StringComparison.OrdinalIgnoreCase) || !headed && style.Equals("Title", StringComparison.OrdinalIgnoreCase));
}
