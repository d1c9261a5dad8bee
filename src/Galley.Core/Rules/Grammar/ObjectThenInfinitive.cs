using System.Collections.Frozen;

namespace Galley.Rules.Grammar;

/// <summary>Finds a verb from a set, an object pronoun, "to" and a word the corpus reads almost always as a base verb
/// (made me to cry, suggested him to leave): the shape several learner slips share.</summary>
public static class ObjectThenInfinitive
{
    public static readonly FrozenSet<string> ObjectPronouns =
        new[] { "me", "you", "him", "her", "us", "them" }.ToFrozenSet(StringComparer.Ordinal);

    public readonly record struct Match(int Verb, int Pronoun, int To, int BaseVerb);

    public static IEnumerable<Match> Find(GrammarText text, FrozenSet<string> verbs)
    {
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "to") continue;
            int pronoun = text.Previous(t);
            if (pronoun < 0 || !ObjectPronouns.Contains(text.Word(pronoun) ?? "")) continue;
            int verb = text.Previous(pronoun);
            if (verb < 0 || !verbs.Contains(text.Word(verb) ?? "") || !text.Tagged(verb).IsVerb) continue;
            int v = text.Next(t);
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized) || text.Word(v) is null) continue;
            if (VerbForms.ReadsAsBaseVerb(text.Tags(v))) yield return new Match(verb, pronoun, t, v);
        }
    }
}
