using System.Diagnostics;
using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules;

namespace Galley.Benchmarks;

/// <summary>The in-process targets, measured after a warm-up to the runtime's steady state: warm throughput of the whole
/// default check on one thread (≥ 1,000,000 words/s), and linear cost (10× the words, the text repeated, within 11× the time). Prints
/// where the time goes, phase by phase and rule by rule; exits 1 when a target is missed.</summary>
internal static class Targets
{
    private const double WordsPerSecondTarget = 1_000_000;
    private const double ScalingTarget = 11.0;

    public static int Run(string[] args)
    {
        int words = args.Length > 1 && args[0] == "--words" ? int.Parse(args[1]) : BenchText.DefaultWords;
        bool report = !args.Contains("--no-phases");
        var text = BenchText.Build(words);
        int counted = BenchText.CountWords(text);
        Console.WriteLine($"text: {BenchText.Source}, {counted:N0} words");

        bool tiered = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") != "0";
        Console.WriteLine(tiered
            ? "tiered compilation: on. Warm figures include code not yet optimized; set DOTNET_TieredCompilation=0 to measure optimized code (as the native build runs)"
            : "tiered compilation: off (every method optimized when first compiled, as in the native build)");
        var cold = Stopwatch.StartNew();
        _ = Lexicon.Lexicon.Default;
        Console.WriteLine($"lexicon load: {cold.Elapsed.TotalMilliseconds:N0} ms, {Memory()}");
        if (report)
        {
            Console.WriteLine("first check, where the lazy loads land (JIT included):");
            Phases(text);
        }
        cold.Restart();
        Checker.Check(text);
        Console.WriteLine($"second check: {cold.Elapsed.TotalMilliseconds:N0} ms, after it {Memory()}");

        WarmUp(text);
        double seconds = Best(() => Checker.Check(text), 3, out double cpuSeconds);
        // Judged on CPU time: on one core it equals wall time on a quiet machine, and it barely moves when others load it.
        double rate = counted / cpuSeconds;
        Console.WriteLine($"warm check: {seconds * 1000:N0} ms wall, {cpuSeconds * 1000:N0} ms CPU, {rate:N0} words/s by CPU time (target {WordsPerSecondTarget:N0})");
        if (report)
        {
            Console.WriteLine("warm:");
            Phases(text);
        }

        var large = BenchText.Build(words * 10);
        Best(() => Checker.Check(large), 2, out double largeCpuSeconds);
        double ratio = largeCpuSeconds / cpuSeconds;
        Console.WriteLine($"scaling: {words:N0} words {cpuSeconds * 1000:N0} ms → {words * 10:N0} words {largeCpuSeconds * 1000:N0} ms CPU, ×{ratio:F1} (target ≤ ×{ScalingTarget})");

        bool ok = rate >= WordsPerSecondTarget && ratio <= ScalingTarget;
        Console.WriteLine(ok ? "targets: met" : "targets: MISSED");
        return ok ? 0 : 1;
    }

    /// <summary>Brings the code to the steady state of a long-lived process (the editors' server): tiered compilation
    /// runs a method unoptimized first and recompiles it fully once it has been called 30 times and no new method has
    /// been compiled for a moment. A few checks of a large text leave much of the code unoptimized (half the speed);
    /// the text is checked until a check compiles almost nothing new (at least 5 times, at most 20).</summary>
    private static void WarmUp(string text)
    {
        int runs = 0;
        for (long compiled = long.MaxValue; runs < 20 && (runs < 5 || compiled > 100); runs++)
        {
            long before = System.Runtime.JitInfo.GetCompiledMethodCount();
            Checker.Check(text);
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
        }
        Console.WriteLine($"warm-up: {runs} checks, until a check compiled under 100 methods");
    }

    private static string Memory() =>
        $"managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:N0} MB, working set {Environment.WorkingSet / 1048576.0:N0} MB";

    /// <summary>The best wall time of <paramref name="runs"/> runs, and the best CPU time (user + system) of the process.</summary>
    private static double Best(Action action, int runs, out double bestCpu)
    {
        double best = double.MaxValue;
        bestCpu = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            var cpu = CpuSeconds();
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, CpuSeconds() - cpu);
        }
        return best;
    }

    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>Where a warm check spends its time (CPU milliseconds), and what it allocates (bytes per token; on every thread, since
    /// suggestions use all cores).</summary>
    private static void Phases(string text)
    {
        var lexicon = Lexicon.Lexicon.Default;
        var watch = CpuWatch.StartNew();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var manuscript = Manuscript.Parse(text, lexicon.Language);
        int tokens = Math.Max(1, manuscript.Tokens.Length);
        Line("parse");
        var context = new CheckContext(manuscript, lexicon, CheckOptions.Default);
        Line("names");
        var sink = new DiagnosticSink();
        foreach (var rule in RuleCatalog.Enabled(CheckOptions.Default))
        {
            rule.Check(context, sink);
            Line($"{rule.Info.Id} {rule.Info.Name}");
        }
        Console.WriteLine($"  ({sink.Items.Count} diagnostics before filtering; B/token: bytes allocated per token, {tokens:N0} tokens)");

        void Line(string phase)
        {
            long now = GC.GetTotalAllocatedBytes(precise: true);
            Console.WriteLine($"  {phase,-40} {watch.Milliseconds,8:N1} ms {(double)(now - allocated) / tokens,8:N1} B/token");
            allocated = now;
            watch.Restart();
        }
    }

    /// <summary>CPU time (user + system) of the process since the last restart.</summary>
    private sealed class CpuWatch
    {
        private double _start = CpuSeconds();
        public static CpuWatch StartNew() => new();
        public void Restart() => _start = CpuSeconds();
        public double Milliseconds => (CpuSeconds() - _start) * 1000;
    }
}
