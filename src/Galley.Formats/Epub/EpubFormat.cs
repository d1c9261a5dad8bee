using System.IO.Compression;
using AngleSharp.Dom;
using Galley.Formats.Archives;
using Galley.Formats.Html;
using Galley.Formats.Mapping;
using Galley.Formats.Text;
using Galley.Source;

namespace Galley.Formats.Epub;

/// <summary>EPUB: the spine's chapters in reading order, each read as XHTML. Fixes are written into a new .epub
/// that copies every other entry unchanged and starts with the uncompressed mimetype entry, as the format requires.</summary>
public sealed class EpubFormat : IManuscriptFormat
{
    private const string MimeType = "application/epub+zip";

    public IReadOnlyList<string> Extensions { get; } = [".epub"];

    public FormattedSource Read(string path, byte[] bytes)
    {
        using var archive = SafeArchive.Open(bytes, path, "an EPUB (.epub)");
        var prose = new ProseBuilder();
        var chapters = new List<Chapter>();
        int number = 0;
        foreach (var part in EpubPackage.SpineParts(archive, path))
        {
            var entry = EpubPackage.Entry(archive, part, path);
            var text = TextDecoder.Decode(SafeArchive.Read(entry, path), $"{path}:{part}");
            var (declaration, markup) = XmlDeclaration.Split(text);
            var document = HtmlProse.Parse(markup, $"{path}:{part}");
            var chapter = new HtmlChapter(IsTitlePage(document) ? null : ++number, part);
            HtmlProse.Read(document, markup, prose, chapter);
            chapters.Add(new Chapter(part, chapter, document, declaration, text));
        }
        return new FormattedSource(path, "epub", prose.Build(), bytes, edits => Write(bytes, path, chapters, edits));
    }

    /// <summary>A title or cover page (pandoc writes title_page.xhtml, marked epub:type="titlepage") is not chapter 1.</summary>
    private static bool IsTitlePage(IDocument document) =>
        document.All.Any(e => e.GetAttribute("epub:type") is { } type && type.Split(' ').Any(t => t is "titlepage" or "cover" or "halftitlepage"))
        || document.Body?.Id == "title_page" || document.QuerySelector("section#title_page, section.titlepage") is not null;

    private sealed record Chapter(string Part, HtmlChapter Info, IDocument Document, string Declaration, string Text);

    private static byte[] Write(byte[] original, string path, List<Chapter> chapters, IReadOnlyList<NodeEdit> edits)
    {
        var byChapter = edits.ToLookup(e => (e.Node as HtmlTextNode)?.Chapter);
        var changed = chapters.Where(c => c.Info.Changed).ToDictionary(c => c.Part,
            c => HtmlSourcePatch.Apply(c.Text, byChapter[c.Info]) ?? HtmlFormat.Serialize(c.Document, xhtml: true, c.Declaration), StringComparer.Ordinal);
        using var source = SafeArchive.Open(original, path, "an EPUB (.epub)");
        var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var mimetype = target.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var stream = mimetype.Open()) stream.Write(System.Text.Encoding.ASCII.GetBytes(MimeType));
            foreach (var entry in source.Entries)
            {
                if (entry.FullName == "mimetype") continue;
                // A nameless entry cannot be written again; refusing keeps the writer's original untouched.
                if (entry.FullName.Length == 0)
                    throw new InputException($"{path}: the package has an entry with no name, so Galley cannot write a fixed copy of it.");
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = entry.LastWriteTime;
                byte[] content = SafeArchive.Read(entry, path);
                if (changed.TryGetValue(entry.FullName, out var xhtml)) content = TextEncoding.Encode(xhtml, content);
                using var stream = copy.Open();
                stream.Write(content);
            }
        }
        return output.ToArray();
    }
}
