using Galley.Document;

namespace Galley.Context;

/// <summary>The words of one manuscript as the tagger emits them, worked out once per distinct lowercase word
/// (<see cref="Manuscript.LowerIndex"/>) instead of once per token: its vocabulary id, or for an unknown word its
/// suffix model's candidates for each capitalization. Not thread-safe: one instance serves one check's thread.</summary>
internal sealed class TaggerWords
{
    private const int MaxWordLength = 64;

    private readonly Manuscript _manuscript;
    private readonly TaggerModel _model;
    /// <summary>Per distinct word: 0 until looked up, then its vocabulary id, or -(1 + its index in _unknown).</summary>
    private readonly int[] _codes;
    private readonly List<UnknownWord> _unknown = [];

    public TaggerWords(Manuscript manuscript, TaggerModel model)
    {
        _manuscript = manuscript;
        _model = model;
        _codes = new int[manuscript.DistinctLower.Count];
    }

    /// <summary>A word the vocabulary lacks: a number, a word the suffix model reads from its lowercase form, or one
    /// the tagger must read as written (too long for the lookup, or with letters outside the Basic Multilingual Plane,
    /// whose lowercase form may differ from the written word's lookup form).</summary>
    private sealed class UnknownWord(string lower, bool number, bool asWritten)
    {
        public string Lower { get; } = lower;
        public bool IsNumber { get; } = number;
        public bool AsWritten { get; } = asWritten;
        public TaggerModel.Candidates?[] ByCase { get; } = new TaggerModel.Candidates?[3];
    }

    /// <summary>Adds word token <paramref name="tokenIndex"/> (written <paramref name="text"/>) as the next position, as
    /// <see cref="PosTagger.AddWord"/> would.</summary>
    public void Add(Viterbi viterbi, int tokenIndex, ReadOnlySpan<char> text, bool sentenceInitial, bool isName)
    {
        int index = _manuscript.LowerIndex(tokenIndex);
        int code = _codes[index];
        if (code == 0) _codes[index] = code = Classify(_manuscript.DistinctLower[index]);
        bool capitalized = text.Length > 0 && char.IsUpper(text[0]);
        if (code > 0)
        {
            PosTagger.AddKnownWord(viterbi, code, capitalized && !sentenceInitial, isName);
            return;
        }
        var word = _unknown[-code - 1];
        if (word.AsWritten) PosTagger.AddWord(viterbi, text, sentenceInitial, isName, knownId: 0);
        else if (word.IsNumber) PosTagger.AddNumber(viterbi);
        else
        {
            var wordCase = PosTagger.CaseOf(capitalized, sentenceInitial);
            PosTagger.AddUnknownWord(viterbi, word.ByCase[(int)wordCase] ??= SuffixCandidates(word.Lower, wordCase), isName);
        }
    }

    private int Classify(string lower)
    {
        int id = PosTagger.VocabularyIdOf(lower);
        if (id > 0) return id;
        Span<char> form = stackalloc char[MaxWordLength];
        int length = Vocabulary.LookupForm(lower, form);
        bool asWritten = length < 0 || lower.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');
        _unknown.Add(new UnknownWord(lower, !asWritten && PosTagger.IsNumber(form[..length]), asWritten));
        return -_unknown.Count;
    }

    private TaggerModel.Candidates SuffixCandidates(string lower, WordCase wordCase)
    {
        Span<char> form = stackalloc char[MaxWordLength];
        int length = Vocabulary.LookupForm(lower, form);
        return _model.SuffixCandidates(form[..length], wordCase);
    }
}
