using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules;

namespace Galley.Checking;

/// <summary>The result of checking one manuscript: the model and the diagnostics in text order.</summary>
public sealed record CheckResult(Manuscript Manuscript, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The library's front door: text in, diagnostics out.</summary>
public static class Checker
{
    public static CheckResult Check(string text, CheckOptions? options = null, IEnumerable<Rule>? rules = null)
    {
        options ??= CheckOptions.Default;
        var lexicon = Lexicon.Lexicon.Default;
        var manuscript = Manuscript.Parse(text, lexicon.Language);
        var context = new CheckContext(manuscript, lexicon, options);
        var sink = new DiagnosticSink();
        var chosen = (rules ?? RuleCatalog.Enabled(options)).ToList();
        foreach (var rule in chosen)
            rule.Check(context, sink);
        var diagnostics = FirstOfEachSpelling(InOrder(Keep(sink.Items, manuscript, options)), text, chosen).ToList();
        return new CheckResult(manuscript, diagnostics);
    }

    /// <summary>Text order: by start, then end, then rule ID; a stable sort, so one rule's findings at one place keep theirs.</summary>
    internal static IEnumerable<Diagnostic> InOrder(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.RuleId, StringComparer.Ordinal);

    /// <summary>Leaves out the later findings of a <see cref="Rule.OncePerSpelling"/> rule on a spelling it has already
    /// reported; <paramref name="ordered"/> is in text order.</summary>
    internal static IEnumerable<Diagnostic> FirstOfEachSpelling(IEnumerable<Diagnostic> ordered, string text, IEnumerable<Rule> rules)
    {
        var once = rules.Where(r => r.OncePerSpelling).Select(r => r.Info.Id).ToHashSet(StringComparer.Ordinal);
        if (once.Count == 0) return ordered;
        var reported = new HashSet<(string, string)>();
        return ordered.Where(d => !once.Contains(d.RuleId) || reported.Add((d.RuleId, text.Substring(d.Span.Start, d.Span.Length))));
    }

    /// <summary>The diagnostics the options ask for, leaving out those of rules that do not apply inside speech.</summary>
    internal static IEnumerable<Diagnostic> Keep(IEnumerable<Diagnostic> found, Manuscript manuscript, CheckOptions options) =>
        found.Where(d => d.Severity >= options.MinimumSeverity).Where(d => d.Rule.AppliesInSpeech || !InSpeech(manuscript, d));

    private static bool InSpeech(Manuscript manuscript, Diagnostic diagnostic)
    {
        foreach (var q in manuscript.Quotations)
            if (q.IsSpeech && q.Span.Contains(diagnostic.Span.Start)) return true;
        return false;
    }
}
