using System.Text.Json;
using Galley.Source;
using Galley.Text;

namespace Galley.Evaluation;

/// <summary>One short test case in the peer-suite format (one JSON object a line): an error with its accepted
/// corrections (<c>positive</c>), a text that must raise nothing (<c>negative</c>, <c>clean</c> when every word is a
/// dictionary word), or a text that must raise something (<c>count</c>).</summary>
public sealed record PeerCase(string Id, CaseKind Kind, string Category, string Lint, string Input, IReadOnlyList<string> Expected, bool Clean);

public enum CaseKind { Positive, Negative, Count }

public static class PeerCaseReader
{
    public static List<PeerCase> Read(IEnumerable<string> lines, string sourceName)
    {
        var cases = new List<PeerCase>();
        int lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            if (raw.Trim().Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(raw);
                var root = doc.RootElement;
                string kindName = root.GetProperty("kind").GetString() ?? "";
                var kind = kindName switch
                {
                    "positive" => CaseKind.Positive,
                    "negative" => CaseKind.Negative,
                    "count" => CaseKind.Count,
                    _ => throw new InputException($"{sourceName}:{lineNumber}: kind \u201c{kindName}\u201d is not positive, negative or count."),
                };
                var expected = root.TryGetProperty("expected", out var e) && e.ValueKind == JsonValueKind.Array
                    ? e.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
                if (kind == CaseKind.Positive && expected.Count == 0)
                    throw new InputException($"{sourceName}:{lineNumber}: a positive case needs an \u201cexpected\u201d list.");
                cases.Add(new PeerCase(
                    Text(root, "id") ?? $"line {lineNumber}", kind, Text(root, "category") ?? EvalCategories.Other,
                    Text(root, "lint") ?? "", root.GetProperty("input").GetString() ?? "", expected,
                    root.TryGetProperty("clean", out var c) && c.ValueKind == JsonValueKind.True));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InputException($"{sourceName}:{lineNumber}: not a test case ({ex.Message}).");
            }
        }
        return cases;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>What a checker did with one case.</summary>
public sealed record CaseOutcome(PeerCase Case, bool Found, bool Corrected, bool FalseAlarm, string CorrectedText, IReadOnlyList<TextFlag> Flags);

/// <summary>Scores a checker's flags on one case. A positive is <i>found</i> when a flag overlaps the words that
/// differ between the input and an accepted correction, and <i>corrected</i> when applying the first fix of those
/// flags yields an accepted correction. A negative with any flag is a false alarm; a count case is found by any flag.</summary>
public static class PeerCaseScoring
{
    public static CaseOutcome Score(PeerCase c, IReadOnlyList<TextFlag> flags)
    {
        switch (c.Kind)
        {
            case CaseKind.Negative:
                return new CaseOutcome(c, false, false, flags.Count > 0, c.Input, flags);
            case CaseKind.Count:
                return new CaseOutcome(c, flags.Count > 0, false, false, c.Input, flags);
        }
        var regions = c.Expected.Select(e => DifferingWords(c.Input, e)).ToList();
        var touching = flags.Where(f => regions.Any(r => Touches(f.Span, r))).ToList();
        string corrected = Galley.Fixes.FixEngine.Apply(c.Input, touching, f => f.Fix).Text;
        bool right = c.Expected.Any(e => Same(e, corrected));
        return new CaseOutcome(c, touching.Count > 0, right, false, corrected, flags);
    }

    /// <summary>The span of <paramref name="input"/> that differs from <paramref name="expected"/>, widened to whole
    /// words (an insertion is an empty span at its place).</summary>
    public static TextSpan DifferingWords(string input, string expected)
    {
        int prefix = 0, max = Math.Min(input.Length, expected.Length);
        while (prefix < max && input[prefix] == expected[prefix]) prefix++;
        int suffix = 0;
        while (suffix < max - prefix && input[input.Length - 1 - suffix] == expected[expected.Length - 1 - suffix]) suffix++;
        int start = prefix, end = input.Length - suffix;
        // Widen to the words the change touches; an insertion of whole words ("went [to the ]store") touches neither.
        string inserted = expected.Substring(prefix, expected.Length - suffix - prefix);
        bool changed = end > start;
        if (changed || (inserted.Length > 0 && char.IsLetterOrDigit(inserted[0])))
            while (start > 0 && char.IsLetterOrDigit(input[start - 1])) start--;
        if (changed || (inserted.Length > 0 && char.IsLetterOrDigit(inserted[^1])))
            while (end < input.Length && char.IsLetterOrDigit(input[end])) end++;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>Overlap, or for an empty region (an insertion) a flag that reaches it.</summary>
    private static bool Touches(TextSpan flag, TextSpan region) =>
        region.Length == 0 ? flag.Start <= region.Start && region.Start <= flag.End
                           : flag.Start < region.End && region.Start < flag.End;

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
}
