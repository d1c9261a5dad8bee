using System.IO.Compression;
using System.Xml;
using Galley.Formats.Archives;
using Galley.Source;

namespace Galley.Formats.Epub;

/// <summary>An .epub's reading order: META-INF/container.xml names the package document (OPF), whose spine lists
/// the manifest items to read in order. Only XHTML/HTML items are prose.</summary>
internal static class EpubPackage
{
    public static IReadOnlyList<string> SpineParts(ZipArchive archive, string path)
    {
        var container = Entry(archive, "META-INF/container.xml", path);
        var containerXml = SafeXml.Load(SafeArchive.Read(container, path), path, "META-INF/container.xml");
        var rootfile = containerXml.GetElementsByTagName("rootfile", "*").OfType<XmlElement>().FirstOrDefault()?.GetAttribute("full-path");
        if (string.IsNullOrEmpty(rootfile)) throw new InputException($"{path}: META-INF/container.xml names no package document.");
        var opf = SafeXml.Load(SafeArchive.Read(Entry(archive, rootfile, path), path), path, rootfile);
        string folder = rootfile.Contains('/') ? rootfile[..(rootfile.LastIndexOf('/') + 1)] : "";
        var manifest = new Dictionary<string, (string Href, string Type)>(StringComparer.Ordinal);
        foreach (var item in opf.GetElementsByTagName("item", "*").OfType<XmlElement>())
            manifest[item.GetAttribute("id")] = (item.GetAttribute("href"), item.GetAttribute("media-type"));
        var parts = new List<string>();
        foreach (var itemref in opf.GetElementsByTagName("itemref", "*").OfType<XmlElement>())
        {
            if (!manifest.TryGetValue(itemref.GetAttribute("idref"), out var item)) continue;
            if (item.Type is not ("application/xhtml+xml" or "text/html")) continue;
            parts.Add(Resolve(folder, item.Href));
        }
        if (parts.Count == 0) throw new InputException($"{path}: the package's spine lists no chapters.");
        return parts;
    }

    public static ZipArchiveEntry Entry(ZipArchive archive, string name, string path) =>
        archive.GetEntry(name) ?? throw new InputException($"{path}: not a valid EPUB ({name} is missing).");

    /// <summary>A manifest href (URL-encoded, relative to the OPF's folder, possibly with ../) as an archive entry name.</summary>
    internal static string Resolve(string folder, string href)
    {
        int fragment = href.IndexOf('#');
        if (fragment >= 0) href = href[..fragment];
        var segments = new List<string>();
        foreach (var segment in (folder + Uri.UnescapeDataString(href)).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); continue; }
            segments.Add(segment);
        }
        return string.Join('/', segments);
    }
}
