namespace Galley.Context;

/// <summary>The real-word confusion sets of data/context/confusion-sets.tsv: for each member (one or two words,
/// lowercase, ASCII apostrophes), the other members of every set it belongs to.</summary>
internal sealed class ConfusionSets
{
    private static readonly Lazy<ConfusionSets> Shared = new(() => new ConfusionSets(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, List<Alternative>> _alternatives = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    private ConfusionSets()
    {
        Lexicon.DataFiles.ForEachRow("context/confusion-sets.tsv", (row, cols) =>
        {
            var members = row[cols[0]].ToString().Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var member in members)
            {
                if (member.Count(c => c == ' ') > 1) throw new InvalidOperationException($"Confusion set member \"{member}\" has more than two words.");
                if (!_alternatives.TryGetValue(member, out var list)) _alternatives[member] = list = [];
                _firstWords.Add(member.Split(' ')[0]);
                foreach (var other in members)
                    if (other != member && !list.Exists(a => a.Text == other)) list.Add(new Alternative(other, other.Split(' ')));
            }
        });
        Lookup = _alternatives.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ConfusionSets Default => Shared.Value;

    public Dictionary<string, List<Alternative>>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>The members a word or two-word phrase (lookup form) may have been confused with, or null.</summary>
    public List<Alternative>? AlternativesOf(ReadOnlySpan<char> member) => Lookup.TryGetValue(member, out var list) ? list : null;

    /// <summary>Whether some member (lookup form) is this word or starts with it: a cheap test before building phrases.</summary>
    public bool StartsAMember(ReadOnlySpan<char> word) => _firstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A member as written and split into its words.</summary>
    public sealed record Alternative(string Text, string[] Words)
    {
        private int[]? _ids;

        /// <summary>The words' n-gram ids (0 for a word the model lacks), looked up once.</summary>
        public int[] WordIds => _ids ??= Array.ConvertAll(Words, word => NgramModel.Default.IdOf(word));
    }
}
