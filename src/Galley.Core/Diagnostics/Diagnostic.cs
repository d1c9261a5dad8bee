using Galley.Rules;
using Galley.Text;

namespace Galley.Diagnostics;

/// <summary>One problem found in a manuscript: where, which rule, what to tell the writer, and ranked fixes.</summary>
public sealed record Diagnostic(RuleInfo Rule, TextSpan Span, string Message, IReadOnlyList<Fix> Fixes, Severity Severity)
{
    public string RuleId => Rule.Id;
    public Category Category => Rule.Category;

    /// <summary>True when the fix can be applied without asking: the rule is sure and there is only one way to fix it.</summary>
    public bool HasSafeFix => Fixes.Count == 1 && Rule.FixesAreSafe && Severity != Severity.Info;

    /// <summary>How each fix would make the flagged span read, best first.</summary>
    public IEnumerable<string> Suggestions(string text) => Fixes.Select(f => f.Preview(text, Span));

    /// <summary>The fixes in words for a reader, best first: <c>try “believed” (or “beloved”, “believes”)</c>, or
    /// <c>remove “the”</c> where a fix leaves nothing in the flagged span; null without fixes.</summary>
    public string? DescribeFixes(string text, int alternatives = 3)
    {
        var labels = Fixes.Select(f => f.Preview(text, Span) is { Length: > 0 } preview
                ? $"\u201c{preview}\u201d" : $"remove \u201c{text.Substring(Span.Start, Span.Length)}\u201d")
            .Distinct().ToList();
        if (labels.Count == 0) return null;
        string first = labels[0].StartsWith("remove", StringComparison.Ordinal) ? labels[0] : $"try {labels[0]}";
        return labels.Count == 1 ? first : $"{first} (or {string.Join(", ", labels.Skip(1).Take(alternatives))})";
    }
}
