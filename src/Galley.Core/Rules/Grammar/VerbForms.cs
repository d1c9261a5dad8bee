using Galley.Checking;
using Galley.Context;

namespace Galley.Rules.Grammar;

/// <summary>Inflects verbs: the spelling rules propose candidates and Brown's tags (or the dictionary) pick the real one.</summary>
public static class VerbForms
{
    public static string ThirdPerson(string verb) => verb switch
    {
        "be" => "is",
        "have" => "has",
        "do" => "does",
        "go" => "goes",
        _ when verb.EndsWith('y') && verb.Length > 2 && !IsVowel(verb[^2]) => verb[..^1] + "ies",
        _ when verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch") || verb.EndsWith("sh") || verb.EndsWith('o') => verb + "es",
        _ => verb + "s",
    };

    /// <summary>The -ing form of a base verb (pushing, making, running, lying), or null when no candidate is a known word.</summary>
    public static string? Gerund(string verb, CheckContext context)
    {
        if (verb == "be") return "being";
        if (verb.EndsWith("ie")) return verb[..^2] + "ying";
        string[] candidates = verb.EndsWith('e') && !verb.EndsWith("ee") && !verb.EndsWith("ye") && !verb.EndsWith("oe")
            ? [verb[..^1] + "ing", verb + "ing"]
            : [verb + "ing", verb + verb[^1] + "ing"];
        return Best(candidates, Pos.Vbg, context);
    }

    /// <summary>The past tense of a base verb (pushed, went), or null when unknown.</summary>
    public static string? Past(string verb, CheckContext context)
    {
        if (IrregularVerbs.Default.FromBase(verb) is { } irregular) return irregular.Pasts[0];
        string[] candidates = verb.EndsWith('e') ? [verb + "d"]
            : verb.EndsWith('y') && verb.Length > 2 && !IsVowel(verb[^2]) ? [verb[..^1] + "ied"]
            : [verb + "ed", verb + verb[^1] + "ed"];
        return Best(candidates, Pos.Vbd, context);
    }

    /// <summary>The base form of a third-person form (pushes → push, tries → try), or null when none is known.</summary>
    public static string? BaseOfThirdPerson(string form, CheckContext context)
    {
        if (form is "is") return "be";
        if (form is "has") return "have";
        if (form is "does") return "do";
        if (!form.EndsWith('s') || form.Length < 3) return null;
        List<string> candidates = [form[..^1]];
        if (form.EndsWith("ies")) candidates.Insert(0, form[..^3] + "y");
        if (form.EndsWith("es")) candidates.Add(form[..^2]);
        foreach (var candidate in candidates)
        {
            var tags = WordTags.Of(candidate);
            if (tags.Count(Pos.Vb) + tags.Count(Pos.Vbp) > 0) return candidate;
        }
        return null;
    }

    /// <summary>Whether a lowercase word is some form of the base verb (gave → give, tells → tell, buying → buy).</summary>
    public static bool IsFormOf(string word, string verb)
    {
        if (word == verb || word == ThirdPerson(verb)) return true;
        if (verb.EndsWith("ie") && word == verb[..^2] + "ying") return true;   // lie → lying
        if (IrregularVerbs.Default.FromBase(verb) is { } irregular && (irregular.Pasts.Contains(word) || irregular.Participles.Contains(word))) return true;
        string stem = verb.EndsWith('e') ? verb[..^1] : verb;
        if (word.StartsWith(stem, StringComparison.Ordinal))
        {
            var rest = word.AsSpan(stem.Length);
            if (rest.Length > 1 && rest[0] == verb[^1] && rest[1] != verb[^1] && !verb.EndsWith('e')) rest = rest[1..];   // doubled consonant
            if (rest is "ed" or "ing" || (verb.EndsWith('e') && rest is "d")) return true;
            if (verb.EndsWith('y') && word == verb[..^1] + "ied") return true;
        }
        return false;
    }

    private static string? Best(string[] candidates, Pos pos, CheckContext context)
    {
        string? best = null;
        int bestCount = 0;
        foreach (var c in candidates)
        {
            int n = WordTags.Of(c).Count(pos);
            if (n > bestCount) (best, bestCount) = (c, n);
        }
        return best ?? candidates.FirstOrDefault(c => context.Lexicon.Words.Contains(c, context.Dialect));
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
