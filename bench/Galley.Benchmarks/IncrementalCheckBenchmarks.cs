using BenchmarkDotNet.Attributes;
using Galley.Checking;

namespace Galley.Benchmarks;

/// <summary>An editor's keystroke in a 100,000-word manuscript: one paragraph changed, the whole answered.
/// Each call makes a new edit, so the changed paragraph is parsed and checked afresh, not found in the cache.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class IncrementalCheckBenchmarks
{
    private string _before = "", _after = "";
    private int _paragraphStart, _paragraphEnd, _edit;
    private IncrementalChecker _checker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = SyntheticNovel.Build(100_000);
        _paragraphStart = text.IndexOf("\n\n", text.Length / 2, StringComparison.Ordinal) + 2;
        _paragraphEnd = text.IndexOf("\n\n", _paragraphStart, StringComparison.Ordinal);
        _before = text[.._paragraphStart];
        _after = text[_paragraphEnd..];
        _checker = new IncrementalChecker();
        _checker.Check(text);
    }

    [Benchmark(Description = "one-paragraph edit, 100k words")]
    public int EditOneParagraph()
    {
        _edit++;
        var paragraph = $"She counted {_edit} boats from the quiet bridge, and Maribeth watched the harbor.";
        return _checker.Check(_before + paragraph + _after).Count;
    }

    [Benchmark(Description = "typing a misspelling, 100k words")]
    public int TypeMisspelling()
    {
        _edit++;
        var paragraph = $"She counted {_edit} boats and then she wimperd by the lantern.";
        return _checker.Check(_before + paragraph + _after).Count;
    }
}

/// <summary>The same manuscript checked from scratch, for comparison.</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FullCheckBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = SyntheticNovel.Build(100_000);

    [Benchmark(Description = "full check, 100k words")]
    public int FullCheck() => Checker.Check(_text).Diagnostics.Count;
}
