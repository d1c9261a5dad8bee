using System.Text.Encodings.Web;
using System.Text.Json;
using Galley.Cli.Commands;
using Galley.Output;

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

    public static void WriteFile(Utf8JsonWriter json, FileReport report) =>
        DiagnosticJson.WriteFile(json, report.Source, report.Result.Diagnostics, report.Locator, report.EndLocator);
}
