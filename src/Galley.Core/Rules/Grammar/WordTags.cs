using System.Runtime.CompilerServices;
using Galley.Context;
using Galley.Lexicon;

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
        int best = 0;
        for (int i = 1; i < counts.Length; i++) if (counts[i] > counts[best]) best = i;
        _top = (Pos)best;
    }

    /// <summary>The most frequent part of speech, worked out once: rules ask it of nearly every token.</summary>
    private readonly Pos _top;

    /// <summary>Tokens of the word in the training data; 0 when Brown never saw it.</summary>
    public int Total { get; }
    public bool IsKnown => Total > 0;
    public int Count(Pos pos) => _counts is null ? 0 : _counts[(int)pos];
    public double Share(Pos pos) => Total == 0 ? 0 : (double)Count(pos) / Total;
    public double Share(Pos a, Pos b) => Share(a) + Share(b);

    /// <summary>The most frequent part of speech (None for a contraction), or null for an unseen word.</summary>
    public Pos? Top => _counts is null ? null : _top;

    public bool IsMostly(Pos pos, double share = 0.5) => Share(pos) >= share;
}

/// <summary>The tag counts of data/context/lexicon.tsv (<see cref="TagLexicon"/>), each word's read on first use.</summary>
public static class WordTags
{
    private static readonly string[] Names = Enum.GetNames<Pos>().Select(n => n.ToUpperInvariant()).ToArray();
    private static readonly Lazy<StrongBox<TagProfile>?[]> Profiles = new(() => new StrongBox<TagProfile>?[TagLexicon.Table.Count], LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The profile of a word, looked up in lowercase; an empty profile when Brown never saw it.</summary>
    public static TagProfile Of(ReadOnlySpan<char> word)
    {
        int row = TagLexicon.Table.Find(word);
        if (row >= 0) return ProfileOf(row);
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        for (int i = 0; i < lower.Length; i++) if (lower[i] == '\u2019') lower[i] = '\'';
        row = TagLexicon.Table.Find(lower);
        return row >= 0 ? ProfileOf(row) : default;
    }

    /// <summary>A row's profile, computed once (threads that race compute the same profile).</summary>
    private static TagProfile ProfileOf(int row)
    {
        var profiles = Profiles.Value;
        if (Volatile.Read(ref profiles[row]) is { } known) return known.Value;
        var counts = new int[Names.Length];
        int total = 0;
        TagLexicon.ForEachTag(TagLexicon.Table.Text(row), (tag, n) =>
        {
            int index = tag.Contains('+') ? (int)Pos.None : Array.IndexOf(Names, tag.ToString());
            if (index < 0) index = (int)Pos.X;
            counts[index] += n;
            total += n;
        });
        var profile = new TagProfile(counts, total);
        Volatile.Write(ref profiles[row], new StrongBox<TagProfile>(profile));
        return profile;
    }
}
