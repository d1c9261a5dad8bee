using Galley.Source;
using Galley.Diagnostics;

namespace Galley.Formats.Mapping;

/// <summary>The prose text the checker reads and, for each stretch of it, the source text it was copied from.</summary>
public sealed class ProseMap(string text, ProsePiece[] pieces)
{
    public string Text { get; } = text;
    public IReadOnlyList<ProsePiece> Pieces => pieces;

    /// <summary>The source location of a prose offset; synthesized text reports the nearest source text before it.</summary>
    public SourceLocation Locate(int offset)
    {
        if (pieces.Length == 0) return new SourceLocation();
        int index = FindPiece(offset);
        if (index < 0) index = 0;
        var piece = pieces[index];
        int within = Math.Clamp(offset - piece.Start, 0, piece.Length);
        return piece.Node.Locate(piece.NodeOffset + within);
    }

    /// <summary>The source location just after the prose character before <paramref name="end"/>: where a span ending
    /// there ends in the source. Unlike <see cref="Locate"/>, markup that follows the last character (a closing `*`, a
    /// tag) is not taken into the span; an end after synthesized text falls back to <see cref="Locate"/>.</summary>
    public SourceLocation LocateEnd(int end)
    {
        int index = end > 0 ? FindPiece(end - 1) : -1;
        if (index < 0 || end - 1 >= pieces[index].End) return Locate(end);
        var piece = pieces[index];
        return piece.Node.Locate(piece.NodeOffset + end - piece.Start);
    }

    /// <summary>Whether every character the edit replaces, and its insertion point, are copies of source text.</summary>
    public bool CanMap(TextEdit edit) => TryMap(edit, out _);

    /// <summary>Turns an edit of the prose text into edits of source nodes. An edit that spans several nodes
    /// (a word split across Word runs) puts its new text in the first node and trims the others.</summary>
    public bool TryMap(TextEdit edit, out List<NodeEdit> nodeEdits)
    {
        nodeEdits = new List<NodeEdit>();
        int start = edit.Span.Start, end = edit.Span.End;
        if (start < 0 || end > Text.Length) return false;
        if (start == end)
        {
            int at = FindPiece(start);
            if (at < 0 || start > pieces[at].End) return false;
            var p = pieces[at];
            int offset = p.NodeOffset + start - p.Start;
            nodeEdits.Add(new NodeEdit(p.Node, offset, offset, edit.NewText));
            return true;
        }
        int position = start;
        int index = FindPiece(start);
        if (index < 0) return false;
        bool first = true;
        while (position < end)
        {
            if (index >= pieces.Length) return false;
            var piece = pieces[index];
            if (piece.Start > position || piece.End <= position) return false; // a synthesized character in the span
            int stop = Math.Min(end, piece.End);
            int from = piece.NodeOffset + position - piece.Start;
            int to = piece.NodeOffset + stop - piece.Start;
            nodeEdits.Add(new NodeEdit(piece.Node, from, to, first ? edit.NewText : ""));
            first = false;
            position = stop;
            index++;
        }
        return true;
    }

    /// <summary>The last piece starting at or before <paramref name="offset"/>, or -1.</summary>
    private int FindPiece(int offset) => SortedSearch.LastAtOrBefore(pieces, offset, p => p.Start);
}
