using Galley.Cli.Commands;
using Galley.Diagnostics;
using Galley.Formats.Mapping;
using Galley.Source;

namespace Galley.Cli.Output;

/// <summary>What every output shows of a diagnostic, computed once: position, flagged text and suggestions.
/// Line and column are in the writer's file for text formats (Markdown and HTML included); for .docx and .epub they
/// are in the extracted prose and <see cref="Location"/> gives the chapter and paragraph.</summary>
internal readonly record struct DiagnosticView(Diagnostic Diagnostic, int Line, int Column, int EndLine, int EndColumn, string Text, IReadOnlyList<string> Suggestions, SourceLocation? Location = null)
{
    public static DiagnosticView Of(Diagnostic d, SourceText source)
    {
        var (line, column) = source.Lines.GetPosition(d.Span.Start);
        var (endLine, endColumn) = source.Lines.GetPosition(d.Span.End);
        return new DiagnosticView(d, line, column, endLine, endColumn, source.Text.Substring(d.Span.Start, d.Span.Length),
            d.Suggestions(source.Text).Distinct().ToList());
    }

    public static DiagnosticView Of(Diagnostic d, FileReport report)
    {
        var view = Of(d, report.Source);
        if (report.Formatted is null) return view;
        var start = report.Formatted.Locate(d.Span.Start);
        if (!start.IsLineBased) return view with { Location = start };
        var end = report.Formatted.Locate(d.Span.End);
        return view with { Line = start.Line!.Value, Column = start.Column!.Value, EndLine = end.Line ?? start.Line!.Value, EndColumn = end.Column ?? start.Column!.Value, Location = start };
    }

    /// <summary>"line:column", or "chapter 2, paragraph 4" for packages.</summary>
    public string Where => Location is { IsLineBased: false } location ? location.Describe() : $"{Line}:{Column}";

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string CategoryName(Category category) => Galley.Evaluation.EvalCategories.Name(category);
}
