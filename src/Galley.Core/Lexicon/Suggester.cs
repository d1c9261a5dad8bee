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
        results.AddRange(candidates.Where(c => lexicon.Words.IsSuggestible(c, dialect)).OrderByDescending(c => lexicon.Frequency(c)));
        return results.Distinct().Take(max).ToList();
    }
}
