using System.Text;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Lexicon;
using Galley.Rules;
using Galley.Rules.Capitalization;
using Galley.Rules.Dialogue;
using Galley.Rules.Grammar;
using Galley.Rules.Spelling;
using Galley.Story;
using Galley.Source;

namespace Galley.Benchmarks;

/// <summary>Allocated bytes per token of each per-token path (decoding, parsing, lexicon lookups, tagging, n-gram
/// scoring), of the whole default check and of each rule, warm (each path once before it is measured, so lazy loads and
/// per-distinct-word caches are not counted). A measurement, not a test: it prints and returns 0.</summary>
internal static class Allocation
{
    public static int Run(string[] args)
    {
        int at = Array.IndexOf(args, "--words");
        int words = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : BenchText.DefaultWords;
        var text = BenchText.Build(words);
        var bytes = Encoding.UTF8.GetBytes(text);
        var lexicon = Lexicon.Lexicon.Default;
        Checker.Check(text);   // loads every dataset and fills the per-word caches
        var manuscript = Manuscript.Parse(text, lexicon.Language);
        int tokens = manuscript.Tokens.Length;
        Console.WriteLine($"text: {BenchText.Source}, {BenchText.CountWords(text):N0} words, {tokens:N0} tokens, {manuscript.Sentences.Count:N0} sentences");
        Console.WriteLine("allocated bytes per token (warm, this thread; the output arrays themselves included):");

        Report("decode (UTF-8 → string)", tokens, () => TextDecoder.Decode(bytes, "bench.txt"));
        Report("parse (Manuscript.Parse)", tokens, () => Manuscript.Parse(text, lexicon.Language));
        Report("lexicon: word list, every word", tokens, () => PerTokenPaths.LookUpEveryWord(manuscript, lexicon));
        Report("lexicon: frequency, every word", tokens, () => PerTokenPaths.FrequencyOfEveryWord(manuscript, lexicon));
        Report("names (NameBook.Learn)", tokens, () => NameBook.Learn(manuscript, lexicon, CheckOptions.Default));
        CheckContext NewContext() => new(manuscript, lexicon, CheckOptions.Default);
        Report("tagging (PosTags.Of)", tokens, NewContext, context => PosTags.Of(context));
        Report("n-gram scores, every sentence", tokens, () => PerTokenPaths.ScoreEverySentence(manuscript));
        Console.WriteLine("the analyses the rules share (each on a new context, its names learned outside the measurement):");
        Report("  grammar words (GrammarText)", tokens, NewContext, context => GrammarText.Of(context));
        Report("  speech tags (SpeechTags)", tokens, NewContext, context => SpeechTags.Of(context));
        Report("  capitals (Capitals)", tokens, NewContext, context => Capitals.Of(context));
        Report("  tense (TenseReport, tags included)", tokens, NewContext, context => TenseAnalysis.Of(context));
        Report("  real-word findings (tags included)", tokens, NewContext, context => RealWordFindings.Of(context));
        Report("  spelling scan (SpellingScan)", tokens, NewContext, context => SpellingScan.Of(context), allThreads: true);
        Report("whole check (Checker.Check)", tokens, () => Checker.Check(text), allThreads: true);

        Console.WriteLine("per rule, on one shared context (shared analyses land on the first rule that asks):");
        var shared = new CheckContext(manuscript, lexicon, CheckOptions.Default);
        var sink = new DiagnosticSink();
        var perRule = new List<(string Rule, long Bytes)>();
        foreach (var rule in RuleCatalog.Enabled(CheckOptions.Default))
            perRule.Add(($"{rule.Info.Id} {rule.Info.Name}", Measure(() => rule.Check(shared, sink))));
        foreach (var (rule, allocated) in perRule.OrderByDescending(r => r.Bytes).Take(15))
            Console.WriteLine($"  {rule,-40} {(double)allocated / tokens,8:N1} B/token {allocated / 1048576.0,8:N1} MB");

        if (!args.Contains("--types")) return 0;
        Console.WriteLine("the whole check's allocations by type (sampled about every 100 KB):");
        using var sampler = new AllocationSampler();
        foreach (var (type, sampled) in sampler.Sample(() => Checker.Check(text)).Take(25))
            Console.WriteLine($"  {type,-90} {(double)sampled / tokens,8:N1} B/token");
        return 0;
    }

    private static void Report(string phase, int tokens, Action action, bool allThreads = false) =>
        Report(phase, tokens, () => 0, _ => action(), allThreads);

    /// <summary>Measures <paramref name="action"/> on what <paramref name="setup"/> made (made outside the measurement).</summary>
    private static void Report<T>(string phase, int tokens, Func<T> setup, Action<T> action, bool allThreads = false)
    {
        action(setup());   // warm: JIT, lazy loads, per-word caches
        var state = setup();
        long allocated = Measure(() => action(state), allThreads);
        Console.WriteLine($"  {phase,-40} {(double)allocated / tokens,8:N2} B/token {allocated / 1048576.0,8:N2} MB");
    }

    /// <summary>Bytes allocated while <paramref name="action"/> runs: on this thread, or on every thread (the whole
    /// check gives suggestions to other cores).</summary>
    public static long Measure(Action action, bool allThreads = false)
    {
        long before = allThreads ? GC.GetTotalAllocatedBytes(precise: true) : GC.GetAllocatedBytesForCurrentThread();
        action();
        return (allThreads ? GC.GetTotalAllocatedBytes(precise: true) : GC.GetAllocatedBytesForCurrentThread()) - before;
    }
}
