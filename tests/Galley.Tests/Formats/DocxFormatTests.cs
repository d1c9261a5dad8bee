using Galley.Checking;
using Galley.Formats;
using Galley.Formats.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static Galley.Tests.Formats.FormatFixtures;

namespace Galley.Tests.Formats;

public class DocxFormatTests
{
    private static byte[] Sample() => Docx(
        [new RunSpec("# The Crossing")],
        [new RunSpec("The glass ", Italic: true), new RunSpec("fel", Bold: true), new RunSpec("lfrom the shelf.", Italic: true)],
        [new RunSpec("It was "), new RunSpec("sufffocating", Bold: true), new RunSpec(" in the hold.")]);

    [Fact]
    public void Paragraphs_are_assembled_from_runs()
    {
        var source = new DocxFormat().Read("book.docx", Sample());
        Assert.Equal("The Crossing\n\nThe glass fellfrom the shelf.\n\nIt was sufffocating in the hold.\n\n", source.Text);
    }

    [Fact]
    public void A_fix_across_a_run_boundary_keeps_bold_and_italics()
    {
        var source = new DocxFormat().Read("book.docx", Sample());
        var diagnostics = Checker.Check(source.Text).Diagnostics.Where(d => d.HasSafeFix).ToList();
        Assert.Contains(diagnostics, d => d.RuleId == "GL0002");
        var result = source.Apply(Galley.Fixes.FixEngine.Apply(source.Text, diagnostics).Applied.SelectMany(d => d.Fixes[0].Edits));

        var paragraphs = Paragraphs(result);
        var runs = paragraphs[1].Elements<W.Run>().ToList();
        Assert.Equal(3, runs.Count);
        Assert.Equal("The glass fell from the shelf.", string.Concat(runs.Select(r => r.InnerText)));
        Assert.Equal("fell from", runs[1].InnerText);
        Assert.NotNull(runs[1].RunProperties?.Bold);
        Assert.NotNull(runs[0].RunProperties?.Italic);
        Assert.NotNull(runs[2].RunProperties?.Italic);
        Assert.Equal("the shelf.".Length + 1, runs[2].InnerText.Length);
        var third = paragraphs[2].Elements<W.Run>().ToList();
        Assert.Equal("suffocating", third[1].InnerText);
        Assert.NotNull(third[1].RunProperties?.Bold);
        Assert.Equal("The Crossing", paragraphs[0].InnerText);
    }

    [Fact]
    public void Locations_name_chapter_paragraph_and_run_and_point_at_the_diagnostic_text()
    {
        var bytes = Sample();
        var source = new DocxFormat().Read("book.docx", bytes);
        var paragraphs = Paragraphs(bytes);
        foreach (var d in Checker.Check(source.Text).Diagnostics)
        {
            var location = source.Locate(d.Span.Start);
            Assert.Equal(1, location.Chapter);
            Assert.False(location.IsLineBased);
            // Paragraph numbers count within the chapter; the heading is paragraph 1.
            var paragraphText = paragraphs[location.Paragraph!.Value - 1].InnerText;
            Assert.Equal(source.Text.Substring(d.Span.Start, d.Span.Length), paragraphText.Substring(location.ParagraphOffset!.Value, d.Span.Length));
        }
    }

    [Fact]
    public void A_title_block_before_heading_one_chapters_is_front_matter_not_chapter_one()
    {
        var bytes = Docx([new RunSpec("title: At Sea")], [new RunSpec("A first draft, finished tommorow.")], [new RunSpec("# One")], [new RunSpec("The glass fellfrom the shelf.")]);
        var source = new DocxFormat().Read("book.docx", bytes);
        var where = SpellingCheck.Of(source.Text).Select(d => source.Locate(d.Span.Start).Describe()).ToList();
        Assert.Equal(["front matter, paragraph 2", "chapter 1, paragraph 2"], where);
    }

    [Fact]
    public void Without_heading_one_each_title_paragraph_starts_a_chapter()
    {
        var bytes = Docx([new RunSpec("title: One")], [new RunSpec("The glass fellfrom the shelf.")], [new RunSpec("title: Two")], [new RunSpec("It was sufffocating.")]);
        var source = new DocxFormat().Read("book.docx", bytes);
        var chapters = SpellingCheck.Of(source.Text).Select(d => source.Locate(d.Span.Start).Chapter).ToList();
        Assert.Equal([1, 2], chapters);
    }

    [Fact]
    public void Comments_mark_the_diagnostics_without_changing_the_text()
    {
        var source = new DocxFormat().Read("book.docx", Sample());
        var diagnostics = Checker.Check(source.Text).Diagnostics;
        var result = source.Annotate(diagnostics.Select(d => new Annotation(d.Span, d.Message)).ToList());
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(result), false);
        var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<W.Comment>().ToList();
        Assert.Equal(diagnostics.Count, comments.Count);
        Assert.Contains(comments, c => c.InnerText.Contains("sufffocating"));
        Assert.Equal(diagnostics.Count, document.MainDocumentPart.Document!.Body!.Descendants<W.CommentRangeStart>().Count());
        Assert.Contains("It was sufffocating in the hold.", document.MainDocumentPart.Document.Body.InnerText);
    }
}
