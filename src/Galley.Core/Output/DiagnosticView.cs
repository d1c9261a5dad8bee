using Galley.Diagnostics;
using Galley.Source;

namespace Galley.Output;

/// <summary>What every output shows of a diagnostic, computed once: position, flagged text and suggestions.</summary>
public readonly record struct DiagnosticView(Diagnostic Diagnostic, int Line, int Column, int EndLine, int EndColumn, string Text, IReadOnlyList<string> Suggestions)
{
    public static DiagnosticView Of(Diagnostic d, SourceText source)
    {
        var (line, column) = source.Lines.GetPosition(d.Span.Start);
        var (endLine, endColumn) = source.Lines.GetPosition(d.Span.End);
        return new DiagnosticView(d, line, column, endLine, endColumn, source.Text.Substring(d.Span.Start, d.Span.Length),
            d.Suggestions(source.Text).Distinct().ToList());
    }

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
