using System.Diagnostics;
using Galley.Checking;
using Galley.Context;
using Galley.Lexicon;
using Galley.Rules.Grammar;

namespace Galley.Benchmarks;

/// <summary>Where start-up goes: each dataset's first load, timed in order in a fresh process (run it as its own
/// process: a second call finds everything loaded). JIT time is included, as a user's first check pays it. CPU time
/// (all threads) is printed beside wall time: it moves less when other jobs share the machine.</summary>
internal static class Startup
{
    public static int Run()
    {
        var total = Stopwatch.StartNew();
        Time("word list and language data", () => _ = Lexicon.Lexicon.Default);
        Time("frequencies", () => Lexicon.Lexicon.Default.Frequency("the"));
        Time("known misspellings", () => Lexicon.Lexicon.Default.KnownCorrections("teh"));
        Time("syllables", () => Lexicon.Lexicon.Default.Syllables("the"));
        Time("Brown vocabulary", () => Vocabulary.Default.IdOf("the"));
        Time("tagger model", () => _ = TaggerModel.Default);
        Time("n-gram model", () => NgramModel.Default.IdOf("the"));
        Time("confusion classifiers, every set", () =>
        {
            for (int set = 0; set < ConfusionClassifier.Default.SetCount; set++) _ = ConfusionClassifier.Default.ModelOf(set);
        });
        Time("word tags (grammar)", () => WordTags.Of("the"));
        Time("suggestion index", () => new Suggester(Lexicon.Lexicon.Default, Dialect.EnUS, []).Suggest("teh"));
        Time("first check, 2 words", () => Checker.Check("Hello world."));
        Time("second check, sample paragraph", () => Checker.Check(SyntheticNovel.Build(2_000)));
        Console.WriteLine($"{"total",-34} {total.Elapsed.TotalMilliseconds,8:N1} ms, managed heap {GC.GetTotalMemory(true) / 1048576.0:N0} MB, working set {Environment.WorkingSet / 1048576.0:N0} MB");
        return 0;
    }

    private static void Time(string what, Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{what,-34} {watch.Elapsed.TotalMilliseconds,8:N1} ms wall {used.TotalMilliseconds,8:N1} ms CPU");
    }
}
