namespace Galley.Document;

/// <summary>A fact about each distinct lowercase token text of a manuscript (<see cref="Manuscript.Lower"/>), computed
/// the first time a token asks for it and then read from an array: per-token lookups in the large data tables cost a
/// hash and a cache miss each, and a novel asks about the same few thousand words again and again. Not thread-safe:
/// one instance serves one check's thread.</summary>
public sealed class PerWord<T>
{
    private readonly Manuscript _manuscript;
    private readonly Func<string, T> _compute;
    private readonly T[] _values;
    private readonly bool[] _known;

    public PerWord(Manuscript manuscript, Func<string, T> compute)
    {
        _manuscript = manuscript;
        _compute = compute;
        int count = manuscript.DistinctLower.Count;
        _values = new T[count];
        _known = new bool[count];
    }

    /// <summary>The fact for token <paramref name="tokenIndex"/>'s lowercase text.</summary>
    public T this[int tokenIndex]
    {
        get
        {
            int index = _manuscript.LowerIndex(tokenIndex);
            if (!_known[index])
            {
                _values[index] = _compute(_manuscript.DistinctLower[index]);
                _known[index] = true;
            }
            return _values[index];
        }
    }
}
