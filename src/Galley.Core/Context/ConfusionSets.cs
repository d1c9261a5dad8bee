namespace Galley.Context;

/// <summary>The real-word confusion sets of data/context/confusion-sets.tsv: for each member (one or two words,
/// lowercase, ASCII apostrophes), the other members of every set it belongs to.</summary>
internal sealed class ConfusionSets
{
    private static readonly Lazy<ConfusionSets> Shared = new(() => new ConfusionSets(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, List<Alternative>> _alternatives = new(StringComparer.Ordinal);
    /// <summary>The first and second words of the two-word members.</summary>
    private readonly HashSet<string> _phraseStarts = new(StringComparer.Ordinal), _phraseEnds = new(StringComparer.Ordinal);

    private ConfusionSets()
    {
        Lexicon.DataFiles.ForEachRow("context/confusion-sets.tsv", (row, cols) =>
        {
            var members = row[cols[0]].ToString().Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var member in members)
            {
                if (member.Count(c => c == ' ') > 1) throw new InvalidOperationException($"Confusion set member \"{member}\" has more than two words.");
                if (!_alternatives.TryGetValue(member, out var list)) _alternatives[member] = list = [];
                var words = member.Split(' ');
                if (words.Length == 2)
                {
                    _phraseStarts.Add(words[0]);
                    _phraseEnds.Add(words[1]);
                }
                foreach (var other in members)
                    if (other != member && !list.Exists(a => a.Text == other)) list.Add(new Alternative(other, other.Split(' '), member));
            }
        });
        Lookup = _alternatives.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in _alternatives.Keys.Where(m => !m.Contains(' ')).Concat(_phraseStarts))
            if (!words.ContainsKey(word))
            {
                words[word] = _words.Count;
                _words.Add(new Word(_alternatives.TryGetValue(word, out var list) ? word : null, list, _phraseStarts.Contains(word)));
            }
        _wordNumbers = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly List<Word> _words = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordNumbers;

    /// <summary>What a single word is to the sets: a member itself (with its alternatives), the start of a two-word member, or both.</summary>
    public sealed record Word(string? Member, List<Alternative>? Alternatives, bool StartsAPhrase);

    /// <summary>The number of a word (lookup form) that is a member or starts one, from 1; 0 for any other word.</summary>
    public int NumberOf(ReadOnlySpan<char> word) => _wordNumbers.TryGetValue(word, out int number) ? number + 1 : 0;

    /// <summary>The word numbered <paramref name="number"/> by <see cref="NumberOf"/>.</summary>
    public Word WordNumbered(int number) => _words[number - 1];

    public static ConfusionSets Default => Shared.Value;

    public Dictionary<string, List<Alternative>>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>The members a word or two-word phrase (lookup form) may have been confused with, or null; and the
    /// member itself as a string.</summary>
    public List<Alternative>? AlternativesOf(ReadOnlySpan<char> form, out string? member) =>
        Lookup.TryGetValue(form, out member, out var list) ? list : null;

    /// <summary>Whether some two-word member ends with this word (lookup form).</summary>
    public bool EndsAPhrase(ReadOnlySpan<char> word) => _phraseEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A member as written and split into its words, as an alternative to the member <paramref name="Written"/>.</summary>
    public sealed record Alternative(string Text, string[] Words, string Written)
    {
        private int[]? _ids;
        private ClassifierPair? _classifier;

        /// <summary>The words' n-gram ids (0 for a word the model lacks), looked up once.</summary>
        public int[] WordIds => _ids ??= Array.ConvertAll(Words, word => NgramModel.Default.IdOf(word));

        /// <summary>The classifier of the set that holds both this and the written member (null model when none), looked up once.</summary>
        public ClassifierPair Classifier => _classifier ??= ConfusionClassifier.Default.TryGetPair(Written, Text, out var model, out int written, out int alternative)
            ? new ClassifierPair(model, written, alternative)
            : new ClassifierPair(null, -1, -1);
    }

    /// <summary>A set's classifier and the places of the written member and its alternative in it.</summary>
    public sealed record ClassifierPair(ConfusionClassifier.SetModel? Model, int WrittenMember, int AlternativeMember);
}
