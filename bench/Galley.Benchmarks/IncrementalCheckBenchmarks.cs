using BenchmarkDotNet.Attributes;
using Galley.Checking;

namespace Galley.Benchmarks;

/// <summary>An editor's keystroke in a 100,000-word manuscript (<see cref="BenchText"/>: Brown fiction from
/// GALLEY_BENCH_TEXT, else the synthetic novel): one paragraph in the middle changed, the whole answered. Each call
/// makes a new edit, so the changed paragraph is parsed and checked afresh, not found in the cache.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class IncrementalCheckBenchmarks
{
    private string _before = "", _after = "", _name = "";
    private int _edit;
    private IncrementalChecker _checker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = BenchText.Build(100_000);
        int start = text.IndexOf("\n\n", text.Length / 2, StringComparison.Ordinal) + 2;
        int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        _before = text[..start];
        _after = text[end..];
        _checker = new IncrementalChecker();
        _checker.Check(text);
        // The story's most frequent name: using it once more changes its count, not the set of names.
        _name = _checker.Names.All.OrderByDescending(_checker.Names.Count).ThenBy(n => n, StringComparer.Ordinal).First();
        EditOneParagraph();
        NameSeenOnceMore();
    }

    [Benchmark(Description = "one-paragraph edit, 100k words")]
    public int EditOneParagraph() =>
        _checker.Check(_before + $"She counted {++_edit} boats from the quiet bridge, and watched the harbor." + _after).Count;

    [Benchmark(Description = "typing a misspelling, 100k words")]
    public int TypeMisspelling() =>
        _checker.Check(_before + $"She counted {++_edit} boats and then she wimperd by the lantern." + _after).Count;

    [Benchmark(Description = "a name used once more, 100k words")]
    public int NameSeenOnceMore() =>
        _checker.Check(_before + $"She counted {++_edit} boats, and {_name} watched the harbor." + _after).Count;

    /// <summary>A name the story has never used (mid-sentence, so it is learned at once), another at each call: what
    /// typing a new character's name does at every keystroke.</summary>
    [Benchmark(Description = "a new name, 100k words")]
    public int NewName() =>
        _checker.Check(_before + $"She counted the boats, and Zor{Letters(++_edit)} watched the harbor." + _after).Count;

    private static string Letters(int n)
    {
        var letters = new System.Text.StringBuilder();
        for (; n > 0; n /= 26) letters.Append((char)('a' + n % 26));
        return letters.ToString();
    }
}

/// <summary>The same manuscript checked from scratch: the whole at once on one thread, and paragraph by paragraph on
/// all cores (what <see cref="Checker.Check"/> does for a large text on a machine with enough cores).</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FullCheckBenchmarks
{
    private string _text = "";
    private List<Rules.Rule> _rules = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchText.Build(100_000);
        _rules = Rules.RuleCatalog.Enabled(CheckOptions.Default).ToList();
    }

    [Benchmark(Baseline = true, Description = "full check, one thread, 100k words")]
    public int Sequential() => Checker.CheckWhole(_text, CheckOptions.Default, _rules).Diagnostics.Count;

    [Benchmark(Description = "full check, paragraphs on all cores, 100k words")]
    public int Parallel() => Checker.CheckInParallel(_text, CheckOptions.Default, _rules).Diagnostics.Count;
}
