using System.Text.Encodings.Web;
using System.Text.Json;
using Galley.Cli.Commands;

namespace Galley.Cli.Output;

/// <summary>{"file", "diagnostics": [{"rule", "category", "severity", "start", "end", "line", "column", "text", "location", "message", "suggestions"}]};
/// several files make an array. start/end are UTF-16 code units into the checked prose; location says where that is in the file.</summary>
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
            var view = DiagnosticView.Of(d, report);
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
            if (view.Location is { } location) WriteLocation(json, location);
            json.WriteString("message", d.Message);
            json.WriteStartArray("suggestions");
            foreach (var s in view.Suggestions) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>"location": {"kind": "text", "line", "column", "offset"} in the file for text formats, or
    /// {"kind": "package", "chapter", "part", "paragraph", "run", "paragraphOffset"} for .docx and .epub.</summary>
    private static void WriteLocation(Utf8JsonWriter json, Galley.Formats.Mapping.SourceLocation location)
    {
        json.WriteStartObject("location");
        json.WriteString("kind", location.IsLineBased ? "text" : "package");
        Number("line", location.Line);
        Number("column", location.Column);
        Number("offset", location.Offset);
        Number("chapter", location.Chapter);
        if (location.Part is not null) json.WriteString("part", location.Part);
        Number("paragraph", location.IsLineBased ? null : location.Paragraph);
        Number("run", location.Run);
        Number("paragraphOffset", location.ParagraphOffset);
        json.WriteEndObject();

        void Number(string name, int? value) { if (value is int n) json.WriteNumber(name, n); }
    }
}
