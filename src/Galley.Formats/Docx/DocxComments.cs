using DocumentFormat.OpenXml.Packaging;
using Galley.Diagnostics;
using Galley.Formats.Mapping;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Galley.Formats.Docx;

/// <summary>Writes notes as Word review comments, each anchored on the runs that hold its span.</summary>
internal static class DocxComments
{
    public const string Author = "Galley";

    public static void Add(WordprocessingDocument document, ProseMap map, IReadOnlyList<Annotation> notes)
    {
        var main = document.MainDocumentPart!;
        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new W.Comments();
        int id = part.Comments.Elements<W.Comment>().Select(c => int.TryParse(c.Id?.Value, out int n) ? n : 0).DefaultIfEmpty(-1).Max() + 1;
        foreach (var note in notes)
        {
            if (!map.TryMap(new TextEdit(note.Span, ""), out var edits) || edits.Count == 0) continue;
            var first = RunOf(edits[0].Node);
            var last = RunOf(edits[^1].Node);
            if (first is null || last is null) continue;
            string key = (id++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var comment = new W.Comment { Id = key, Author = Author, Initials = "GL", Date = DateTime.UtcNow };
            comment.Append(new W.Paragraph(new W.Run(new W.Text(note.Text))));
            part.Comments.Append(comment);
            first.InsertBeforeSelf(new W.CommentRangeStart { Id = key });
            var end = last.InsertAfterSelf(new W.CommentRangeEnd { Id = key });
            end.InsertAfterSelf(new W.Run(new W.CommentReference { Id = key }));
        }
        part.Comments.Save();
    }

    private static W.Run? RunOf(TextNode node) => (node as DocxTextNode)?.Element.Ancestors<W.Run>().FirstOrDefault();
}
