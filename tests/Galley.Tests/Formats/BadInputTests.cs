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

    [Fact]
    public void An_entry_that_expands_past_its_declared_size_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            FormatFixtures.Add(zip, "mimetype", "application/epub+zip", CompressionLevel.NoCompression);
            var entry = zip.CreateEntry("META-INF/container.xml", CompressionLevel.SmallestSize);
            using var writer = entry.Open();
            writer.Write(new byte[512 * 1024]);
        }
        var bytes = stream.ToArray();
        // Make the headers claim 100 bytes: a "small" entry that would really expand to 512 KB.
        PatchSizes(bytes, "META-INF/container.xml", 100);
        // Reads stop at the declared size, so the entry reads as 100 bytes of nothing and is refused, never expanded.
        var e = Assert.Throws<InputException>(() => new EpubFormat().Read("liar.epub", bytes));
        Assert.Contains("META-INF/container.xml", e.Message);
    }

    [Fact]
    public void Xhtml_entities_declared_in_a_doctype_are_not_expanded()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"galley-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOPSECRET");
        var xhtml = $"<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://{secret}\"><!ENTITY lol \"lollollol\">]>" +
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Read &xxe; and &lol;.</p></body></html>";
        var source = new Galley.Formats.Html.HtmlFormat().Read("x.xhtml", Encoding.UTF8.GetBytes(xhtml));
        Assert.DoesNotContain("TOPSECRET", source.Text);
        Assert.DoesNotContain("lollollol", source.Text);
    }

    /// <summary>Overwrites the uncompressed size of an entry in its local header and the central directory.</summary>
    private static void PatchSizes(byte[] zip, string name, int size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (int i = 0; i + 46 < zip.Length; i++)
        {
            uint signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50 && zip.AsSpan(i + 30).StartsWith(nameBytes)) BitConverter.TryWriteBytes(zip.AsSpan(i + 22), size);
            if (signature == 0x02014b50 && zip.AsSpan(i + 46).StartsWith(nameBytes)) BitConverter.TryWriteBytes(zip.AsSpan(i + 24), size);
        }
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
