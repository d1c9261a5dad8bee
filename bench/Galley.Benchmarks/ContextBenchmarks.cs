using BenchmarkDotNet.Attributes;
using Galley.Checking;
using Galley.Context;
using Galley.Document;

namespace Galley.Benchmarks;

/// <summary>The context model over every sentence of the text: part-of-speech tagging (as the check's shared tags are
/// computed), trigram scoring of each sentence's words, and the confusable words judged by both.</summary>
[MemoryDiagnoser]
public class ContextBenchmarks
{
    private Manuscript _manuscript = null!;
    private NameBook _names = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lexicon = Lexicon.Lexicon.Default;
        _manuscript = Manuscript.Parse(BenchText.Text, lexicon.Language);
        _names = NameBook.Learn(_manuscript, lexicon, CheckOptions.Default);
        PosTags.Tag(_manuscript, _names.IsName);          // loads the tagger model and its per-word emissions
        PerTokenPaths.ScoreEverySentence(_manuscript);   // loads the n-gram model
    }

    [Benchmark]
    public int TagEverySentence() => PosTags.Tag(_manuscript, _names.IsName).Count;

    [Benchmark]
    public double ScoreEverySentence() => PerTokenPaths.ScoreEverySentence(_manuscript);

    /// <summary>The real-word and apostrophe confusions: n-gram scores of each confusable word's alternatives, and the
    /// tagger's scores of a window around those the n-grams favour.</summary>
    [Benchmark]
    public int FindRealWords() => RealWordFindings.Find(_manuscript, _names.IsName, keepAll: false).Count;
}
