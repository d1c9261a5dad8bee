namespace Galley.Context;

/// <summary>Second-order Viterbi decoding over the candidate tags of each position, reusing its buffers between
/// sentences (one instance per thread) so tagging allocates nothing per token.</summary>
internal sealed class Viterbi
{
    [ThreadStatic] private static Viterbi? _current;

    private readonly TaggerModel _model;
    private int _positions;
    private int[] _candidateStart = new int[64];
    private byte[] _candidateTag = new byte[256];
    private float[] _candidateScore = new float[256];
    private int[] _stateStart = new int[64];
    private float[] _delta = new float[1024];
    private byte[] _back = new byte[1024];
    private float[] _best = new float[16];
    private byte[] _bestC = new byte[16];
    private int _candidates;

    private Viterbi(TaggerModel model) => _model = model;

    public static Viterbi ForThread() => _current ??= new Viterbi(TaggerModel.Default);

    public TaggerModel Model => _model;

    public int Positions => _positions;

    public void Reset()
    {
        _positions = 0;
        _candidates = 0;
        _candidateStart[0] = 0;
    }

    public void AddCandidate(byte tag, float logEmission)
    {
        if (_candidates == _candidateTag.Length) GrowCandidates(1);
        _candidateTag[_candidates] = tag;
        _candidateScore[_candidates++] = logEmission;
    }

    /// <summary>Adds candidate tags (<paramref name="tags"/>[k] with <paramref name="logEmissions"/>[k]) to the open position.</summary>
    public void AddCandidates(ReadOnlySpan<byte> tags, ReadOnlySpan<float> logEmissions)
    {
        if (_candidates + tags.Length > _candidateTag.Length) GrowCandidates(tags.Length);
        tags.CopyTo(_candidateTag.AsSpan(_candidates));
        logEmissions[..tags.Length].CopyTo(_candidateScore.AsSpan(_candidates));
        _candidates += tags.Length;
    }

    private void GrowCandidates(int more)
    {
        Grow(ref _candidateTag, _candidates + more);
        Grow(ref _candidateScore, _candidates + more);
    }

    /// <summary>Raises the emission of a candidate tag already added at the open position, or adds it.</summary>
    public void Boost(byte tag, float logEmission)
    {
        for (int c = _candidateStart[_positions]; c < _candidates; c++)
            if (_candidateTag[c] == tag)
            {
                _candidateScore[c] = Math.Max(_candidateScore[c], logEmission);
                return;
            }
        AddCandidate(tag, logEmission);
    }

    public float BestCandidateScore()
    {
        float best = float.NegativeInfinity;
        for (int c = _candidateStart[_positions]; c < _candidates; c++) best = Math.Max(best, _candidateScore[c]);
        return best;
    }

    /// <summary>Closes the position whose candidates were just added.</summary>
    public void EndPosition()
    {
        if (_candidates == _candidateStart[_positions]) AddCandidate(_model.PunctTag, 0);
        _positions++;
        Grow(ref _candidateStart, _positions + 1);
        _candidateStart[_positions] = _candidates;
    }

