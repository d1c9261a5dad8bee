using System.Text;
using BenchmarkDotNet.Attributes;
using Galley.Document;
using Galley.Source;

namespace Galley.Benchmarks;

/// <summary>Reading a manuscript: decoding its bytes, tokenizing, and the whole segmentation (paragraphs, tokens,
/// speech, sentences).</summary>
[MemoryDiagnoser]
public class ManuscriptBenchmarks
{
    private string _text = "";
    private byte[] _bytes = [];
    private readonly List<Token> _tokens = new();
    private Manuscript _manuscript = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchText.Text;
        _bytes = Encoding.UTF8.GetBytes(_text);
        _manuscript = Manuscript.Parse(_text, Lexicon.Lexicon.Default.Language);
    }

    [Benchmark]
    public string Decode() => TextDecoder.Decode(_bytes, "bench.txt");

    [Benchmark]
    public int Tokenize()
    {
        _tokens.Clear();
        Tokenizer.Tokenize(_text, 0, _text.Length, _tokens);
        return _tokens.Count;
    }

    [Benchmark]
    public Manuscript Parse() => Manuscript.Parse(_text, Lexicon.Lexicon.Default.Language);

    /// <summary>Interning every token's lowercase text (<see cref="Manuscript.Lower"/>), done once per check.</summary>
    [Benchmark]
    public int LowercaseTokens() => new LowercaseTokens(_manuscript).Distinct.Length;

    /// <summary>Learning the manuscript's names from how its capitalized words are used, done once per check.</summary>
    [Benchmark]
    public Checking.NameBook LearnNames() => Checking.NameBook.Learn(_manuscript, Lexicon.Lexicon.Default, Checking.CheckOptions.Default);
}
