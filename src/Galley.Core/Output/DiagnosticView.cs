using Galley.Diagnostics;
using Galley.Source;

namespace Galley.Output;

/// <summary>What every output shows of a diagnostic, computed once: position, flagged text and suggestions.
/// Line and column are in the writer's file for text formats (Markdown and HTML included); for .docx and .epub they
/// are in the extracted prose and <see cref="Location"/> gives the chapter and paragraph.</summary>
public readonly record struct DiagnosticView(Diagnostic Diagnostic, int Line, int Column, int EndLine, int EndColumn, string Text, IReadOnlyList<string> Suggestions, SourceLocation? Location = null)
{
    public static DiagnosticView Of(Diagnostic d, SourceText source)
    {
        var (line, column) = source.Lines.GetPosition(d.Span.Start);
        var (endLine, endColumn) = source.Lines.GetPosition(d.Span.End);
        return new DiagnosticView(d, line, column, endLine, endColumn, source.Text.Substring(d.Span.Start, d.Span.Length),
            d.Suggestions(source.Text).Distinct().ToList());
    }

    /// <summary>The view of a diagnostic in prose read from a formatted file, placed in that file by <paramref name="locate"/>
    /// (a prose offset to a source location) and its end by <paramref name="locateEnd"/> (where a span ending at that
    /// offset ends, markup after it left out; <paramref name="locate"/> when not given); without a locator, positions
    /// are in the prose itself.</summary>
    public static DiagnosticView Of(Diagnostic d, SourceText source, Func<int, SourceLocation>? locate, Func<int, SourceLocation>? locateEnd = null)
    {
        var view = Of(d, source);
        if (locate is null) return view;
        var start = locate(d.Span.Start);
        if (!start.IsLineBased) return view with { Location = start };
        var end = d.Span.Length > 0 ? (locateEnd ?? locate)(d.Span.End) : start;
        return view with { Line = start.Line!.Value, Column = start.Column!.Value, EndLine = end.Line ?? start.Line!.Value, EndColumn = end.Column ?? start.Column!.Value, Location = start, EndLocation = end };
    }

    /// <summary>Where the diagnostic ends in a text format's file (its offset is the file offset just after it).</summary>
    public SourceLocation? EndLocation { get; init; }

    /// <summary>"line:column", or "chapter 2, paragraph 4" for packages.</summary>
    public string Where => Location is { IsLineBased: false } location ? location.Describe() : $"{Line}:{Column}";

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string CategoryName(Category category) => category switch
    {
        Category.RealWord => "real-word",
        _ => category.ToString().ToLowerInvariant(),
    };
}
