using Galley.Checking;
using Galley.Context;
using Galley.Lexicon;

namespace Galley.Rules.Spelling;

/// <summary>Weighs a misspelling's close corrections by how each reads in its sentence: spelling alone cannot tell
/// "ther is" (there) from "ther house" (their), nor "view throught the trees" (through) from thought. The word trigram
/// model (<see cref="NgramModel"/>) scores the corrected word and the two after it; a candidate whose spelling costs at
/// most <see cref="MaxCostGap"/> more than the first may take its place when it reads enough better.</summary>
internal static class SuggestionContext
{
    /// <summary>How far (in typing cost, about one slip) a candidate may trail the first and still overtake it.</summary>
    private const double MaxCostGap = 1.0;

    /// <summary>Typing cost per unit of log n-gram score gained in context.</summary>
    private const double ContextWeight = 0.2;

    /// <summary>How much of a candidate's plain commonness (its unigram log count) is taken out of its context gain: the
    /// spelling cost already credits frequency, and the n-gram model's backoff favours common words wherever it knows
    /// nothing of the context.</summary>
    private const double FrequencyShare = 0.75;

    /// <summary>Words on each side the model reads.</summary>
    private const int Window = 2;

    /// <summary>The ranked corrections, best in this place first and the rest in their order.</summary>
    public static IReadOnlyList<string> Order(CheckContext context, int token, string typed, IReadOnlyList<Suggestion> ranked)
    {
        var words = ranked.Select(s => s.Word).ToList();
        // A fixed first (an irregular past), a missing space and a missing apostrophe (thats, elses: every letter typed
        // is there) are not weighed against other spellings; the model knows few possessives.
        if (ranked.Count < 2 || double.IsNegativeInfinity(ranked[0].Cost) || ranked[0].Word.Contains(' ')
            || IsTypedWithApostrophe(typed, ranked[0].Word)) return words;
        var model = NgramModel.Default;
        var manuscript = context.Manuscript;
        var sentence = manuscript.SentenceOf(token);
        if (token < sentence.FirstToken || token >= sentence.EndToken) return words;   // a word outside any sentence has no context
        // The ids of the two words before, the word itself (filled in per candidate) and the two after; the sentence's
        // edges as the model's start and end.
        var ids = new int[2 * Window + 1];
        for (int k = -Window; k <= Window; k++)
        {
            int t = token + k;
            ids[k + Window] = t < sentence.FirstToken ? model.SentenceStart
                : t >= sentence.EndToken ? model.SentenceEnd
                : model.IdOf(PosTagger.BrownText(manuscript, t));
        }
        int scored = Math.Min(ids.Length, Window + 1 + Math.Max(0, sentence.EndToken - token));   // through the end pseudo-word
        // A word the model never saw (limpets, a rare word fiction uses) reads badly everywhere to it: the model judges
        // only between words it knows.
        double? Fit(string word)
        {
            int id = model.IdOf(word);
            if (model.Count(id) == 0) return null;
            ids[Window] = id;
            return model.LogScore(ids.AsSpan(), Window, scored) - FrequencyShare * Math.Log(model.Count(id));
        }
        if (Fit(ranked[0].Word) is not { } firstFit) return words;
        int best = 0;
        double bestScore = ranked[0].Cost;
        for (int i = 1; i < ranked.Count; i++)
        {
            var candidate = ranked[i];
            if (candidate.Word.Contains(' ') || candidate.Cost - ranked[0].Cost > MaxCostGap) continue;
            if (Fit(candidate.Word) is not { } fit) continue;
            double score = candidate.Cost - ContextWeight * (fit - firstFit);
            if (score < bestScore) (best, bestScore) = (i, score);
        }
        if (best == 0) return words;
        var chosen = words[best];
        words.RemoveAt(best);
        words.Insert(0, chosen);
        return words;
    }

    private static bool IsTypedWithApostrophe(string typed, string word) =>
        word.Length == typed.Length + 1 && word.Replace("'", "").Equals(typed, StringComparison.OrdinalIgnoreCase);
}
