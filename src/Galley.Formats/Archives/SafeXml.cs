using System.Xml;
using Galley.Source;

namespace Galley.Formats.Archives;

/// <summary>XML reading that never processes a DTD, so external entities (XXE) and entity expansion (billion laughs)
/// are refused rather than resolved.</summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = SourceText.MaxFileBytes,
        IgnoreComments = true,
    };

    public static XmlDocument Load(byte[] bytes, string path, string part)
    {
        var document = new XmlDocument { XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
            document.Load(reader);
        }
        // XmlDocument reports some malformed declarations (a version other than 1.x) as ArgumentException.
        catch (Exception e) when (e is XmlException or ArgumentException)
        {
            throw new InputException($"{path}: {part} is not valid XML or declares a DTD, which Galley does not process ({e.Message}).");
        }
        return document;
    }

    /// <summary>Reads an XML part to the end only to prove it has no DTD and is well-formed.</summary>
    public static void Verify(Stream stream, string path, string part)
    {
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            while (reader.Read()) { }
        }
        catch (XmlException e)
        {
            throw new InputException($"{path}: {part} is not valid XML or declares a DTD, which Galley does not process ({e.Message}).");
        }
    }
}
