using System.IO.Compression;
using System.Text;
using Galley.Formats.Docx;
using Galley.Formats.Epub;
using Galley.Source;

namespace Galley.Tests.Formats;

public class BadInputTests
{
    [Fact]
    public void A_docx_that_is_not_a_zip_is_refused_clearly()
    {
        var e = Assert.Throws<InputException>(() => new DocxFormat().Read("x.docx", Encoding.UTF8.GetBytes("plain text pretending")));
        Assert.Contains("not a zip archive", e.Message);
    }

    [Fact]
    public void An_epub_without_a_container_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) FormatFixtures.Add(zip, "mimetype", "application/epub+zip");
        var e = Assert.Throws<InputException>(() => new EpubFormat().Read("x.epub", stream.ToArray()));
        Assert.Contains("META-INF/container.xml", e.Message);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_expanded()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("OEBPS/huge.xhtml", CompressionLevel.SmallestSize);
            using var writer = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) writer.Write(zeros); // 64 MB of zeros, deflated to about 64 KB
        }
        var bytes = stream.ToArray();
        Assert.True(bytes.Length < 1024 * 1024);
        var e = Assert.Throws<InputException>(() => new EpubFormat().Read("bomb.epub", bytes));
        Assert.Contains("zip bomb", e.Message);
    }

    [Fact]
    public void Too_many_entries_are_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            for (int i = 0; i <= Galley.Formats.Archives.SafeArchive.MaxEntries; i++) zip.CreateEntry($"e{i}");
        var e = Assert.Throws<InputException>(() => new DocxFormat().Read("many.docx", stream.ToArray()));
        Assert.Contains("entries", e.Message);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("epub")]
    public void External_entities_are_never_resolved(string kind)
    {
        var secret = Path.Combine(Path.GetTempPath(), $"galley-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOPSECRET");
        string doctype = $"<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file://{secret}\">]>";
        byte[] bytes;
        if (kind == "docx")
        {
            var docx = FormatFixtures.Docx([new FormatFixtures.RunSpec("Hello there.")]);
            bytes = ReplaceEntry(docx, "word/document.xml", xml => xml.Replace("<w:document", doctype + "<w:document").Replace("Hello there.", "&xxe;"));
        }
        else
        {
            var epub = FormatFixtures.Epub(("one.xhtml", "<p>Hello.</p>"));
            bytes = ReplaceEntry(epub, "META-INF/container.xml", xml => xml.Replace("<container", doctype + "<container").Replace("OEBPS/content.opf", "&xxe;"));
        }
        var e = Assert.ThrowsAny<InputException>(() => kind == "docx" ? new DocxFormat().Read("x.docx", bytes) : new EpubFormat().Read("x.epub", bytes));
        Assert.Contains("DTD", e.Message);
        Assert.DoesNotContain("TOPSECRET", e.Message);
    }

    private static byte[] ReplaceEntry(byte[] archive, string name, Func<string, string> change)
    {
        using var stream = new MemoryStream();
        stream.Write(archive);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name)!;
            string content;
            using (var reader = new StreamReader(entry.Open())) content = reader.ReadToEnd();
            entry.Delete();
            FormatFixtures.Add(zip, name, change(content));
        }
        return stream.ToArray();
    }
}
