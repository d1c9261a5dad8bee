using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules;
using Galley.Text;

namespace Galley.Checking;

/// <summary>The result of checking one manuscript: the model and the diagnostics in text order.</summary>
/// <param name="Names">The names the check learned from the manuscript, for analyses that follow it (the story report).</param>
public sealed record CheckResult(Manuscript Manuscript, IReadOnlyList<Diagnostic> Diagnostics, NameBook Names);

/// <summary>The library's front door: text in, diagnostics out.</summary>
public static class Checker
{
    /// <summary>Characters (about 9,000 words) from which a text is checked paragraph by paragraph on all cores.</summary>
    internal const int ParallelFrom = 50_000;

    /// <summary>Cores from which checking paragraph by paragraph in parallel pays: paragraph by paragraph costs about
    /// 1.7 times the work of a whole check (each paragraph's analyses are set up on their own, its tallies are counted
    /// for the whole), so two cores gain nothing.</summary>
    internal const int ParallelCores = 4;

    /// <summary>Checks <paramref name="text"/>. A large text on a machine with many cores is checked paragraph by
    /// paragraph on all of them (<see cref="IncrementalChecker"/>); the diagnostics are the same as a sequential check's.
    /// While real-word tuning leaves sentences out of the n-gram model (<see cref="Context.NgramModel.LeaveOut"/>, one
    /// thread's), the check stays on the calling thread.</summary>
    public static CheckResult Check(string text, CheckOptions? options = null, IEnumerable<Rule>? rules = null)
    {
        options ??= CheckOptions.Default;
        var chosen = (rules ?? RuleCatalog.Enabled(options)).ToList();
        if (text.Length >= ParallelFrom && Environment.ProcessorCount >= ParallelCores && Context.NgramModel.LeaveOut is null)
            return CheckInParallel(text, options, chosen);
        return CheckWhole(text, options, chosen);
    }

    /// <summary>The check of the whole manuscript at once, on one thread.</summary>
    internal static CheckResult CheckWhole(string text, CheckOptions options, IReadOnlyList<Rule> rules)
    {
        var manuscript = Manuscript.Parse(text, Lexicon.Lexicon.Default.Language);
        var context = new CheckContext(manuscript, Lexicon.Lexicon.Default, options);
        var sink = new DiagnosticSink();
        foreach (var rule in rules)
            rule.Check(context, sink);
        var diagnostics = FirstOfEachSpelling(OnePerCorrection(InOrder(Keep(sink.Items, manuscript, options))), text, rules).ToList();
        return new CheckResult(manuscript, diagnostics, context.Names);
    }

    /// <summary>The paragraph-local rules paragraph by paragraph on all cores, the others over the whole text.</summary>
    internal static CheckResult CheckInParallel(string text, CheckOptions options, List<Rule> rules)
    {
        var parse = Task.Run(() => Manuscript.Parse(text, Lexicon.Lexicon.Default.Language));   // for the result: the reports read it
        var checker = new IncrementalChecker(options, rules);
        var diagnostics = checker.Check(text);
        return new CheckResult(parse.Result, diagnostics, checker.Names);
    }

    /// <summary>Text order: by start, then end, then rule ID; a stable sort, so one rule's findings at one place keep theirs.</summary>
    internal static IEnumerable<Diagnostic> InOrder(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.RuleId, StringComparer.Ordinal);

    /// <summary>Two rules that find the same mistake — the same span and the same first fix (its cage: the apostrophe
    /// rules of grammar and of context) — are reported once: the more severe, or on a tie the first by rule ID.
    /// <paramref name="ordered"/> is in text order (<see cref="InOrder"/>), so such findings stand side by side.</summary>
    internal static IEnumerable<Diagnostic> OnePerCorrection(IEnumerable<Diagnostic> ordered)
    {
        var group = new List<Diagnostic>();
        foreach (var d in ordered)
        {
            if (group.Count > 0 && group[0].Span != d.Span)
            {
                foreach (var kept in Distinct(group)) yield return kept;
                group.Clear();
            }
            group.Add(d);
        }
        foreach (var kept in Distinct(group)) yield return kept;

        static IEnumerable<Diagnostic> Distinct(List<Diagnostic> sameSpan) =>
            sameSpan.Count == 1 ? sameSpan : sameSpan.Where(d => d.Fixes.Count == 0 || !sameSpan.Any(other => !ReferenceEquals(other, d)
                && other.Fixes.Count > 0 && FirstFix(other) == FirstFix(d)
                && (other.Severity > d.Severity || other.Severity == d.Severity && string.CompareOrdinal(other.RuleId, d.RuleId) < 0)));

        static string FirstFix(Diagnostic d) => string.Join('\u0001', d.Fixes[0].Edits.Select(e => $"{e.Span.Start}:{e.Span.Length}:{e.NewText}"));
    }

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
    internal static IEnumerable<Diagnostic> Keep(IEnumerable<Diagnostic> found, Manuscript manuscript, CheckOptions options)
    {
        List<TextSpan>? speech = null;
        return found.Where(d => d.Severity >= options.MinimumSeverity)
            .Where(d => d.Rule.AppliesInSpeech || !InSpeech(speech ??= SpeechRanges(manuscript), d.Span.Start));
    }

    /// <summary>The text covered by speech as disjoint ranges in order, so each diagnostic is placed by binary search
    /// (a novel has tens of thousands of quotations).</summary>
    private static List<TextSpan> SpeechRanges(Manuscript manuscript)
    {
        var spans = manuscript.Quotations.Where(q => q.IsSpeech && q.Span.Length > 0).Select(q => q.Span).OrderBy(s => s.Start).ToList();
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else merged.Add(span);
        }
        return merged;
    }

    private static bool InSpeech(List<TextSpan> speech, int offset)
    {
        int low = 0, high = speech.Count - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            if (speech[middle].End <= offset) low = middle + 1;
            else if (speech[middle].Start > offset) high = middle - 1;
            else return true;
        }
        return false;
    }
}
