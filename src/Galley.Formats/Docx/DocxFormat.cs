using DocumentFormat.OpenXml.Packaging;
using Galley.Formats.Archives;
using Galley.Formats.Mapping;
using Galley.Source;

namespace Galley.Formats.Docx;

/// <summary>Word documents (DocumentFormat.OpenXml). The package is checked for zip bombs and DTDs before the
/// SDK opens it; fixes change the runs' text so formatting stays; comments can be added instead of fixes.</summary>
public sealed class DocxFormat : IManuscriptFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public FormattedSource Read(string path, byte[] bytes)
    {
        Verify(bytes, path);
        var stream = new MemoryStream();
        stream.Write(bytes);
        stream.Position = 0;
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, isEditable: true);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new InputException($"{path}: not a Word document Galley can read ({e.Message}).");
        }
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InputException($"{path}: the Word document has no body.");
        var prose = new ProseBuilder();
        DocxProse.Read(body, prose);
        var map = prose.Build();
        var source = new FormattedSource(path, "docx", map, bytes, _ => Save(document, stream));
        source.Annotator = notes => { DocxComments.Add(document, map, notes); return Save(document, stream); };
        return source;
    }

    private static byte[] Save(WordprocessingDocument document, MemoryStream stream)
    {
        document.Dispose(); // saves every changed part into the stream
        return stream.ToArray();
    }

    /// <summary>Every XML part must be well-formed and free of DTDs before the SDK parses it.</summary>
    private static void Verify(byte[] bytes, string path)
    {
        using var archive = SafeArchive.Open(bytes, path, "a Word (.docx)");
        foreach (var entry in archive.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                continue;
            SafeXml.Verify(new MemoryStream(SafeArchive.Read(entry, path)), path, entry.FullName);
        }
    }
}
