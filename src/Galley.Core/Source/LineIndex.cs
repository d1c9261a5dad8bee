namespace Galley.Source;

/// <summary>Maps UTF-16 offsets to 1-based line and column. A line ends at LF, CRLF or a lone CR.</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>1-based line and column; the column counts UTF-16 code units, as LSP does.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
