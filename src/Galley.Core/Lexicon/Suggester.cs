namespace Galley.Lexicon;

/// <summary>Ranks corrections for an unknown word. (First version: known misspellings and single edits;
/// the ranked search replaces it.)</summary>
public sealed class Suggester(Lexicon lexicon, Dialect dialect, IReadOnlyCollection<string> extraWords)
{
    public IReadOnlyList<string> Suggest(string word, int max = 5)
    {
        var lower = word.ToLowerInvariant();
        var results = new List<string>();
        if (lexicon.KnownCorrections(lower) is { } known) results.AddRange(known);
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var candidates = new HashSet<string>();
        for (int i = 0; i <= lower.Length; i++)
        {
            if (i < lower.Length) candidates.Add(lower.Remove(i, 1));
            if (i + 1 < lower.Length) candidates.Add(lower[..i] + lower[i + 1] + lower[i] + lower[(i + 2)..]);
            foreach (char c in letters)
            {
                candidates.Add(lower.Insert(i, c.ToString()));
                if (i < lower.Length) candidates.Add(lower[..i] + c + lower[(i + 1)..]);
            }
        }
        var singles = candidates.Where(c => lexicon.Words.IsSuggestible(c, dialect)).OrderByDescending(c => lexicon.Frequency(c)).ToList();
        var split = Enumerable.Range(1, Math.Max(0, lower.Length - 1))
            .Select(i => (Left: lower[..i], Right: lower[i..]))
            .Where(p => lexicon.Words.IsSuggestible(p.Left, dialect) && lexicon.Words.IsSuggestible(p.Right, dialect))
            .OrderByDescending(p => Math.Min(lexicon.Frequency(p.Left), lexicon.Frequency(p.Right)))
            .Select(p => (Text: p.Left + " " + p.Right, Score: Math.Min(lexicon.Frequency(p.Left), lexicon.Frequency(p.Right))))
            .FirstOrDefault();
        if (split.Text is not null && split.Score > (singles.Count > 0 ? lexicon.Frequency(singles[0]) : 0)) results.Add(split.Text);
        results.AddRange(singles);
        return results.Distinct().Take(max).ToList();
    }
}
