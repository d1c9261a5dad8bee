using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Galley.Tests.Formats;

/// <summary>Builds .docx and .epub files in code, so no binary fixtures live in the repository.</summary>
internal static class FormatFixtures
{
    public record RunSpec(string Text, bool Bold = false, bool Italic = false);

    /// <summary>A Word document with one paragraph per entry, each made of the given runs; a string paragraph
    /// starting with "# " is a Heading1, one starting with "title: " a Title.</summary>
    public static byte[] Docx(params RunSpec[][] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body();
            foreach (var runs in paragraphs)
            {
                var paragraph = new W.Paragraph();
                if (runs.Length == 1 && (runs[0].Text.StartsWith("# ") || runs[0].Text.StartsWith("title: ")))
                {
                    bool heading = runs[0].Text.StartsWith("# ");
                    paragraph.Append(new W.ParagraphProperties(new W.ParagraphStyleId { Val = heading ? "Heading1" : "Title" }));
                    paragraph.Append(new W.Run(new W.Text(runs[0].Text[(heading ? 2 : 7)..])));
                }
                else
                {
                    foreach (var spec in runs)
                    {
                        var run = new W.Run();
                        if (spec.Bold || spec.Italic)
                        {
                            var properties = new W.RunProperties();
                            if (spec.Bold) properties.Append(new W.Bold());
                            if (spec.Italic) properties.Append(new W.Italic());
                            run.Append(properties);
                        }
                        run.Append(new W.Text(spec.Text) { Space = SpaceProcessingModeValues.Preserve });
                        paragraph.Append(run);
                    }
                }
                body.Append(paragraph);
            }
            main.Document = new W.Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>An EPUB whose spine lists the chapters in the given order, while the manifest and the zip hold them
    /// in another (reversed), so reading in spine order is tested.</summary>
    public static byte[] Epub(params (string File, string Body)[] spine)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/epub+zip", CompressionLevel.NoCompression);
            Add(zip, "META-INF/container.xml",
                "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">" +
                "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
            var manifest = string.Concat(spine.Reverse().Select((c, i) => $"<item id=\"c{Array.IndexOf(spine, c)}\" href=\"text/{c.File}\" media-type=\"application/xhtml+xml\"/>"));
            var itemrefs = string.Concat(spine.Select((_, i) => $"<itemref idref=\"c{i}\"/>"));
            Add(zip, "OEBPS/content.opf",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">" +
                "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">test</dc:identifier><dc:title>Test</dc:title></metadata>" +
                $"<manifest>{manifest}<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/></manifest><spine>{itemrefs}</spine></package>");
            Add(zip, "OEBPS/style.css", "p { margin: 0; }");
            foreach (var (file, body) in spine.Reverse())
                Add(zip, "OEBPS/text/" + file, Xhtml(body));
        }
        return stream.ToArray();
    }

    public static string Xhtml(string body) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Chapter</title></head>\n" +
        $"<body>{body}</body></html>\n";

    public static void Add(ZipArchive zip, string name, string content, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        using var writer = new StreamWriter(entry.Open());
        writer.Write(content);
    }

    public static List<W.Paragraph> Paragraphs(byte[] docx)
    {
        var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();
    }
}
