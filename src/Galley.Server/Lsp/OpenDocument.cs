using Galley.Checking;
using Galley.Diagnostics;
using Galley.Formats;
using Galley.Source;

namespace Galley.Server.Lsp;

/// <summary>A document the editor has open: its text as the editor has it, kept in step through incremental edits
/// (LSP positions are UTF-16 line and character, as Galley's offsets are), its checker, and the rules the writer chose
/// to ignore in it. The text is read by the same format reader `galley check` uses for such a file (Markdown, HTML or
/// plain text, by the URI's extension or else the language), and findings are placed back in the text through the
/// reader's map.</summary>
internal sealed class OpenDocument(string uri, string? languageId, int version, string text)
{
    private IncrementalChecker? _checker;
    private LineIndex? _lines;

    public string Uri { get; } = uri;
    public int Version { get; private set; } = version;
    public string Text { get; private set; } = text;
    /// <summary>The name the format is chosen by: the URI's path when its extension names a format, else one the language implies.</summary>
    public string FormatPath { get; } = FormatPathOf(uri, languageId);
    public HashSet<string> IgnoredRules { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>The diagnostics last published, in the text's order, with the prose they were found in.</summary>
    public IReadOnlyList<PlacedDiagnostic> Diagnostics { get; private set; } = [];
    /// <summary>The prose last checked, with its way back into <see cref="Text"/>.</summary>
    public FormattedSource? Prose { get; private set; }

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

    public IReadOnlyList<PlacedDiagnostic> Check(CheckOptions options)
    {
        if (_checker is null || !ReferenceEquals(_checker.Options, options)) _checker = new IncrementalChecker(options);
        var prose = ManuscriptFormats.ReadText(FormatPath, Text);
        Prose = prose;
        Diagnostics = _checker.Check(prose.Text).Where(d => !IgnoredRules.Contains(d.RuleId))
            .Select(d => new PlacedDiagnostic(d, FileOffset(prose.Locate(d.Span.Start)),
                d.Span.Length > 0 ? FileOffset(prose.LocateEnd(d.Span.End)) : FileOffset(prose.Locate(d.Span.Start))))
            .ToList();
        return Diagnostics;
    }

    private int FileOffset(SourceLocation location) => Math.Clamp(location.Offset ?? 0, 0, Text.Length);

    /// <summary>Editors name Markdown and HTML buffers by language even when unsaved ("untitled:…" URIs have no extension).</summary>
    private static string FormatPathOf(string uri, string? languageId)
    {
        string path = System.Uri.TryCreate(uri, UriKind.Absolute, out var u) ? u.AbsolutePath : uri;
        if (ManuscriptFormats.For(path) is Galley.Formats.Markdown.MarkdownFormat or Galley.Formats.Html.HtmlFormat) return path;
        return languageId switch
        {
            "markdown" or "md" => "document.md",
            "html" => "document.html",
            "xhtml" => "document.xhtml",
            _ => "document.txt",   // plain text, and anything else an editor holds as text
        };
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

    public Range RangeOf(int start, int end) => new(PositionOf(start), PositionOf(end));
}

/// <summary>A finding in the prose, and where it stands in the editor's text: [Start, End) offsets into it.</summary>
internal readonly record struct PlacedDiagnostic(Diagnostic Diagnostic, int Start, int End);
