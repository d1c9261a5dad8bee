using Galley.Source;
namespace Galley.Formats.Mapping;

/// <summary>A piece of the writer's file that holds text the checker reads: a whole text file, an HTML text node,
/// a Word run's text. Fixes are written back by changing its value, which keeps the markup around it.</summary>
public abstract class TextNode
{
    public abstract string Value { get; set; }

    /// <summary>Where <paramref name="offset"/> (UTF-16, into <see cref="Value"/>) sits in the source.</summary>
    public abstract SourceLocation Locate(int offset);

    /// <summary>Where node text [start, end) stands in the source file, when all of it is one verbatim stretch
    /// (no entity, escape or markup inside); false for nodes of packages, which have no single source text.</summary>
    public virtual bool TryGetSourceSpan(int start, int end, out int sourceStart, out int sourceEnd)
    {
        sourceStart = sourceEnd = -1;
        return false;
    }
}

/// <summary>A replacement of [Start, End) in one node's value.</summary>
public readonly record struct NodeEdit(TextNode Node, int Start, int End, string NewText)
{
    /// <summary>Applies edits node by node, each node rebuilt in one forward pass (linear in its length, however
    /// many edits it has). Edits of one node must not overlap; the fix engine guarantees it.</summary>
    public static void ApplyAll(IEnumerable<NodeEdit> edits)
    {
        foreach (var group in edits.GroupBy(e => e.Node))
        {
            var value = group.Key.Value;
            var builder = new System.Text.StringBuilder(value.Length + 16);
            int position = 0;
            foreach (var edit in group.OrderBy(e => e.Start).ThenBy(e => e.End))
            {
                if (edit.Start < position) throw new InvalidOperationException("Overlapping edits of one text node.");
                builder.Append(value, position, edit.Start - position).Append(edit.NewText);
                position = edit.End;
            }
            group.Key.Value = builder.Append(value, position, value.Length - position).ToString();
        }
    }
}
