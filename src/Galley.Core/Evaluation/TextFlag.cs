using Galley.Checking;
using Galley.Diagnostics;
using Galley.Text;

namespace Galley.Evaluation;

/// <summary>A checker's flag in text offsets (UTF-16), whoever raised it: Galley or a peer. Every scorer starts from
/// these, so Galley and peers are scored by the same code.</summary>
public sealed record TextFlag(TextSpan Span, IReadOnlyList<TextEdit> Fix, string Category, string Rule, string Message)
{
    public static IReadOnlyList<TextFlag> FromGalley(CheckResult result) =>
        result.Diagnostics.Select(d => new TextFlag(d.Span, d.Fixes.Count > 0 ? d.Fixes[0].Edits : [],
            EvalCategories.Name(d.Category), d.RuleId, d.Message)).ToList();

    /// <summary>The flags as character-level flags over <paramref name="text"/>. Two flags with the same span and
    /// the same fix count once: the writer sees one problem.</summary>
    public static List<SystemFlag<char>> ToCharFlags(IEnumerable<TextFlag> flags, string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<SystemFlag<char>>();
        foreach (var flag in flags)
        {
            string key = $"{flag.Span}|{string.Join("|", flag.Fix.Select(e => $"{e.Span}>{e.NewText}"))}";
            if (!seen.Add(key)) continue;
            var edits = flag.Fix.Select(e => new UnitEdit<char>(e.Span.Start, e.Span.End, e.NewText.ToCharArray())).ToList();
            result.Add(new SystemFlag<char>(flag.Span.Start, flag.Span.End, edits, flag.Category, flag.Describe(text), flag.Rule));
        }
        return result;
    }

    /// <summary>"rule: "flagged text" → fix: message", for listings of false positives.</summary>
    public string Describe(string text)
    {
        string flagged = text.Substring(Span.Start, Span.Length);
        string fix = Fix.Count == 0 ? "" : $" → \u201c{new Fix("", Fix).Preview(text, Span)}\u201d";
        return $"{Rule}: \u201c{flagged}\u201d{fix} ({Message})";
    }
}
