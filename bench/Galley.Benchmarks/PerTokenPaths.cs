using Galley.Context;
using Galley.Document;
using Galley.Lexicon;

namespace Galley.Benchmarks;

/// <summary>The per-token paths measured both by BenchmarkDotNet and by the allocation mode: each walks every token
/// of a parsed manuscript the way the rules do.</summary>
internal static class PerTokenPaths
{
    public static int LookUpEveryWord(Manuscript manuscript, Lexicon.Lexicon lexicon)
    {
        int known = 0;
        foreach (ref readonly var token in manuscript.Tokens.AsSpan())
            if (token.IsWord && lexicon.Words.Contains(manuscript.TextOf(token), Dialect.EnUS)) known++;
        return known;
    }

    public static int FrequencyOfEveryWord(Manuscript manuscript, Lexicon.Lexicon lexicon)
    {
        Span<char> lower = stackalloc char[64];
        int total = 0;
        foreach (ref readonly var token in manuscript.Tokens.AsSpan())
        {
            if (!token.IsWord || token.Length > lower.Length) continue;
            int n = manuscript.TextOf(token).ToLowerInvariant(lower);
            total += lexicon.Frequency(lower[..n]) > 0 ? 1 : 0;
        }
        return total;
    }

    /// <summary>Every sentence scored by the trigram model, its words mapped to ids in one reused buffer.</summary>
    public static double ScoreEverySentence(Manuscript manuscript)
    {
        var model = NgramModel.Default;
        var ids = new int[256];
        double total = 0;
        foreach (var sentence in manuscript.Sentences)
        {
            if (sentence.TokenCount > ids.Length) ids = new int[sentence.TokenCount * 2];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                ids[t - sentence.FirstToken] = model.IdOf(PosTagger.BrownText(manuscript, t));
            total += model.LogScore(ids.AsSpan(0, sentence.TokenCount), 0, sentence.TokenCount);
        }
        return total;
    }
}
