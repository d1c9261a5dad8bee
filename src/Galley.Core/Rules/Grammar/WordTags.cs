using Galley.Context;
using Galley.Lexicon;
using System.Collections.Frozen;

namespace Galley.Rules.Grammar;

/// <summary>How often Brown tags a word with each part of speech (contractions' compound tags count under
/// <see cref="Pos.None"/>). Not a tagger: the grammar rules read how likely each category is for a word, which the
/// tagger's single best tag does not say, and decide from their own narrow context.</summary>
public readonly struct TagProfile
{
    private readonly int[]? _counts;

    internal TagProfile(int[] counts, int total)
    {
        _counts = counts;
        Total = total;
    }

    /// <summary>Tokens of the word in the training data; 0 when Brown never saw it.</summary>
    public int Total { get; }
    public bool IsKnown => Total > 0;
    public int Count(Pos pos) => _counts is null ? 0 : _counts[(int)pos];
    public double Share(Pos pos) => Total == 0 ? 0 : (double)Count(pos) / Total;
    public double Share(Pos a, Pos b) => Share(a) + Share(b);

    /// <summary>The most frequent part of speech (None for a contraction), or null for an unseen word.</summary>
    public Pos? Top
    {
        get
        {
            if (_counts is null) return null;
            int best = 0;
            for (int i = 1; i < _counts.Length; i++) if (_counts[i] > _counts[best]) best = i;
            return (Pos)best;
        }
    }

    public bool IsMostly(Pos pos, double share = 0.5) => Share(pos) >= share;
}

/// <summary>The tag counts of data/context/lexicon.tsv, loaded once on first use.</summary>
public static class WordTags
{
    private static readonly Lazy<FrozenDictionary<string, TagProfile>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The profile of a word, looked up in lowercase; an empty profile when Brown never saw it.</summary>
    public static TagProfile Of(ReadOnlySpan<char> word)
    {
        var lookup = Table.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var profile)) return profile;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        for (int i = 0; i < lower.Length; i++) if (lower[i] == '\u2019') lower[i] = '\'';
        return lookup.TryGetValue(lower, out profile) ? profile : default;
    }

    private static FrozenDictionary<string, TagProfile> Load()
    {
        var names = Enum.GetNames<Pos>().Select(n => n.ToUpperInvariant()).ToArray();
        var table = new Dictionary<string, TagProfile>(50_000, StringComparer.Ordinal);
        DataFiles.ForEachRow("context/lexicon.tsv", (row, cols) =>
        {
            if (cols.Length < 2) return;
            var counts = new int[names.Length];
            int total = 0;
            foreach (var pair in row[cols[1]].ToString().Split(' '))
            {
                int colon = pair.LastIndexOf(':');
                if (colon <= 0 || !int.TryParse(pair.AsSpan(colon + 1), out int n)) continue;
                var tag = pair[..colon];
                int index = tag.Contains('+') ? (int)Pos.None : Array.IndexOf(names, tag);
                if (index < 0) index = (int)Pos.X;
                counts[index] += n;
                total += n;
            }
            table[row[cols[0]].ToString()] = new TagProfile(counts, total);
        });
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
