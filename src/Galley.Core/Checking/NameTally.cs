using System.Runtime.InteropServices;
using Galley.Document;

namespace Galley.Checking;

/// <summary>The evidence names are learned from, counted so that the tallies of paragraphs can be added and taken
/// away again: how each capitalized word is used, and which words are written in lowercase.</summary>
internal sealed class NameTally
{
    private readonly Dictionary<string, NameBook.NameEvidence> _evidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lowercase = new(StringComparer.Ordinal);
    /// <summary>The lowercase forms of the capitalized words, for telling whether a lowercase word matters to names.</summary>
    private readonly Dictionary<string, int> _keysLowered = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, NameBook.NameEvidence> Evidence => _evidence;

    /// <summary>Set when a change could alter the names decided from this tally; cleared by the caller.</summary>
    public bool Changed { get; set; }

    public bool HasLowercase(string word) => _lowercase.ContainsKey(word);

    public static NameTally Of(Manuscript manuscript, Lexicon.LanguageData language)
    {
        var tally = new NameTally();
        // Lowercase words are counted per distinct written text and added once each: the tally's dictionary is then
        // touched once per word, not once per token.
        var lowercase = new int[manuscript.WrittenFirstTokens.Count];
        foreach (var paragraph in manuscript.Paragraphs) NameBook.Gather(manuscript, paragraph, language, tally, lowercase);
        for (int form = 0; form < lowercase.Length; form++)
            if (lowercase[form] > 0) tally.AddLowercase(manuscript.TextOf(manuscript.Tokens[manuscript.WrittenFirstTokens[form]]), lowercase[form]);
        return tally;
    }

    // Spans, not strings: a word is given as it stands in the text, and a string is made only for a new key.
    public void AddEvidence(ReadOnlySpan<char> word, NameBook.NameEvidence evidence, int sign)
    {
        var lookup = _evidence.GetAlternateLookup<ReadOnlySpan<char>>();
        ref var e = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out bool existed);
        e = sign > 0 ? e + evidence : e - evidence;
        if (!existed) Count(_keysLowered, word.ToString().ToLowerInvariant(), 1);
        if (e.Total <= 0)
        {
            lookup.Remove(word);
            Count(_keysLowered, word.ToString().ToLowerInvariant(), -1);
        }
        Changed = true;
    }

    public void AddLowercase(ReadOnlySpan<char> word, int count)
    {
        // Only a word appearing or vanishing matters, and only if it is some capitalized word's lowercase form.
        if (Count(_lowercase, word, count) && _keysLowered.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)) Changed = true;
    }

    /// <summary>Adds to a count, dropping it at zero; true when the key appeared or vanished.</summary>
    private static bool Count(Dictionary<string, int> counts, ReadOnlySpan<char> key, int delta)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        ref var n = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, key, out bool existed);
        n += delta;
        if (n > 0) return !existed;
        lookup.Remove(key);
        return true;
    }

    /// <summary>Takes away the tallies of the paragraphs that went and adds those of the paragraphs that came, touching
    /// only the words whose counts differ in the end, so an edit that leaves the evidence as it was changes nothing.</summary>
    public void Replace(IEnumerable<NameTally> went, IEnumerable<NameTally> came)
    {
        var evidence = new Dictionary<string, NameBook.NameEvidence>(StringComparer.Ordinal);
        var lowercase = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tally in went)
        {
            foreach (var (word, e) in tally._evidence) evidence[word] = evidence.GetValueOrDefault(word) - e;
            foreach (var (word, n) in tally._lowercase) lowercase[word] = lowercase.GetValueOrDefault(word) - n;
        }
        foreach (var tally in came)
        {
            foreach (var (word, e) in tally._evidence) evidence[word] = evidence.GetValueOrDefault(word) + e;
            foreach (var (word, n) in tally._lowercase) lowercase[word] = lowercase.GetValueOrDefault(word) + n;
        }
        foreach (var (word, e) in evidence) if (e != default) AddEvidence(word, e, 1);
        foreach (var (word, n) in lowercase) if (n != 0) AddLowercase(word, n);
    }

    public void Add(NameTally other) => Merge(other, 1);

    public void Remove(NameTally other) => Merge(other, -1);

    private void Merge(NameTally other, int sign)
    {
        foreach (var (word, e) in other._evidence) AddEvidence(word, e, sign);
        foreach (var (word, n) in other._lowercase) AddLowercase(word, sign * n);
    }
}
