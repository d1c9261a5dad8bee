using Galley.Source;

namespace Galley.Formats.Html;

/// <summary>Finds where text nodes' words stand in the HTML source. The parser records positions of elements only,
/// so each word is searched for forward from the last one found (not inside a tag) (within a bounded window, so a miss stays cheap);
/// text written with character references is not found and falls back to the nearest earlier word.</summary>
internal sealed class HtmlSourceCursor(string source)
{
    private const int Window = 4096;
    private int _position;
    private LineIndex? _lines;

    public LineIndex Lines => _lines ??= new LineIndex(source);

    /// <summary>Moves forward to an element's start tag (the parser's 1-based line and column).</summary>
    public void SeekElement(int line, int column)
    {
        if (line < 1 || line > Lines.LineCount) return;
        int offset = Lines.LineStart(line) + column - 1;
        if (offset > _position && offset <= source.Length) _position = offset;
    }

    /// <summary>The source offset of <paramref name="word"/>, or -1 when it is not written verbatim nearby.</summary>
    public int Find(string word)
    {
        int searched = _position;
        while (true)
        {
            int limit = Math.Min(source.Length, _position + Window + word.Length) - searched;
            if (limit < word.Length) return -1;
            int found = source.IndexOf(word, searched, limit, StringComparison.Ordinal);
            if (found < 0) return -1;
            if (!InsideTag(found)) { _position = found + word.Length; return found; }
            searched = found + 1;
        }
    }

    /// <summary>True when the nearest angle bracket before <paramref name="offset"/> opens a tag (an attribute value, say).</summary>
    private bool InsideTag(int offset)
    {
        int open = source.LastIndexOf('<', offset, Math.Min(offset + 1, Window));
        if (open < 0) return false;
        int close = source.IndexOf('>', open, offset - open);
        return close < 0;
    }
}