    /// <summary>Finds the best tag sequence, writes it to <paramref name="output"/> (one tag per position) and
    /// returns its log probability (transitions and emissions, sentence end included).</summary>
    public float Decode(Span<PosTag> output)
    {
        int n = _positions;
        if (n == 0) return 0;
        Grow(ref _stateStart, n + 1);
        int states = 0;
        for (int i = 0; i < n; i++)
        {
            _stateStart[i] = states;
            states += Count(i - 1) * Count(i);
        }
        _stateStart[n] = states;
        Grow(ref _delta, states);
        Grow(ref _back, states);
        var candidateStart = _candidateStart.AsSpan(0, n + 1);
        var candidateTag = _candidateTag.AsSpan(0, _candidates);
        var candidateScore = _candidateScore.AsSpan(0, _candidates);
        var stateStart = _stateStart.AsSpan(0, n + 1);
        var delta = _delta.AsSpan(0, states);
        var back = _back.AsSpan(0, states);
        var transitions = _model.Transitions.AsSpan();
        int tagCount = _model.TagCount;
        byte start = _model.StartTag;

        // The first position follows two sentence starts.
        var startRow = transitions.Slice((start * tagCount + start) * tagCount, tagCount);
        for (int b = 0; b < Count(0); b++)
        {
            delta[b] = startRow[candidateTag[b]] + candidateScore[b];
            back[b] = 0;
        }
        for (int i = 1; i < n; i++)
        {
            int kPrevPrev = Count(i - 2), kPrev = Count(i - 1);
            var hereTags = candidateTag[candidateStart[i]..candidateStart[i + 1]];
            var hereScores = candidateScore[candidateStart[i]..candidateStart[i + 1]];
            var prevTags = candidateTag.Slice(candidateStart[i - 1], kPrev);
            var prevPrevTags = i == 1 ? new ReadOnlySpan<byte>(in start) : candidateTag.Slice(candidateStart[i - 2], kPrevPrev);
            var previous = delta[stateStart[i - 1]..stateStart[i]];
            int kHere = hereTags.Length;
            Grow(ref _best, kHere);
            Grow(ref _bestC, kHere);
            var best = _best.AsSpan(0, kHere);
            var bestC = _bestC.AsSpan(0, kHere);
            for (int a = 0; a < kPrev; a++)
            {
                int tagA = prevTags[a];
                // For each tag c two back, the scores of every tag b here: the transitions (c, a, b) are one row of the
                // table. Taking c in order and keeping only a strictly better score picks the same c as a scan per b; the
                // first c sets the scores (no score is NaN, so a scan from -infinity would take it or keep -infinity).
                // Without branches: which c wins is unpredictable.
                {
                    float before = previous[a];
                    var row = transitions.Slice((prevPrevTags[0] * tagCount + tagA) * tagCount, tagCount);
                    for (int b = 0; b < best.Length; b++)
                    {
                        best[b] = before + row[hereTags[b]];
                        bestC[b] = 0;
                    }
                }
                for (int c = 1; c < prevPrevTags.Length; c++)
                {
                    float before = previous[c * kPrev + a];
                    var row = transitions.Slice((prevPrevTags[c] * tagCount + tagA) * tagCount, tagCount);
                    for (int b = 0; b < best.Length; b++)
                    {
                        float score = before + row[hereTags[b]], old = best[b];
                        bool better = score > old;
                        best[b] = better ? score : old;
                        bestC[b] = better ? (byte)c : bestC[b];
                    }
                }
                var deltaHere = delta.Slice(stateStart[i] + a * kHere, kHere);
                var backHere = back.Slice(stateStart[i] + a * kHere, kHere);
                for (int b = 0; b < best.Length; b++)
                {
                    deltaHere[b] = best[b] + hereScores[b];
                    backHere[b] = bestC[b];
                }
            }
        }
        // Close with the sentence end and trace back.
        int last = n - 1, kLast = Count(last), kBefore = Count(last - 1);
        float total = float.NegativeInfinity;
        int bestA = 0, bestB = 0;
        for (int a = 0; a < kBefore; a++)
        {
            byte tagA = last == 0 ? start : _candidateTag[_candidateStart[last - 1] + a];
            for (int b = 0; b < kLast; b++)
            {
                float score = _delta[_stateStart[last] + a * kLast + b] + _model.Transition(tagA, _candidateTag[_candidateStart[last] + b], _model.EndTag);
                if (score > total) { total = score; bestA = a; bestB = b; }
            }
        }
        for (int i = last; i >= 0; i--)
        {
            output[i] = new PosTag(_candidateTag[_candidateStart[i] + bestB]);
            int c = _back[_stateStart[i] + bestA * Count(i) + bestB];
            bestB = bestA;
            bestA = c;
        }
        return total;
    }

    private int Count(int position) => position < 0 ? 1 : _candidateStart[position + 1] - _candidateStart[position];

    private static void Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size) Array.Resize(ref array, Math.Max(size, array.Length * 2));
    }
}
