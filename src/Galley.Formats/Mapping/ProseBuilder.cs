using System.Text;

namespace Galley.Formats.Mapping;

/// <summary>Assembles the prose text a format reader extracts, recording which characters are verbatim copies of
/// source text (and can be located and edited) and which were synthesized (paragraph breaks, collapsed spaces).</summary>
public sealed class ProseBuilder
{
    /// <summary>Stands in for inline code and the like, so the sentence around it keeps its shape.</summary>
    public const string ObjectPlaceholder = "\uFFFC";

    private readonly StringBuilder _text = new();
    private readonly List<ProsePiece> _pieces = new();

    public int Length => _text.Length;

    /// <summary>How many paragraphs have been ended so far; the current one is this plus one.</summary>
    public int ParagraphsEnded { get; private set; }

    public char LastChar => _text.Length > 0 ? _text[^1] : '\n';

    /// <summary>Appends node.Value[start..start+length] verbatim, mapped back to the node.</summary>
    public void AppendMapped(TextNode node, int start, int length)
    {
        if (length <= 0) return;
        var value = node.Value;
        if (_pieces.Count > 0)
        {
            var last = _pieces[^1];
            if (last.Node == node && last.End == _text.Length && last.NodeOffset + last.Length == start)
            {
                _pieces[^1] = last with { Length = last.Length + length };
                _text.Append(value, start, length);
                return;
            }
        }
        _pieces.Add(new ProsePiece(_text.Length, length, node, start));
        _text.Append(value, start, length);
    }

    /// <summary>Appends text that has no exact counterpart in the source; it can be checked but not edited.</summary>
    public void AppendSynthetic(string text) => _text.Append(text);

    /// <summary>Ends the current paragraph with a blank line, so the checker sees the paragraph boundary.</summary>
    public void BreakParagraph()
    {
        if (_text.Length == 0) return;
        int newlines = 0;
        for (int i = _text.Length - 1; i >= 0 && _text[i] == '\n'; i--) newlines++;
        if (newlines >= 2) return;
        _text.Append('\n', 2 - newlines);
        ParagraphsEnded++;
    }

    public ProseMap Build() => new(_text.ToString(), _pieces.ToArray());
}
