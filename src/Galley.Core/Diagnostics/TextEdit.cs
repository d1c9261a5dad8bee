using Galley.Text;

namespace Galley.Diagnostics;

/// <summary>Replace one span of the manuscript with new text (an empty span inserts, empty text deletes).</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText);

/// <summary>One way to correct a diagnostic: a title for menus and the edits that make it.
/// Fixes are data; <see cref="Galley.Fixes.FixEngine"/> applies them.</summary>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits)
{
    public static Fix Replace(TextSpan span, string newText, string? title = null) =>
        new(title ?? (newText.Length == 0 ? "Delete" : $"Change to \u201c{newText}\u201d"), [new TextEdit(span, newText)]);

    /// <summary>One replacement fix per word, in order (the ranked suggestions for one span).</summary>
    public static Fix[] ReplaceEach(TextSpan span, IEnumerable<string> replacements)
    {
        var fixes = new List<Fix>();
        foreach (var replacement in replacements) fixes.Add(Replace(span, replacement));
        return fixes.ToArray();
    }

    /// <summary>The covered region of the text as it reads after this fix, for showing the suggestion.</summary>
    public string Preview(string text, TextSpan region)
    {
        int start = Math.Min(region.Start, Edits.Min(e => e.Span.Start));
        int end = Math.Max(region.End, Edits.Max(e => e.Span.End));
        var builder = new System.Text.StringBuilder();
        int position = start;
        foreach (var edit in Edits.OrderBy(e => e.Span.Start))
        {
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }
        builder.Append(text, position, end - position);
        return builder.ToString();
    }
}
