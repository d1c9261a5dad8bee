using Galley.Context;

namespace Galley.Rules.Grammar;

/// <summary>Comparatives and superlatives made with -er and -est on an adjective (taller, bigger, happiest).</summary>
public static class DegreeForms
{
    /// <summary>Token t is an adjective or adverb with <paramref name="suffix"/> ("er" or "est") on it: tall-er,
    /// larg-est, bigg-er, happi-est. The tagger may read one Brown never saw (cleverer) as a noun; Brown's own tags of
    /// the word, when it has them, decide.</summary>
    public static bool IsInflected(GrammarText text, int t, string suffix)
    {
        if (text.Word(t) is not { } word || word.Length < suffix.Length + 3 || !word.EndsWith(suffix, StringComparison.Ordinal)) return false;
        if (text.Tagged(t).Head is not (Pos.Adj or Pos.Adv) && text.Tags(t) is { IsKnown: true } known && known.Share(Pos.Adj, Pos.Adv) < 0.5) return false;
        var stem = word[..^suffix.Length];
        return IsAdjective(stem) || IsAdjective(stem + "e") || stem.Length > 2 && stem[^1] == stem[^2] && IsAdjective(stem[..^1])
            || stem.EndsWith('i') && IsAdjective(stem[..^1] + "y");
    }

    private static bool IsAdjective(string word) => WordTags.Of(word) is { IsKnown: true } tags && tags.Share(Pos.Adj, Pos.Adv) >= 0.5;
}
