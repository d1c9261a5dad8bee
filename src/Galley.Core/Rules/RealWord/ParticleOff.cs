using Galley.Context;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>"off" that a verb governs: the particle or preposition of separation after a verb (stepped off the kerb)
/// or after a verb and its object (lifted one hand off the rail, pulled it off the shelf). There "of" is no fix, though
/// "hand of the" alone reads well to the n-gram model. A verb or noun that itself takes "of" in the Brown bigrams
/// (thought of, a piece of, the rest of) is no evidence, so "a piece off the cake" is still questioned.</summary>
internal static class ParticleOff
{
    /// <summary>Verbs followed by "of" this often (share of their uses) take "of" (thought of): no evidence for "off".
    /// Nouns need a larger share, since Brown's counts of most nouns are small: a noun of quantity or part (a piece of,
    /// the rest of, the top of) is followed by "of" in a quarter or more of its uses.</summary>
    private const double VerbOfShare = 0.1, NounOfShare = 0.25;

    private const int MaxObjectWords = 4;

    private static readonly HashSet<string> ObjectPronouns = ["it", "them", "him", "me", "us", "you", "himself", "herself", "themselves", "myself", "yourself"];

    private static readonly HashSet<string> BeAndHave =
        ["be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "seem", "seems", "seemed"];

    /// <summary>True when the "off" at token t is governed by a verb before it and starts a noun phrase.</summary>
    public static bool IsGoverned(GrammarText text, int t)
    {
        int next = text.Next(t);
        if (next < 0 || text.Tagged(next).Head is not (Pos.Det or Pos.Num or Pos.Pron)) return false;
        int p = text.Previous(t);
        if (p < 0) return false;
        if (IsSeparationVerb(text, p)) return true;   // stepped off the kerb
        // An object between the verb and "off": a pronoun, or a noun phrase ending in a noun that does not take "of".
        string? last = text.Word(p);
        if (last is null) return false;
        bool objectEnd = ObjectPronouns.Contains(last) || text.Tagged(p).Head is Pos.Noun && !TakesOf(last, NounOfShare);
        if (!objectEnd) return false;
        int q = p;
        for (int k = 0; k < MaxObjectWords; k++)
        {
            q = text.Previous(q);
            if (q < 0) return false;
            if (IsSeparationVerb(text, q)) return true;
            if (text.Tagged(q).Head is not (Pos.Det or Pos.Num or Pos.Adj or Pos.Noun)) return false;
        }
        return false;
    }

    private static bool IsSeparationVerb(GrammarText text, int t) =>
        text.Tagged(t).IsVerb && text.Word(t) is { } word && !BeAndHave.Contains(word) && !TakesOf(word, VerbOfShare);

    private static bool TakesOf(string word, double share)
    {
        var model = NgramModel.Default;
        int id = model.IdOf(word);
        if (id == 0) return false;
        int of = model.Count(id, model.IdOf("of"));
        return of >= 2 && of >= share * model.Count(id);
    }
}
