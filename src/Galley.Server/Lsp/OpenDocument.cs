using Galley.Checking;
using Galley.Diagnostics;
using Galley.Source;

namespace Galley.Server.Lsp;

/// <summary>A document the editor has open: its text as the editor has it, kept in step through incremental edits
/// (LSP positions are UTF-16 line and character, as Galley's offsets are), its checker, and the rules the writer chose
/// to ignore in it.</summary>
internal sealed class OpenDocument(string uri, string? languageId, int version, string text)
{
    private IncrementalChecker? _checker;
    private LineIndex? _lines;

    public string Uri { get; } = uri;
    public int Version { get; private set; } = version;
    public string Text { get; private set; } = text;
    public bool IsMarkdown { get; } = MarkdownMask.IsMarkdown(languageId, uri);
    public HashSet<string> IgnoredRules { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>The diagnostics last published, in the text's order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>The file behind a file: URI; null for unsaved buffers.</summary>
    public string? FilePath => System.Uri.TryCreate(Uri, UriKind.Absolute, out var u) && u.IsFile ? u.LocalPath : null;

    public LineIndex Lines => _lines ??= new LineIndex(Text);

    /// <summary>Applies one change: a range replaced by text, or the whole text when there is no range.</summary>
    public void Apply(TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            Text = change.Text;
        }
        else
        {
            int start = OffsetOf(change.Range.Start), end = Math.Max(start, OffsetOf(change.Range.End));
            Text = string.Concat(Text.AsSpan(0, start), change.Text, Text.AsSpan(end));
        }
        _lines = null;
    }

    public void SetVersion(int? version) { if (version is { } v) Version = v; }

    public IReadOnlyList<Diagnostic> Check(CheckOptions options)
    {
        if (_checker is null || !ReferenceEquals(_checker.Options, options)) _checker = new IncrementalChecker(options);
        var checkedText = IsMarkdown ? MarkdownMask.Mask(Text) : Text;
        Diagnostics = _checker.Check(checkedText).Where(d => !IgnoredRules.Contains(d.RuleId)).ToList();
        return Diagnostics;
    }

    /// <summary>An LSP position as an offset; a character past the line's end means its end, a line past the last the text's end.</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= Lines.LineCount) return Text.Length;
        int start = Lines.LineStart(position.Line + 1);
        int end = position.Line + 1 < Lines.LineCount ? Lines.LineStart(position.Line + 2) : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r') end--;
        return Math.Clamp(start + Math.Max(0, position.Character), start, end);
    }

    public Position PositionOf(int offset)
    {
        var (line, column) = Lines.GetPosition(Math.Clamp(offset, 0, Text.Length));
        return new Position(line - 1, column - 1);
    }

    public Range RangeOf(Galley.Text.TextSpan span) => new(PositionOf(span.Start), PositionOf(span.End));
}
