using System.Buffers;
using Galley.Collections;
using Galley.Document;

namespace Galley.Context;

/// <summary>The words of one manuscript as the tagger emits them, worked out once per distinct lowercase word
/// (<see cref="Manuscript.LowerIndex"/>) and way of capitalizing it instead of once per token, and kept side by side
/// in two small arrays: a known word's tags and log emissions, an unknown word's candidates from the suffix model, a
/// number's tag. Each token then costs a copy from memory the check has just read. The arrays are rented and go back
/// to the pool on <see cref="Dispose"/>. Not thread-safe: one instance serves one check's thread.</summary>
internal sealed class TaggerWords : IDisposable
{
    private const int MaxWordLength = 64;

    /// <summary>The ways a word is written that the tagger tells apart (see <see cref="PosTagger.AddWord"/>).</summary>
    private const int Lowercase = 0, CapitalizedFirst = 1, CapitalizedInside = 2, Forms = 3;

    /// <summary>An entry: (start &lt;&lt; 7 | <see cref="NotAName"/> | count) + 1. Below 1: not worked out yet.</summary>
    private const int NotAName = 64, CountMask = 63;
    private const int Unseen = 0, AsWritten = -1, UnknownNotYet = -2;

    private readonly Manuscript _manuscript;
    private readonly TaggerModel _model;
    /// <summary>Per distinct word and form (<see cref="Forms"/> per word): its entry, or <see cref="Unseen"/>, or
    /// <see cref="AsWritten"/> for a word the tagger reads as written each time (too long for a lookup, or with letters
    /// outside the Basic Multilingual Plane, whose lowercase form may differ from the written word's lookup form), or
    /// <see cref="UnknownNotYet"/> for an unknown word whose suffix candidates for this form are not worked out yet.</summary>
    private int[] _entries;
    private PooledList<byte> _tags;
    private PooledList<float> _scores;

    public TaggerWords(Manuscript manuscript, TaggerModel model)
    {
        _manuscript = manuscript;
        _model = model;
        int words = manuscript.DistinctLower.Count;
        _entries = ArrayPool<int>.Shared.Rent(words * Forms);
        Array.Clear(_entries, 0, words * Forms);
        _tags = new PooledList<byte>(words * 4);   // a known word has two or three tags on average
        _scores = new PooledList<float>(words * 4);
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_entries);
        _entries = [];
        _tags.Dispose();
        _scores.Dispose();
    }

    /// <summary>Adds word token <paramref name="tokenIndex"/> (written <paramref name="text"/>) as the next position, as
    /// <see cref="PosTagger.AddWord"/> would.</summary>
    public void Add(Viterbi viterbi, int tokenIndex, ReadOnlySpan<char> text, bool sentenceInitial, bool isName)
    {
        bool capitalized = text.Length > 0 && char.IsUpper(text[0]);
        int word = _manuscript.LowerIndex(tokenIndex);
        int form = !capitalized ? Lowercase : sentenceInitial ? CapitalizedFirst : CapitalizedInside;
        int entry = _entries[word * Forms + form];
        if (entry is Unseen or UnknownNotYet) entry = WorkOut(word, form);
        if (entry == AsWritten)
        {
            PosTagger.AddWord(viterbi, text, sentenceInitial, isName, knownId: 0);
            return;
        }
        entry--;
        int start = entry >> 7, count = entry & CountMask;
        PosTagger.AddCandidates(viterbi, _tags.Items.Slice(start, count), _scores.Items.Slice(start, count), isName && (entry & NotAName) == 0);
    }

    private int WorkOut(int word, int form)
    {
        var entries = _entries.AsSpan(word * Forms, Forms);
        string lower = _manuscript.DistinctLower[word];
        Span<char> buffer = stackalloc char[MaxWordLength];
        int length = Vocabulary.LookupForm(lower, buffer);
        if (entries[form] == UnknownNotYet)
            return entries[form] = Store(_model.SuffixCandidates(buffer[..length], FormCase(form)));
        int id = length < 0 ? 0 : _model.Vocabulary.IdOf(buffer[..length]);
        if (id > 0)
        {
            var emission = _model.Emissions(id);
            entries[Lowercase] = entries[CapitalizedFirst] = Store(emission.Tags, emission.Logs, notAName: false);
            entries[CapitalizedInside] = emission.CapitalizedLogs == emission.Logs ? entries[Lowercase] : Store(emission.Tags, emission.CapitalizedLogs, false);
        }
        else if (length < 0 || lower.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) entries.Fill(AsWritten);
        else if (PosTagger.IsNumber(buffer[..length])) entries.Fill(Store([_model.NumTag], [0f], notAName: true));
        else
        {
            entries.Fill(UnknownNotYet);
            entries[form] = Store(_model.SuffixCandidates(buffer[..length], FormCase(form)));
        }
        return entries[form];
    }

    private static WordCase FormCase(int form) => form switch
    {
        Lowercase => PosTagger.CaseOf(capitalized: false, sentenceInitial: false),
        CapitalizedFirst => PosTagger.CaseOf(capitalized: true, sentenceInitial: true),
        _ => PosTagger.CaseOf(capitalized: true, sentenceInitial: false),
    };

    private int Store(TaggerModel.Candidates candidates) => Store(candidates.Tags, candidates.Scores, notAName: false);

    /// <summary>Appends candidates and returns their entry.</summary>
    private int Store(ReadOnlySpan<byte> tags, ReadOnlySpan<float> scores, bool notAName)
    {
        int start = _tags.Count;
        _tags.AddRange(tags);
        _scores.AddRange(scores[..tags.Length]);
        return (start << 7 | (notAName ? NotAName : 0) | tags.Length) + 1;
    }
}
