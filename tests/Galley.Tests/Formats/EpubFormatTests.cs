using System.IO.Compression;
using Galley.Checking;
using Galley.Fixes;
using Galley.Formats.Epub;

namespace Galley.Tests.Formats;

public class EpubFormatTests
{
    private static byte[] Book() => FormatFixtures.Epub(
        ("one.xhtml", "<h1>One</h1><p>The glass fellfrom the shelf.</p>"),
        ("two.xhtml", "<h1>Two</h1><p>It was sufffocating below.</p><p>Tommorow we sail.</p>"));

    [Fact]
    public void Chapters_are_read_in_spine_order_with_chapter_and_paragraph_locations()
    {
        var source = new EpubFormat().Read("book.epub", Book());
        Assert.Equal("One\n\nThe glass fellfrom the shelf.\n\nTwo\n\nIt was sufffocating below.\n\nTommorow we sail.\n\n", source.Text);
        var diagnostics = SpellingCheck.Of(source.Text);
        var where = diagnostics.Select(d => source.Locate(d.Span.Start)).Select(l => (l.Chapter, l.Paragraph, l.Part)).ToList();
        Assert.Equal([(1, 2, "OEBPS/text/one.xhtml"), (2, 2, "OEBPS/text/two.xhtml"), (2, 3, "OEBPS/text/two.xhtml")], where);
    }

    [Fact]
    public void A_title_page_is_not_counted_as_chapter_one()
    {
        var book = FormatFixtures.Epub(
            ("title_page.xhtml", "<section epub:type=\"titlepage\" class=\"titlepage\"><h1 class=\"title\">At Sea</h1><p class=\"author\">A first draft, finished tommorow.</p></section>"),
            ("one.xhtml", "<h1>One</h1><p>The glass fellfrom the shelf.</p>"));
        var source = new EpubFormat().Read("book.epub", book);
        var where = SpellingCheck.Of(source.Text).Select(d => source.Locate(d.Span.Start)).Select(l => l.Describe()).ToList();
        Assert.Equal(["title page, paragraph 2", "chapter 1, paragraph 2"], where);
    }

    [Fact]
    public void The_fixed_epub_opens_with_mimetype_first_and_the_fixes_in_its_chapters()
    {
        var original = Book();
        var source = new EpubFormat().Read("book.epub", original);
        var fixes = SpellingCheck.Of(source.Text).Where(d => d.HasSafeFix);
        var result = source.Apply(FixEngine.Apply(source.Text, fixes).Applied.SelectMany(d => d.Fixes[0].Edits));

        using (var zip = new ZipArchive(new MemoryStream(result)))
        {
            var first = zip.Entries[0];
            Assert.Equal("mimetype", first.FullName);
            Assert.Equal(first.Length, first.CompressedLength); // stored, not deflated
            Assert.Equal("p { margin: 0; }", new StreamReader(zip.GetEntry("OEBPS/style.css")!.Open()).ReadToEnd());
        }
        var reread = new EpubFormat().Read("book.fixed.epub", result);
        Assert.Equal("One\n\nThe glass fell from the shelf.\n\nTwo\n\nIt was suffocating below.\n\nTomorrow we sail.\n\n", reread.Text);
        Assert.Empty(SpellingCheck.Of(reread.Text));
    }
}

public class EpubChapterXmlTests
{
    [Fact]
    public void Rewritten_chapters_stay_well_formed_xml_with_non_breaking_spaces_and_ampersands()
    {
        var book = FormatFixtures.Epub(("one.xhtml", "<p>Mr.&#160;Hale &amp; the glass fellfrom the shelf.<br/></p><p><img src=\"a.png\" alt=\"\"/></p>"));
        var source = new EpubFormat().Read("book.epub", book);
        var fixes = SpellingCheck.Of(source.Text).Where(d => d.HasSafeFix);
        var result = source.Apply(FixEngine.Apply(source.Text, fixes).Applied.SelectMany(d => d.Fixes[0].Edits));
        using var zip = new ZipArchive(new MemoryStream(result));
        var chapter = new StreamReader(zip.GetEntry("OEBPS/text/one.xhtml")!.Open()).ReadToEnd();
        Assert.Contains("fell from", chapter);
        var xml = new System.Xml.XmlDocument();
        xml.LoadXml(chapter.Replace("<!DOCTYPE html>", ""));
        Assert.Contains("Mr.\u00a0Hale & the glass", xml.DocumentElement!.InnerText);
    }
}
