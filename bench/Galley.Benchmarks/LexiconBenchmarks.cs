using BenchmarkDotNet.Attributes;
using Galley.Checking;
using Galley.Document;
using Galley.Lexicon;

namespace Galley.Benchmarks;

/// <summary>Dictionary lookups for every word of the text, and suggestions for its distinct unknown words
/// (each computed afresh: the check caches them per distinct word).</summary>
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    private Manuscript _manuscript = null!;
    private string[] _unknown = [];
    private Suggester _suggester = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lexicon = Lexicon.Lexicon.Default;
        _manuscript = Manuscript.Parse(BenchText.Text, lexicon.Language);
        var names = NameBook.Learn(_manuscript, lexicon, CheckOptions.Default);
        _unknown = _manuscript.Tokens.Where(t => t.IsWord).Select(t => _manuscript.StringOf(t))
            .Where(w => !lexicon.Words.Contains(w, Dialect.EnUS) && !names.IsName(w))
            .Distinct().Take(200).ToArray();
        _suggester = new Suggester(lexicon, Dialect.EnUS, names.All);
        _suggester.Suggest("wonderfull");   // builds the trie outside the measurement
    }

    [Benchmark]
    public int LookupEveryWord() => PerTokenPaths.LookUpEveryWord(_manuscript, Lexicon.Lexicon.Default);

    [Benchmark]
    public int FrequencyOfEveryWord() => PerTokenPaths.FrequencyOfEveryWord(_manuscript, Lexicon.Lexicon.Default);

    [Benchmark]
    public int SuggestForUnknownWords()
    {
        int total = 0;
        foreach (var word in _unknown) total += _suggester.Suggest(word).Count;
        return total;
    }
}
