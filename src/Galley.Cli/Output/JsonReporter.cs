using System.Text.Encodings.Web;
using System.Text.Json;
using Galley.Cli.Commands;

namespace Galley.Cli.Output;

/// <summary>{"file", "diagnostics": [{"rule", "category", "severity", "start", "end", "line", "column", "text", "message", "suggestions"}]};
/// several files make an array. Offsets are UTF-16 code units into the decoded text.</summary>
internal static class JsonReporter
{
    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (reports.Count != 1) json.WriteStartArray();
            foreach (var report in reports) WriteFile(json, report);
            if (reports.Count != 1) json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteFile(Utf8JsonWriter json, FileReport report)
    {
        json.WriteStartObject();
        json.WriteString("file", report.Source.Path);
        json.WriteStartArray("diagnostics");
        foreach (var d in report.Result.Diagnostics)
        {
            var view = DiagnosticView.Of(d, report.Source);
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
