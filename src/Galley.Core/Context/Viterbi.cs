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
        var tagsTo = _candidateTag.AsSpan(_candidates, tags.Length);
        var scoresTo = _candidateScore.AsSpan(_candidates, tags.Length);
        for (int k = 0; k < tagsTo.Length; k++)   // a word has one or two tags, mostly: a loop beats two block copies
        {
            tagsTo[k] = tags[k];
            scoresTo[k] = logEmissions[k];
        }
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
        Forward();
        byte start = _model.StartTag;
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

    /// <summary>The best score of each state (a tag at a position and the tag before it) and the tag two back on the
    /// path that gives it: for each pair of tags c, a at the two positions before, the scores of every tag b here come
    /// from one row of the transition table. Taking c in order and keeping a strictly better score picks the same c as
    /// a scan per state from minus infinity (no score is NaN), without branches: which c wins is unpredictable.</summary>
    private unsafe void Forward()
    {
        int tagCount = _model.TagCount;
        byte start = _model.StartTag;
        fixed (byte* tags = _candidateTag, back = _back)
        fixed (float* emissions = _candidateScore, delta = _delta, transitions = _model.Transitions)
        fixed (int* candidateStart = _candidateStart, stateStart = _stateStart)
        {
            // The first position follows two sentence starts.
            float* startRow = transitions + (start * tagCount + start) * tagCount;
            for (int b = 0; b < candidateStart[1]; b++)
            {
                delta[b] = startRow[tags[b]] + emissions[b];
                back[b] = 0;
            }
            for (int i = 1; i < _positions; i++)
            {
                byte* prevPrevTags = i == 1 ? &start : tags + candidateStart[i - 2];
                int kPrevPrev = i == 1 ? 1 : candidateStart[i - 1] - candidateStart[i - 2];
                byte* prevTags = tags + candidateStart[i - 1];
                int kPrev = candidateStart[i] - candidateStart[i - 1];
                byte* hereTags = tags + candidateStart[i];
                float* hereEmissions = emissions + candidateStart[i];
                int kHere = candidateStart[i + 1] - candidateStart[i];
                float* previous = delta + stateStart[i - 1];
                float* best = delta + stateStart[i];
                byte* bestC = back + stateStart[i];
                for (int a = 0; a < kPrev; a++, best += kHere, bestC += kHere)
                {
                    float* row = transitions + (prevPrevTags[0] * tagCount + prevTags[a]) * tagCount;
                    float before = previous[a];
                    for (int b = 0; b < kHere; b++)
                    {
                        best[b] = before + row[hereTags[b]];
                        bestC[b] = 0;
                    }
                    for (int c = 1; c < kPrevPrev; c++)
                    {
                        row = transitions + (prevPrevTags[c] * tagCount + prevTags[a]) * tagCount;
                        before = previous[c * kPrev + a];
                        for (int b = 0; b < kHere; b++)
                        {
                            float score = before + row[hereTags[b]], old = best[b];
                            bool better = score > old;
                            best[b] = better ? score : old;
                            bestC[b] = better ? (byte)c : bestC[b];
                        }
                    }
                    for (int b = 0; b < kHere; b++) best[b] += hereEmissions[b];
                }
            }
        }
    }

    private int Count(int position) => position < 0 ? 1 : _candidateStart[position + 1] - _candidateStart[position];

    private static void Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size) Array.Resize(ref array, Math.Max(size, array.Length * 2));
    }
}
