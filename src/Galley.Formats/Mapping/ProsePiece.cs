namespace Galley.Formats.Mapping;

/// <summary>Prose text [Start, Start+Length) is a verbatim copy of <see cref="Node"/>'s value from <see cref="NodeOffset"/>.</summary>
public readonly record struct ProsePiece(int Start, int Length, TextNode Node, int NodeOffset)
{
    public int End => Start + Length;
}
