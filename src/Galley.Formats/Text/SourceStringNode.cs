using Galley.Formats.Mapping;
using Galley.Source;

namespace Galley.Formats.Text;

/// <summary>A whole decoded text file as one node: offsets in it are offsets in the file, located by line and column.</summary>
internal sealed class SourceStringNode(string text) : TextNode
{
    private string _value = text;
    private LineIndex? _lines;

    public override string Value
    {
        get => _value;
        set { _value = value; _lines = null; }
    }

    public override bool TryGetSourceSpan(int start, int end, out int sourceStart, out int sourceEnd)
    {
        (sourceStart, sourceEnd) = (start, end);
        return true;
    }

    public override SourceLocation Locate(int offset)
    {
        _lines ??= new LineIndex(_value);
        var (line, column) = _lines.GetPosition(offset);
        return new SourceLocation { Line = line, Column = column, Offset = offset };
    }
}
