using Galley.Text;

namespace Galley.Document;

/// <summary>A quoted span. <see cref="IsSpeech"/> is false for a quoted mention or sound ('we', 'thunk', the word "love").</summary>
public sealed record Quotation(TextSpan Span, int OpenToken, int CloseToken, bool IsSpeech, int Paragraph)
{
    /// <summary>The closing quote is missing; <see cref="ContinuesInNextParagraph"/> tells whether that is the
    /// fiction convention (the next paragraph opens with a quote and the same speaker goes on) or an error.</summary>
    public bool IsClosed => CloseToken >= 0;
    public bool ContinuesInNextParagraph { get; init; }
    /// <summary>The text between the marks.</summary>
    public TextSpan Inner(IReadOnlyList<Token> tokens) =>
        TextSpan.FromBounds(tokens[OpenToken].End, IsClosed ? tokens[CloseToken].Start : Span.End);
}
