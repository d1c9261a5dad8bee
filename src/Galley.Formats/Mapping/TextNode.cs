namespace Galley.Formats.Mapping;

/// <summary>A piece of the writer's file that holds text the checker reads: a whole text file, an HTML text node,
/// a Word run's text. Fixes are written back by changing its value, which keeps the markup around it.</summary>
public abstract class TextNode
{
    public abstract string Value { get; set; }

    /// <summary>Where <paramref name="offset"/> (UTF-16, into <see cref="Value"/>) sits in the source.</summary>
    public abstract SourceLocation Locate(int offset);
}

/// <summary>A replacement of [Start, End) in one node's value.</summary>
public readonly record struct NodeEdit(TextNode Node, int Start, int End, string NewText)
{
    /// <summary>Applies edits node by node, from the end of each node backwards so offsets stay valid.</summary>
    public static void ApplyAll(IEnumerable<NodeEdit> edits)
    {
        foreach (var group in edits.GroupBy(e => e.Node))
        {
            var value = group.Key.Value;
            var builder = new System.Text.StringBuilder(value);
            foreach (var edit in group.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
                builder.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.NewText);
            group.Key.Value = builder.ToString();
        }
    }
}
