using Galley.Formats.Docx;
using Galley.Formats.Epub;
using Galley.Formats.Html;
using Galley.Formats.Markdown;
using Galley.Formats.Text;
using Galley.Source;

namespace Galley.Formats;

/// <summary>Chooses the format by the file's extension; anything unknown is read as plain text.</summary>
public static class ManuscriptFormats
{
    public static IReadOnlyList<IManuscriptFormat> All { get; } =
        [new PlainTextFormat(), new MarkdownFormat(), new HtmlFormat(), new DocxFormat(), new EpubFormat()];

    public static IManuscriptFormat For(string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return All.FirstOrDefault(f => f.Extensions.Contains(extension)) ?? All[0];
    }

    /// <summary>Reads a file in the format its extension names; bad input throws <see cref="InputException"/>.</summary>
    public static FormattedSource Read(string path)
    {
        var bytes = SourceText.ReadBytes(path);
        return For(path).Read(path, bytes);
    }

    /// <summary>Reads a text already decoded (an editor's buffer) in the text format its path names, so every front
    /// end reads a manuscript the same way `galley check` reads the file; packages (.docx, .epub) and unknown
    /// extensions are read as plain text.</summary>
    public static FormattedSource ReadText(string path, string text)
    {
        byte[] bytes = [];   // no file behind the text: written back, it is UTF-8 without a byte-order mark
        return For(path) switch
        {
            MarkdownFormat => MarkdownFormat.FromText(path, text, bytes),
            HtmlFormat => HtmlFormat.FromText(path, text, bytes),
            _ => PlainTextFormat.FromText(path, text, bytes),
        };
    }
}
