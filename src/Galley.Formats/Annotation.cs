using Galley.Text;

namespace Galley.Formats;

/// <summary>A note to attach to a span of the prose text, such as a diagnostic written as a review comment.</summary>
public sealed record Annotation(TextSpan Span, string Text);
