using System.Text;
using Galley.Formats.Mapping;

namespace Galley.Formats.Html;

/// <summary>Writes fixes into the HTML source itself when every edited stretch of text stands verbatim in it, so
/// the file stays byte for byte as the writer had it apart from the fixed words. When any edit falls on text the
/// source spells differently (a character reference), the caller re-serializes the document instead.</summary>
internal static class HtmlSourcePatch
{
    public static string? Apply(string source, IEnumerable<NodeEdit> edits)
    {
        var patches = new List<(int Start, int End, string Text)>();
        foreach (var edit in edits)
        {
            if (edit.Node is not HtmlTextNode node || !node.TryGetSourceSpan(edit.Start, edit.End, out int start, out int end))
                return null;
            patches.Add((start, end, Escape(edit.NewText)));
        }
        patches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var builder = new StringBuilder(source.Length + 64);
        int position = 0;
        foreach (var (start, end, text) in patches)
        {
            if (start < position) return null; // overlapping: cannot happen for edits of distinct text, but never guess
            builder.Append(source, position, start - position).Append(text);
            position = end;
        }
        return builder.Append(source, position, source.Length - position).ToString();
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
