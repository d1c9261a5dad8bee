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

    /// <summary>Moves past an element whose content is not prose (a script, a style), so its text is never matched.</summary>
    public void SkipElement(string name, int line, int column)
    {
        SeekElement(line, column);
        int close = source.IndexOf("</" + name, _position, StringComparison.OrdinalIgnoreCase);
        if (close >= 0) _position = close;
    }

    /// <summary>The source offset of <paramref name="word"/> (a run of text without white space, at a text node's
    /// edges or between spaces), or -1 when it is not written verbatim nearby. Text with '&amp;' or angle brackets is
    /// never matched: in the source it may be a character reference.</summary>
    public int Find(string word)
    {
        if (word.Length == 0 || word.AsSpan().IndexOfAny('&', '<', '>') >= 0) return -1;
        int searched = _position;
        while (true)
        {
            int limit = Math.Min(source.Length, _position + Window + word.Length) - searched;
            if (limit < word.Length) return -1;
            int found = source.IndexOf(word, searched, limit, StringComparison.Ordinal);
            if (found < 0) return -1;
            if (!InsideTag(found) && Bounded(found, found + word.Length)) { _position = found + word.Length; return found; }
            searched = found + 1;
        }
    }

    /// <summary>The cursor's offset when the source continues with exactly <paramref name="c"/> (a space right after a word), else -1.</summary>
    public int FindNext(char c)
    {
        if (_position >= source.Length || source[_position] != c) return -1;
        return _position++;
    }

    /// <summary>A whole run stands between white space, tags or the file's ends, not inside a longer word or reference.</summary>
    private bool Bounded(int start, int end) =>
        (start == 0 || char.IsWhiteSpace(source[start - 1]) || source[start - 1] == '>')
        && (end == source.Length || char.IsWhiteSpace(source[end]) || source[end] == '<');

    /// <summary>True when a tag opened between the cursor (always outside a tag or at a tag's start) and the offset
    /// is still open there: the match is in an attribute value. Looks only at that stretch, so reading stays linear.</summary>
    private bool InsideTag(int offset)
    {
        var stretch = source.AsSpan(_position, offset - _position);
        int open = stretch.LastIndexOf('<');
        return open >= 0 && stretch[open..].IndexOf('>') < 0;
    }
}
