using BenchmarkDotNet.Attributes;
using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules;
using Galley.Story;

namespace Galley.Benchmarks;

/// <summary>Each rule family on a parsed manuscript (the rules of one category, found in the catalog, so new
/// families appear here on their own), the whole check from text, and the story report.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string _text = "";
    private Manuscript _manuscript = null!;
    private Rule[] _family = [];

    public static IEnumerable<string> Families =>
        RuleCatalog.All.Where(r => r.Info.EnabledByDefault).Select(r => r.Info.Category.ToString()).Distinct();

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchText.Text;
        _manuscript = Manuscript.Parse(_text, Lexicon.Lexicon.Default.Language);
        _family = RuleCatalog.All.Where(r => r.Info.EnabledByDefault && r.Info.Category.ToString() == Family).ToArray();
        Checker.Check(_text);   // loads the lexicon, the context model and the suggestion trie
    }

    /// <summary>The rules of one category, with the context they need (names learned, shared analyses).</summary>
    [Benchmark]
    public int RuleFamily()
    {
        var context = new CheckContext(_manuscript, Lexicon.Lexicon.Default, CheckOptions.Default);
        var sink = new DiagnosticSink();
        foreach (var rule in _family) rule.Check(context, sink);
        return sink.Items.Count;
    }
}

/// <summary>The whole check from text, sequential and paragraph-parallel, and the story report.</summary>
[MemoryDiagnoser]
public class WholeCheckBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchText.Text;
        Checker.Check(_text);
        StoryAnalysis.Analyze(_text);
    }

    [Benchmark(Baseline = true)]
    public int Check() => Checker.Check(_text).Diagnostics.Count;

    [Benchmark]
    public int NameBookOnly()
    {
        var manuscript = Manuscript.Parse(_text, Lexicon.Lexicon.Default.Language);
        return NameBook.Learn(manuscript, Lexicon.Lexicon.Default, CheckOptions.Default).All.Count;
    }

    [Benchmark]
    public StoryReport StoryReport() => StoryAnalysis.Analyze(_text);
}
