using System.Globalization;

namespace Galley.Context;

/// <summary>A discriminative classifier per confusion set (data/context/confusion-weights.tsv, trained on the Brown
/// training files by scripts/data/confusions): multinomial logistic regression over <see cref="ConfusionFeatures"/>.
/// It says how much more likely one member is than another in a slot's context, in nats, the unit of the n-gram
/// model's gain; the real-word mechanism lets it veto findings it disagrees with. The file loads on first use; each set's weights are parsed the first time that set is asked about.</summary>
internal sealed class ConfusionClassifier
{
    public const string DataFile = "context/confusion-weights.tsv";

    private static readonly Lazy<ConfusionClassifier> Shared = new(() => new ConfusionClassifier(Lexicon.DataFiles.Read(DataFile)),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static ConfusionClassifier Default => Measured ?? Shared.Value;

    /// <summary>Weights other than the shipped ones, set only by scripts/data/confusions to measure a new training.</summary>
    internal static ConfusionClassifier? Measured { get; set; }

    /// <summary>The file, until every set has been parsed.</summary>
    private string? _text;
    private int _parsed;
    private readonly List<SetBlock> _sets = [];
    /// <summary>"written|alternative" → the set both belong to, and their places in its member list.</summary>
    private readonly Dictionary<string, (int Set, int Written, int Alternative)> _pairs = new(StringComparer.Ordinal);

    /// <summary>Reads the file's set lines; the weights under each are parsed on first use.</summary>
    internal ConfusionClassifier(string text)
    {
        _text = text;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            if (line.StartsWith("set\t"))
            {
                if (_sets.Count > 0) _sets[^1].End = start;
                var fields = line.ToString().Split('\t');
                if (fields.Length != 2) throw new FormatException($"{DataFile}: a set line is \"set\", a tab and the members: \"{line}\".");
                var members = fields[1].Split('|');
                var block = new SetBlock(members, end + 1);
                _sets.Add(block);
                for (int a = 0; a < members.Length; a++)
                    for (int b = 0; b < members.Length; b++)
                        if (a != b) _pairs.TryAdd(members[a] + "|" + members[b], (_sets.Count - 1, a, b));
            }
            start = end + 1;
        }
        if (_sets.Count > 0) _sets[^1].End = text.Length;
    }

    public int SetCount => _sets.Count;

    /// <summary>The model of the set holding both words (lookup forms), with their places in it; false when no set has both.</summary>
    public bool TryGetPair(string written, string alternative, out SetModel model, out int writtenMember, out int alternativeMember)
    {
        if (_pairs.TryGetValue(written + "|" + alternative, out var pair))
        {
            model = ModelOf(pair.Set);
            (writtenMember, alternativeMember) = (pair.Written, pair.Alternative);
            return true;
        }
        (model, writtenMember, alternativeMember) = (null!, -1, -1);
        return false;
    }

    public SetModel ModelOf(int set)
    {
        var block = _sets[set];
        if (block.Model is { } model) return model;
        lock (block)
        {
            if (block.Model is null)
            {
                block.Model = Parse(block);
                if (Interlocked.Increment(ref _parsed) == _sets.Count) _text = null;
            }
            return block.Model;
        }
    }

    private SetModel Parse(SetBlock block)
    {
        int width = block.Members.Length;
        var rows = new Dictionary<long, int>();
        var weights = new List<float>();
        var span = _text!.AsSpan(block.Start, Math.Max(0, block.End - block.Start));
        Span<Range> fields = stackalloc Range[4];
        Span<Range> numbers = stackalloc Range[8];
        while (span.Length > 0)
        {
            int newline = span.IndexOf('\n');
            var line = newline < 0 ? span : span[..newline];
            span = newline < 0 ? default : span[(newline + 1)..];
            if (line.IsEmpty || line[0] == '#') continue;
            if (line.Split(fields, '\t') != 3) throw new FormatException($"{DataFile}: expected template, values and weights: \"{line}\".");
            var weightText = line[fields[2]];
            if (weightText.Split(numbers, ' ') != width - 1) throw new FormatException($"{DataFile}: expected {width - 1} weights: \"{line}\".");
            // A feature whose word the vocabulary lacks can never fire: skip it.
            if (ConfusionFeatures.Parse(line[fields[0]], line[fields[1]]) is not { } key) continue;
            rows[key] = weights.Count;
            for (int m = 0; m < width - 1; m++) weights.Add(float.Parse(weightText[numbers[m]], NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        return new SetModel(block.Members, rows, weights.ToArray());
    }

    private sealed class SetBlock(string[] members, int start)
    {
        public readonly string[] Members = members;
        public readonly int Start = start;
        public int End;
        public volatile SetModel? Model;
    }

    /// <summary>One set's weights: for each feature, a row of one weight per member but the last, relative to the last
    /// (whose weight is 0: only differences between members count).</summary>
    internal sealed class SetModel(string[] members, Dictionary<long, int> rows, float[] weights)
    {
        public string[] Members { get; } = members;
        public int FeatureCount => rows.Count;

        /// <summary>Each member's score (unnormalized log probability) for the features of one slot.</summary>
        public void Scores(ReadOnlySpan<long> features, Span<double> scores)
        {
            scores[..Members.Length].Clear();
            foreach (long feature in features)
            {
                if (!rows.TryGetValue(feature, out int row)) continue;
                for (int m = 0; m < Members.Length - 1; m++) scores[m] += weights[row + m];
            }
        }

        /// <summary>log P(alternative) − log P(written) in the slot's context.</summary>
        public double Margin(ReadOnlySpan<long> features, int writtenMember, int alternativeMember)
        {
            Span<double> scores = stackalloc double[Members.Length];
            Scores(features, scores);
            return scores[alternativeMember] - scores[writtenMember];
        }
    }
}
