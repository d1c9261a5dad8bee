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
}
