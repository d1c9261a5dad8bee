using System.Text.Json;
using Galley.Diagnostics;
using Galley.Source;
using Galley.Text;

namespace Galley.Evaluation;

/// <summary>Reads the JSON lines the Harper runner prints (<c>harper.mjs FILE</c>): one lint per line with
/// start, end (UTF-16 offsets), kind, message and suggestions (replacement texts, best first).
/// The first suggestion replaces the span, unless the optional <c>suggestion_kinds</c> (printed by
/// scripts/eval/harper-edits.mjs) says it is inserted after the span ("insert-after") or removes it ("remove").
/// Without kinds, an insert-after suggestion scores as a wrong correction but still as a detection.</summary>
public static class HarperJson
{
    public static IReadOnlyList<TextFlag> Parse(IEnumerable<string> lines, int textLength, string sourceName)
    {
        var flags = new List<TextFlag>();
        int lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                int start = root.GetProperty("start").GetInt32(), end = root.GetProperty("end").GetInt32();
                if (start < 0 || end < start || end > textLength)
                    throw new InputException($"{sourceName}:{lineNumber}: lint range {start}..{end} is outside the text ({textLength} characters).");
                var span = TextSpan.FromBounds(start, end);
                string kind = root.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "";
                string message = root.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                var fix = new List<TextEdit>();
                if (root.TryGetProperty("suggestions", out var s) && s.ValueKind == JsonValueKind.Array && s.GetArrayLength() > 0)
                {
                    string firstKind = root.TryGetProperty("suggestion_kinds", out var kinds) && kinds.ValueKind == JsonValueKind.Array
                        && kinds.GetArrayLength() > 0 ? kinds[0].GetString() ?? "" : "replace";
                    fix.Add(firstKind switch
                    {
                        "insert-after" => new TextEdit(new TextSpan(end, 0), s[0].GetString() ?? ""),
                        "remove" => new TextEdit(span, ""),
                        _ => new TextEdit(span, s[0].GetString() ?? ""),
                    });
                }
                flags.Add(new TextFlag(span, fix, EvalCategories.FromHarperKind(kind), "harper:" + kind, message));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InputException($"{sourceName}:{lineNumber}: not a Harper lint line ({e.Message}).");
            }
        }
        return flags;
    }
}
