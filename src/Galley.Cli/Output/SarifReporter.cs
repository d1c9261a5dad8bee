using System.Text.Encodings.Web;
using System.Text.Json;
using Galley.Cli.Commands;
using Galley.Diagnostics;
using Galley.Rules;
using Galley.Output;
using Galley.Source;

namespace Galley.Cli.Output;

/// <summary>SARIF 2.1.0: one run, Galley's rules as the driver's rules, each diagnostic a result with a region
/// (1-based line and column, UTF-16 char offset and length) and its fixes.</summary>
internal static class SarifReporter
{
    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports)
    {
        var rules = RuleCatalog.All.ToList();
        var ruleIndex = rules.Select((r, i) => (r.Info.Id, i)).ToDictionary(x => x.Id, x => x.i);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "Galley");
            json.WriteString("version", typeof(SarifReporter).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Info.Id);
                json.WriteString("name", rule.Info.Name);
                json.WriteStartObject("shortDescription"); json.WriteString("text", rule.Info.Summary); json.WriteEndObject();
                if (rule.Info.Help.Length > 0) { json.WriteStartObject("help"); json.WriteString("text", rule.Info.Help); json.WriteEndObject(); }
                json.WriteStartObject("defaultConfiguration"); json.WriteString("level", Level(rule.Info.Severity)); json.WriteEndObject();
                json.WriteStartObject("properties"); json.WriteString("category", DiagnosticView.CategoryName(rule.Info.Category)); json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("artifacts");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteStartObject("location"); json.WriteString("uri", Uri(report.Source.Path)); json.WriteEndObject();
                json.WriteString("encoding", "utf-8");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("results");
            for (int file = 0; file < reports.Count; file++)
                foreach (var d in reports[file].Result.Diagnostics) WriteResult(json, reports[file], file, d, ruleIndex[d.RuleId]);
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteResult(Utf8JsonWriter json, FileReport report, int fileIndex, Diagnostic d, int ruleIndex)
    {
        var view = DiagnosticView.Of(d, report.Source, report.Locator, report.EndLocator);
        json.WriteStartObject();
        json.WriteString("ruleId", d.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message"); json.WriteString("text", d.Message); json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, report, fileIndex);
        WriteRegion(json, view.Line, view.Column, view.EndLine, view.EndColumn, view.Location?.Offset ?? d.Span.Start, d.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        var fixes = d.Fixes.Select(fix => FileReplacements(report, fix)).Where(r => r is not null).ToList();
        if (fixes.Count > 0)
        {
            json.WriteStartArray("fixes");
            foreach (var (fix, replacements) in fixes.Select(f => f!.Value))
            {
                json.WriteStartObject();
                json.WriteStartObject("description"); json.WriteString("text", fix.Title); json.WriteEndObject();
                json.WriteStartArray("artifactChanges");
                json.WriteStartObject();
                WriteArtifact(json, report, fileIndex);
                json.WriteStartArray("replacements");
                foreach (var (start, end, newText, lines) in replacements)
                {
                    var (line, column) = lines.GetPosition(start);
                    var (endLine, endColumn) = lines.GetPosition(end);
                    json.WriteStartObject();
                    json.WritePropertyName("deletedRegion");
                    json.WriteStartObject();
                    WriteRegionFields(json, line, column, endLine, endColumn, start, end - start);
                    json.WriteEndObject();
                    json.WriteStartObject("insertedContent"); json.WriteString("text", newText); json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>A fix's edits as regions of the writer's file: the checked text itself for plain text; for Markdown
    /// and HTML only when every edit falls in text copied verbatim from the file. Null when the fix cannot be
    /// expressed as replacements of the file (packages, entities, edits across markup).</summary>
    private static (Fix Fix, List<(int Start, int End, string NewText, LineIndex Lines)> Edits)? FileReplacements(FileReport report, Fix fix)
    {
        var edits = new List<(int, int, string, LineIndex)>();
        if (report.Formatted is null or { Format: "txt" })
        {
            foreach (var edit in fix.Edits) edits.Add((edit.Span.Start, edit.Span.End, edit.NewText, report.Source.Lines));
            return (fix, edits);
        }
        if (report.FileLines is not { } lines) return null;
        foreach (var edit in fix.Edits)
        {
            if (!report.Formatted.TryLocateInFile(edit, out int start, out int end)) return null;
            edits.Add((start, end, edit.NewText, lines));
        }
        return (fix, edits);
    }

    private static void WriteArtifact(Utf8JsonWriter json, FileReport report, int fileIndex)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(report.Source.Path));
        json.WriteNumber("index", fileIndex);
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, int line, int column, int endLine, int endColumn, int offset, int length)
    {
        json.WriteStartObject("region");
        WriteRegionFields(json, line, column, endLine, endColumn, offset, length);
        json.WriteEndObject();
    }

    private static void WriteRegionFields(Utf8JsonWriter json, int line, int column, int endLine, int endColumn, int offset, int length)
    {
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteNumber("charOffset", offset);
        json.WriteNumber("charLength", length);
    }

    private static string Uri(string path) => path.Replace('\\', '/');

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
