using System.Text.Json;
using Galley.Diagnostics;
using Galley.Source;

namespace Galley.Output;

/// <summary>The JSON of one checked text, as `galley check --format json` prints it and `galley serve` answers:
/// {"file", "diagnostics": [{"rule", "name", "category", "severity", "start", "end", "line", "column", "text", "message", "suggestions"}]}.
/// Offsets are UTF-16 code units into the decoded text.</summary>
public static class DiagnosticJson
{
    public static void WriteFile(Utf8JsonWriter json, SourceText source, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartObject();
        json.WriteString("file", source.Path);
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            var view = DiagnosticView.Of(d, source);
            json.WriteStartObject();
            json.WriteString("rule", d.RuleId);
            json.WriteString("name", d.Rule.Name);
            json.WriteString("category", DiagnosticView.CategoryName(d.Category));
            json.WriteString("severity", DiagnosticView.SeverityName(d.Severity));
            json.WriteNumber("start", d.Span.Start);
            json.WriteNumber("end", d.Span.End);
            json.WriteNumber("line", view.Line);
            json.WriteNumber("column", view.Column);
            json.WriteString("text", view.Text);
            json.WriteString("message", d.Message);
            json.WriteStartArray("suggestions");
            foreach (var s in view.Suggestions) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
