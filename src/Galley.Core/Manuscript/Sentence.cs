using Galley.Text;

namespace Galley.Document;

/// <summary>A sentence: its span, its tokens' range in <see cref="Manuscript.Tokens"/>, and its paragraph.</summary>
public sealed record Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    public int EndToken => FirstToken + TokenCount;
}
