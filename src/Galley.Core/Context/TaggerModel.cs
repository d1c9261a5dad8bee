using Galley.Lexicon;

namespace Galley.Context;

/// <summary>The trained parameters of the trigram HMM tagger (TnT, Brants 2000): interpolated tag-trigram
/// transitions, word emissions from the Brown tag lexicon and a suffix model for unknown words, all as log
/// probabilities in flat arrays. Loaded once and shared.</summary>
internal sealed class TaggerModel
{
    private static readonly Lazy<TaggerModel> Shared = new(() => new TaggerModel(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Unknown words keep at most this many candidate tags, and none far below the best.</summary>
    private const int MaxSuffixTags = 8;
    private const double SuffixTagFloor = 0.002;

    /// <summary>An unknown word's tags guessed from its suffix are kept within this log distance of the likeliest
    /// (e^-8, one in 3,000): the rest never win, and each one kept multiplies the decoder's work around the word.</summary>
    private const float UnknownWordBeam = 8f;

    /// <summary>A known word capitalized inside a sentence is far likelier a name than the same word in lower case.</summary>
    public static readonly float CapitalizedPropnBoost = MathF.Log(30);

    private readonly int _tagCount;
    private readonly float[] _transitions;          // [(t1 * T + t2) * T + t3] = log P(t3 | t1, t2)
    private readonly double[] _unigram;
    /// <summary>Per vocabulary id: the tags the word was seen with and log P(word | tag), read on first use.</summary>
    private readonly Emission?[] _emissions;
    /// <summary>Per ASCII character: the vocabulary id of the one-letter token (punctuation, mostly), or -1 until asked.</summary>
    private readonly int[] _charIds;
    private int _dashesId = -1;
    private readonly SuffixTable[] _suffixes;       // by WordCase

    private TaggerModel()
    {
        _tagCount = Tagset.Count;
        Vocabulary = Vocabulary.Default;
        StartTag = Tagset.Of(Tagset.Start).Id;
        EndTag = Tagset.Of(Tagset.End).Id;
        var unigram = new double[_tagCount];
        Lexicon.DataFiles.ForEachRow("context/tags.tsv", (row, cols) => unigram[Tag(row[cols[0]])] = long.Parse(row[cols[1]]));
        _transitions = BuildTransitions(unigram);
        _unigram = unigram;
        _emissions = new Emission?[Vocabulary.Count];
        _charIds = new int[128];
        Array.Fill(_charIds, -1);
        _suffixes = BuildSuffixTables(unigram);
        PropnTag = Tagset.Of("PROPN").Id;
        NumTag = Tagset.Of("NUM").Id;
        PunctTag = Tagset.Of("PUNCT").Id;
        NounTag = Tagset.Of("NOUN").Id;
    }

    public static TaggerModel Default => Shared.Value;

    public Vocabulary Vocabulary { get; }
    public int TagCount => _tagCount;
    public byte StartTag { get; }
    public byte EndTag { get; }
    public byte PropnTag { get; }
    public byte NumTag { get; }
    public byte PunctTag { get; }
    public byte NounTag { get; }

    /// <summary>log P(t3 | t1, t2) at [(t1 * TagCount + t2) * TagCount + t3].</summary>
    public float[] Transitions => _transitions;

    public float Transition(int t1, int t2, int t3) => _transitions[(t1 * _tagCount + t2) * _tagCount + t3];

    /// <summary>The tags a known word was seen with and log P(word | tag).</summary>
    public Emission Emissions(int wordId)
    {
        if (Volatile.Read(ref _emissions[wordId]) is not { } emission)
            Volatile.Write(ref _emissions[wordId], emission = EmissionOf(wordId));
        return emission;
    }

    /// <summary>A known word's tags and log P(word | tag); <see cref="CapitalizedLogs"/> the same with the proper-noun
    /// tag raised by <see cref="CapitalizedPropnBoost"/>, for the word capitalized inside a sentence (the same array
    /// when the word was never a proper noun).</summary>
    public sealed record Emission(byte[] Tags, float[] Logs, float[] CapitalizedLogs);

    /// <summary>Candidate tags of an unknown word and their log scores.</summary>
    public sealed record Candidates(byte[] Tags, float[] Scores);

    /// <summary>The vocabulary id of a token of one ASCII character or "--" (punctuation: the commonest tokens), or
    /// -1 for any other token. Remembered, so punctuation costs no lookup.</summary>
    public int ShortTokenId(ReadOnlySpan<char> token)
    {
        if (token.Length == 1 && token[0] < _charIds.Length)
        {
            ref int id = ref _charIds[token[0]];
            if (id < 0) id = LookupId(token);
            return id;
        }
        if (token.Length == 2 && token[0] == '-' && token[1] == '-')
        {
            if (_dashesId < 0) _dashesId = LookupId(token);
            return _dashesId;
        }
        return -1;
    }

    private int LookupId(ReadOnlySpan<char> token)
    {
        Span<char> form = stackalloc char[2];
        int length = Vocabulary.LookupForm(token, form);
        return length < 0 ? 0 : Vocabulary.IdOf(form[..length]);
    }

    /// <summary>A word's emissions from its row of the tag lexicon ("TAG:count …"); none when it has no row.</summary>
    private Emission EmissionOf(int wordId)
    {
        var lexicon = TagLexicon.Table;
        int row = wordId == 0 ? -1 : lexicon.Find(Vocabulary.WordOf(wordId));
        if (row < 0) return new Emission([], [], []);
        var pairs = lexicon.Text(row);
        var tags = new List<byte>(4);
        var logs = new List<float>(4);
        foreach (var range in pairs.Split(' '))
        {
            var pair = pairs[range];
            int colon = pair.LastIndexOf(':');
            byte tag = Tag(pair[..colon]);
            tags.Add(tag);
            logs.Add((float)Math.Log(int.Parse(pair[(colon + 1)..]) / _unigram[tag]));
        }
        float[] plain = [.. logs];
        if (!tags.Contains(PropnTag)) return new Emission([.. tags], plain, plain);
        var capitalized = logs.ToArray();
        for (int k = 0; k < capitalized.Length; k++)
            if (tags[k] == PropnTag) capitalized[k] += CapitalizedPropnBoost;
        return new Emission([.. tags], plain, capitalized);
    }

    /// <summary>Candidate tags of an unknown word from its longest known suffix, as log P(tag | suffix) / P(tag),
    /// which ranks tags for the word the way the HMM needs (Bayes, up to a constant).</summary>
    public Candidates SuffixCandidates(ReadOnlySpan<char> lookupForm, WordCase wordCase) =>
        _suffixes[(int)wordCase].CandidatesFor(lookupForm[^Math.Min(4, lookupForm.Length)..]);

    private static byte Tag(ReadOnlySpan<char> name) =>
        Tagset.TryGet(name, out byte id) ? id : throw new InvalidOperationException($"Tag {name} is not in tags.tsv.");

    /// <summary>TnT deleted interpolation: each trigram's count votes for the estimate (uni, bi or trigram) that
    /// predicts it best when that occurrence is left out.</summary>
    private float[] BuildTransitions(double[] unigram)
    {
        int T = _tagCount;
        var bigram = new double[T * T];
        var trigram = new double[T * T * T];
        Lexicon.DataFiles.ForEachRow("context/tag-bigrams.tsv", (row, cols) =>
            bigram[Tag(row[cols[0]]) * T + Tag(row[cols[1]])] = long.Parse(row[cols[2]]));
        Lexicon.DataFiles.ForEachRow("context/tag-trigrams.tsv", (row, cols) =>
            trigram[(Tag(row[cols[0]]) * T + Tag(row[cols[1]])) * T + Tag(row[cols[2]])] = long.Parse(row[cols[3]]));
        var bigramContext = new double[T];             // c(t2, *)
        var trigramContext = new double[T * T];        // c(t1, t2, *)
        for (int a = 0; a < T; a++)
            for (int b = 0; b < T; b++)
            {
                bigramContext[a] += bigram[a * T + b];
                for (int c = 0; c < T; c++) trigramContext[a * T + b] += trigram[(a * T + b) * T + c];
            }
        int start = StartTag;
        double tokens = unigram.Sum() - unigram[start];    // "<s>" is a context, never predicted
        double l1 = 0, l2 = 0, l3 = 0;
        for (int a = 0; a < T; a++)
            for (int b = 0; b < T; b++)
                for (int c = 0; c < T; c++)
                {
                    double f = trigram[(a * T + b) * T + c];
                    if (f == 0) continue;
                    double p3 = trigramContext[a * T + b] > 1 ? (f - 1) / (trigramContext[a * T + b] - 1) : 0;
                    double p2 = bigramContext[b] > 1 ? (bigram[b * T + c] - 1) / (bigramContext[b] - 1) : 0;
                    double p1 = (unigram[c] - 1) / (tokens - 1);
                    if (p3 >= p2 && p3 >= p1) l3 += f;
                    else if (p2 >= p1) l2 += f;
                    else l1 += f;
                }
        double sum = l1 + l2 + l3;
        (l1, l2, l3) = (l1 / sum, l2 / sum, l3 / sum);
        var log = new float[T * T * T];
        for (int a = 0; a < T; a++)
            for (int b = 0; b < T; b++)
                for (int c = 0; c < T; c++)
                {
                    double p = l1 * (c == start ? 0 : unigram[c] / tokens)
                               + (bigramContext[b] > 0 ? l2 * bigram[b * T + c] / bigramContext[b] : 0)
                               + (trigramContext[a * T + b] > 0 ? l3 * trigram[(a * T + b) * T + c] / trigramContext[a * T + b] : 0);
                    log[(a * T + b) * T + c] = p > 0 ? (float)Math.Log(p) : -50f;
                }
        return log;
    }

    /// <summary>TnT's suffix model: P(t | last i letters) smoothed recursively with the shorter suffix, weighted by
    /// θ = the standard deviation of the tag probabilities. A suffix's distribution is worked out on first use.</summary>
    private SuffixTable[] BuildSuffixTables(double[] unigram)
    {
        int T = _tagCount;
        double total = 0;
        int real = 0;
        for (int t = 0; t < T; t++) if (t != StartTag && t != EndTag && unigram[t] > 0) { total += unigram[t]; real++; }
        double mean = 1.0 / real, variance = 0;
        for (int t = 0; t < T; t++) if (t != StartTag && t != EndTag && unigram[t] > 0) variance += Math.Pow(unigram[t] / total - mean, 2);
        double theta = Math.Sqrt(variance / (real - 1));
        var prior = new double[T];
        for (int t = 0; t < T; t++) prior[t] = t == StartTag || t == EndTag ? 0 : unigram[t] / total;
        var rows = PackedTable.Load("context/suffix-tags.tsv");
        return [new SuffixTable(rows, "lower", prior, theta), new SuffixTable(rows, "upper", prior, theta), new SuffixTable(rows, "any", prior, theta)];
    }

    /// <summary>Smoothed suffix distributions of one capitalization class (rows of suffix-tags.tsv keyed
    /// "suffix TAB class"), pruned to the likely tags, each computed once when first asked for.</summary>
    private sealed class SuffixTable
    {
        private readonly PackedTable _rows;
        private readonly string _wordCase;
        private readonly double[] _prior;
        private readonly double _theta;
        /// <summary>The base distribution: the tags of all rare words of this case (every token has a 1-letter suffix).</summary>
        private readonly double[] _all;
        private readonly double[]?[] _smoothed;
        private readonly Candidates?[] _entries;

        public SuffixTable(PackedTable rows, string wordCase, double[] prior, double theta)
        {
            (_rows, _wordCase, _prior, _theta) = (rows, wordCase, prior, theta);
            _smoothed = new double[]?[rows.Count];
            _entries = new Candidates?[rows.Count];
            _all = new double[prior.Length];
            for (int row = 0; row < rows.Count; row++)
            {
                var key = rows.Key(row);
                if (key.Length > 1 && key[1] == '\t' && key[2..].SequenceEqual(wordCase))
                {
                    var c = Counts(row);
                    for (int t = 0; t < _all.Length; t++) _all[t] += c[t];
                }
            }
            double allSum = _all.Sum();
            for (int t = 0; t < _all.Length; t++) _all[t] = allSum > 0 ? (_all[t] / allSum + theta * prior[t]) / (1 + theta) : prior[t];
            Fallback = Prune(_all);
        }

        public Candidates Fallback { get; }

        /// <summary>The candidates of a word ending in <paramref name="ending"/> (its last four letters, or all of a
        /// shorter word), from the longest suffix of it the table has. Remembered by ending in a small table: unknown
        /// words share few endings, and each suffix tried is a probe of a large table that misses the processor's cache.</summary>
        public Candidates CandidatesFor(ReadOnlySpan<char> ending)
        {
            ulong letters = 0;
            foreach (char c in ending) letters = letters << 16 | c;
            int slot = (int)((letters + (ulong)ending.Length) * 0x9E3779B97F4A7C15UL >> (64 - RecentBits));
            if (Volatile.Read(ref _recent[slot]) is { } known && known.Letters == letters && known.Length == ending.Length) return known.Candidates;
            var candidates = Fallback;
            for (int length = ending.Length; length >= 1; length--)
                if (Find(ending[^length..]) is var row and >= 0)
                {
                    candidates = EntryOf(row);
                    break;
                }
            Volatile.Write(ref _recent[slot], new Ending(letters, ending.Length, candidates));
            return candidates;
        }

        private const int RecentBits = 10;
        private readonly Ending?[] _recent = new Ending?[1 << RecentBits];

        private sealed record Ending(ulong Letters, int Length, Candidates Candidates);

        /// <summary>The row of a suffix of this class, or -1.</summary>
        public int Find(ReadOnlySpan<char> suffix)
        {
            Span<char> key = stackalloc char[suffix.Length + 1 + _wordCase.Length];
            suffix.CopyTo(key);
            key[suffix.Length] = '\t';
            _wordCase.CopyTo(key[(suffix.Length + 1)..]);
            return _rows.Find(key);
        }

        public Candidates EntryOf(int row)
        {
            if (Volatile.Read(ref _entries[row]) is not { } entry) Volatile.Write(ref _entries[row], entry = Prune(Smoothed(row)));
            return entry;
        }

        /// <summary>The row's counts smoothed with its parent's distribution (one letter shorter), or the base one.</summary>
        private double[] Smoothed(int row)
        {
            if (Volatile.Read(ref _smoothed[row]) is { } known) return known;
            var key = _rows.Key(row);
            int tab = key.IndexOf('\t');
            var parent = tab > 1 && Find(key[1..tab]) is var shorter and >= 0 ? Smoothed(shorter) : _all;
            var c = Counts(row);
            double sum = c.Sum();
            var p = new double[c.Length];
            for (int t = 0; t < c.Length; t++) p[t] = (c[t] / sum + _theta * parent[t]) / (1 + _theta);
            Volatile.Write(ref _smoothed[row], p);
            return p;
        }

        private double[] Counts(int row)
        {
            var counts = new double[_prior.Length];
            var pairs = _rows.Text(row);
            foreach (var range in pairs.Split(' '))
            {
                var pair = pairs[range];
                int colon = pair.LastIndexOf(':');
                counts[Tag(pair[..colon])] = int.Parse(pair[(colon + 1)..]);
            }
            return counts;
        }

        /// <summary>The likeliest tags in order, at most MaxSuffixTags, none below the floor, with log(p / prior); then
        /// only those within the beam of the best.</summary>
        private Candidates Prune(double[] p)
        {
            var prior = _prior;
            var tags = new List<byte>(MaxSuffixTags);
            var scores = new List<float>(MaxSuffixTags);
            double best = 0;
            for (int t = 0; t < p.Length; t++) if (prior[t] > 0 && p[t] > best) best = p[t];
            Span<bool> taken = stackalloc bool[p.Length];
            for (int k = 0; k < MaxSuffixTags; k++)
            {
                int pick = -1;
                for (int t = 0; t < p.Length; t++)
                    if (!taken[t] && prior[t] > 0 && p[t] >= best * SuffixTagFloor && (pick < 0 || p[t] > p[pick])) pick = t;
                if (pick < 0) break;
                taken[pick] = true;
                tags.Add((byte)pick);
                scores.Add((float)Math.Log(p[pick] / prior[pick]));
            }
            float top = float.NegativeInfinity;
            foreach (float score in scores) top = Math.Max(top, score);
            var kept = new Candidates(new byte[tags.Count], new float[tags.Count]);
            int count = 0;
            for (int k = 0; k < tags.Count; k++)
                if (scores[k] >= top - UnknownWordBeam)
                {
                    kept.Tags[count] = tags[k];
                    kept.Scores[count++] = scores[k];
                }
            return count == tags.Count ? kept : new Candidates(kept.Tags[..count], kept.Scores[..count]);
        }
    }
}

/// <summary>How an unknown word is capitalized, which the suffix model conditions on.</summary>
internal enum WordCase { Lower, Upper, Any }
