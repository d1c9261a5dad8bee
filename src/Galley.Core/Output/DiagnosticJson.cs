using System.Text.Json;
using Galley.Diagnostics;
using Galley.Source;

namespace Galley.Output;

/// <summary>The JSON of one checked text, as `galley check --format json` prints it and `galley serve` answers:
/// {"file", "diagnostics": [{"rule", "name", "category", "severity", "start", "end", "line", "column", "endLine", "endColumn", "text", "location", "message", "suggestions"}]}.
/// Offsets are UTF-16 code units into the decoded text.</summary>
public static class DiagnosticJson
{
    /// <param name="locate">For prose read from a formatted file: maps a prose offset to its place in the file, which
    /// sets line and column for text formats and adds a "location" object.</param>
    public static void WriteFile(Utf8JsonWriter json, SourceText source, IEnumerable<Diagnostic> diagnostics, Func<int, SourceLocation>? locate = null, Func<int, SourceLocation>? locateEnd = null)
    {
        json.WriteStartObject();
        json.WriteString("file", source.Path);
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            var view = DiagnosticView.Of(d, source, locate, locateEnd);
            json.WriteStartObject();
            json.WriteString("rule", d.RuleId);
            json.WriteString("name", d.Rule.Name);
            json.WriteString("category", DiagnosticView.CategoryName(d.Category));
            json.WriteString("severity", DiagnosticView.SeverityName(d.Severity));
            json.WriteNumber("start", d.Span.Start);
            json.WriteNumber("end", d.Span.End);
            json.WriteNumber("line", view.Line);
            json.WriteNumber("column", view.Column);
            json.WriteNumber("endLine", view.EndLine);
            json.WriteNumber("endColumn", view.EndColumn);
            json.WriteString("text", view.Text);
            // Plain text has no locator (the prose is the file), but its location is documented for every diagnostic too.
            WriteLocation(json, view.Location ?? new SourceLocation { Line = view.Line, Column = view.Column, Offset = d.Span.Start },
                view.EndLocation ?? new SourceLocation { Line = view.EndLine, Column = view.EndColumn, Offset = d.Span.End });
            json.WriteString("message", d.Message);
            json.WriteStartArray("suggestions");
            foreach (var s in view.Suggestions) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>"location": {"kind": "text", "line", "column", "offset", "endOffset"} in the file for text formats, or
    /// {"kind": "package", "chapter" or "section", "part", "paragraph", "run", "paragraphOffset"} for .docx and .epub.</summary>
    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location, SourceLocation? end)
    {
        json.WriteStartObject("location");
        json.WriteString("kind", location.IsLineBased ? "text" : "package");
        Number("line", location.Line);
        Number("column", location.Column);
        Number("offset", location.Offset);
        Number("endOffset", end?.Offset);
        Number("chapter", location.Chapter);
        if (location.Section is not null) json.WriteString("section", location.Section);
        if (location.Part is not null) json.WriteString("part", location.Part);
        Number("paragraph", location.IsLineBased ? null : location.Paragraph);
        Number("run", location.Run);
        Number("paragraphOffset", location.ParagraphOffset);
        json.WriteEndObject();

        void Number(string name, int? value) { if (value is int n) json.WriteNumber(name, n); }
    }
}
