using Galley.Source;
using Galley.Diagnostics;
using Galley.Formats.Mapping;

namespace Galley.Formats;

/// <summary>A manuscript read from its file: the prose the checker reads, where each part of it came from,
/// and how to write edits of that prose back into a new copy of the file with its markup kept.</summary>
public sealed class FormattedSource
{
    private readonly Func<IReadOnlyList<NodeEdit>, byte[]> _serialize;
    private bool _written;

    internal FormattedSource(string path, string format, ProseMap map, byte[] original, Func<IReadOnlyList<NodeEdit>, byte[]> serialize, string? sourceText = null)
    {
        Path = path;
        Format = format;
        Map = map;
        Original = original;
        _serialize = serialize;
        SourceText = sourceText;
    }

    public string Path { get; }
    /// <summary>txt, markdown, html, xhtml, docx or epub.</summary>
    public string Format { get; }
    /// <summary>The prose text the checker reads; diagnostics' offsets refer to it.</summary>
    public string Text => Map.Text;
    public ProseMap Map { get; }
    /// <summary>The file's bytes as read, to detect changes before replacing it.</summary>
    public byte[] Original { get; }
    /// <summary>The decoded file for text formats (what a diff shows); null for packages (.docx, .epub).</summary>
    public string? SourceText { get; }

    public bool IsLineBased => SourceText is not null;

    public SourceLocation Locate(int offset) => Map.Locate(offset);

    /// <summary>Where a span of the prose that ends at <paramref name="end"/> ends in the file (see <see cref="ProseMap.LocateEnd"/>).</summary>
    public SourceLocation LocateEnd(int end) => Map.LocateEnd(end);

    /// <summary>The stretch [start, end) of <see cref="SourceText"/> an edit of the prose replaces, for text formats,
    /// when the edited prose is one verbatim copy of the file: replacing that stretch of the file applies the edit.</summary>
    public bool TryLocateInFile(TextEdit edit, out int start, out int end)
    {
        start = end = -1;
        if (SourceText is null || !Map.TryMap(edit, out var mapped) || mapped.Count != 1) return false;
        var e = mapped[0];
        return e.Node.TryGetSourceSpan(e.Start, e.End, out start, out end) && end <= SourceText.Length;
    }

    /// <summary>Writes notes into a copy of the file as review comments, when the format has them (.docx).</summary>
    internal Func<IReadOnlyList<Annotation>, byte[]>? Annotator { get; set; }

    public bool CanAnnotate => Annotator is not null;

    /// <summary>A copy of the file with each note attached to its span as a review comment; the text is unchanged.</summary>
    public byte[] Annotate(IReadOnlyList<Annotation> notes)
    {
        if (Annotator is null) throw new NotSupportedException($"{Format} files have no review comments.");
        if (_written) throw new InvalidOperationException("A formatted source can be written once.");
        _written = true;
        return Annotator(notes);
    }

    /// <summary>Writes the edits (offsets into <see cref="Text"/>, not overlapping) into a new copy of the file.
    /// Edits that touch synthesized text (paragraph breaks, collapsed spaces) must be filtered out with
    /// <see cref="ProseMap.CanMap"/> first. Can be called once: it changes the in-memory document.</summary>
    public byte[] Apply(IEnumerable<TextEdit> edits)
    {
        if (_written) throw new InvalidOperationException("A formatted source can be written once.");
        _written = true;
        var nodeEdits = new List<NodeEdit>();
        foreach (var edit in edits)
        {
            if (!Map.TryMap(edit, out var mapped))
                throw new InvalidOperationException($"Edit {edit.Span} touches text that is not in the source.");
            nodeEdits.AddRange(mapped);
        }
        NodeEdit.ApplyAll(nodeEdits);
        return _serialize(nodeEdits);
    }
}
