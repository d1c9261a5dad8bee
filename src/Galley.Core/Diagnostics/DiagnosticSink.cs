using Galley.Rules;
using Galley.Text;

namespace Galley.Diagnostics;

/// <summary>Collects what rules report. A rule only ever adds to its sink.</summary>
public sealed class DiagnosticSink
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Report(RuleInfo rule, TextSpan span, string message, params Fix[] fixes) =>
        _items.Add(new Diagnostic(rule, span, message, fixes, rule.Severity));

    public void Report(RuleInfo rule, TextSpan span, string message, Severity severity, params Fix[] fixes) =>
        _items.Add(new Diagnostic(rule, span, message, fixes, severity));

    /// <summary>Reports with one replacement of the span per suggestion, best first.</summary>
    public void ReportReplace(RuleInfo rule, TextSpan span, string message, IEnumerable<string> replacements) =>
        _items.Add(new Diagnostic(rule, span, message, Fix.ReplaceEach(span, replacements), rule.Severity));
}
