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
        Grow(ref _candidateTag, _candidates + 1);
        Grow(ref _candidateScore, _candidates + 1);
        _candidateTag[_candidates] = tag;
        _candidateScore[_candidates++] = logEmission;
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
        byte start = _model.StartTag;
        for (int i = 0; i < n; i++)
        {
            int kPrev = Count(i - 1), kHere = Count(i), kPrevPrev = Count(i - 2);
            int baseHere = _stateStart[i];
            for (int a = 0; a < kPrev; a++)
            {
                byte tagA = i == 0 ? start : _candidateTag[_candidateStart[i - 1] + a];
                for (int b = 0; b < kHere; b++)
                {
                    int cb = _candidateStart[i] + b;
                    byte tagB = _candidateTag[cb];
                    float best = float.NegativeInfinity;
                    int bestC = 0;
                    if (i == 0) best = _model.Transition(start, start, tagB);
                    else
                    {
                        int basePrev = _stateStart[i - 1];
                        for (int c = 0; c < kPrevPrev; c++)
                        {
                            byte tagC = i == 1 ? start : _candidateTag[_candidateStart[i - 2] + c];
                            float score = _delta[basePrev + c * kPrev + a] + _model.Transition(tagC, tagA, tagB);
                            if (score > best) { best = score; bestC = c; }
                        }
                    }
                    _delta[baseHere + a * kHere + b] = best + _candidateScore[cb];
                    _back[baseHere + a * kHere + b] = (byte)bestC;
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
