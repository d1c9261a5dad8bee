using System.Collections.Concurrent;
using System.Collections.Frozen;
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
        _ when verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith('o') => verb + "es",
        _ => verb + "s",
    };

    /// <summary>The -ing form of a base verb (pushing, making, running, lying), or null when no candidate is a known word.</summary>
    public static string? Gerund(string verb, CheckContext context)
    {
        if (verb == "be") return "being";
        if (verb.EndsWith("ie", StringComparison.Ordinal)) return verb[..^2] + "ying";
        string[] candidates = verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && !verb.EndsWith("ye", StringComparison.Ordinal) && !verb.EndsWith("oe", StringComparison.Ordinal)
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
        if (form.EndsWith("ies", StringComparison.Ordinal)) candidates.Insert(0, form[..^3] + "y");
        if (form.EndsWith("es", StringComparison.Ordinal)) candidates.Add(form[..^2]);
        foreach (var candidate in candidates)
        {
            var tags = WordTags.Of(candidate);
            if (tags.Count(Pos.Vb) + tags.Count(Pos.Vbp) > 0) return candidate;
        }
        return null;
    }

    /// <summary>The form of <paramref name="to"/> that matches <paramref name="written"/>, a form of <paramref name="from"/>:
    /// (wrecked, wreck, wreak) → wreaked; (strikes, strike, hit) → hits.</summary>
    public static string Reinflect(string written, string from, string to, CheckContext context)
    {
        if (from == to || written == from) return from == to ? written : to;
        if (written == ThirdPerson(from)) return ThirdPerson(to);
        if (written.EndsWith("ing", StringComparison.Ordinal)) return Gerund(to, context) ?? to;
        var irregular = IrregularVerbs.Default.FromBase(from);
        bool participleOnly = irregular is not null && irregular.Participles.Contains(written) && !irregular.Pasts.Contains(written);
        if (participleOnly && IrregularVerbs.Default.FromBase(to) is { } target) return target.Participles[0];
        return Past(to, context) ?? to;
    }

    /// <summary>The base of a past or participle: irregular ones from data (went → go, had → have), regular ones by
    /// undoing -ed (forked → fork, tried → try, stopped → stop, baked → bake) where the base's own past is that word.</summary>
    public static string? BaseOfPast(string form, CheckContext context)
    {
        foreach (var verb in IrregularVerbs.Default.WithForm(form))
            if (verb.Pasts.Contains(form) || verb.Participles.Contains(form)) return verb.Base;
        if (!form.EndsWith("ed", StringComparison.Ordinal) || form.Length < 4) return null;
        string stem = form[..^2];
        List<string> candidates = [stem, stem + "e"];
        if (stem.EndsWith('i')) candidates.Insert(0, stem[..^1] + "y");
        if (stem.Length > 2 && stem[^1] == stem[^2]) candidates.Insert(0, stem[..^1]);
        foreach (var candidate in candidates)
            if (WordTags.Of(candidate).Count(Pos.Vb) > 0 && Past(candidate, context) == form) return candidate;
        return null;
    }

    /// <summary>Whether the tagged corpus reads a word almost always as a base verb and hardly ever as a noun, so a
    /// rule may treat it as the verb after "to" (to hear, not to applause).</summary>
    public static bool ReadsAsBaseVerb(TagProfile tags) =>
        tags.Top is Pos.Vb or Pos.Vbp && tags.Share(Pos.Vb, Pos.Vbp) >= 0.8 && tags.Share(Pos.Noun) < 0.1;

    /// <summary>Whether a lowercase word is some form of the base verb (gave → give, tells → tell, buying → buy).</summary>
    public static bool IsFormOf(string word, string verb) => FormsOf(verb).Contains(word);

    /// <summary>Every form of a base verb: base, -s, -ed, -ing (with a doubled consonant or a dropped e), the irregular
    /// pasts and participles. Computed once per verb, so a rule can test each token against a whole verb list cheaply.</summary>
    public static FrozenSet<string> FormsOf(string verb) => FormsByVerb.GetOrAdd(verb, static v => Inflect(v).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The forms of several base verbs in one set.</summary>
    public static FrozenSet<string> FormsOf(IEnumerable<string> verbs) => verbs.SelectMany(FormsOf).ToFrozenSet(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, FrozenSet<string>> FormsByVerb = new(StringComparer.Ordinal);

    private static IEnumerable<string> Inflect(string verb)
    {
        yield return verb;
        yield return ThirdPerson(verb);
        if (verb.EndsWith("ie", StringComparison.Ordinal)) yield return verb[..^2] + "ying";   // lie → lying
        if (IrregularVerbs.Default.FromBase(verb) is { } irregular)
            foreach (var form in irregular.Pasts.Concat(irregular.Participles)) yield return form;
        bool silentE = verb.EndsWith('e');
        string stem = silentE ? verb[..^1] : verb;
        yield return stem + "ed";
        yield return stem + "ing";
        if (silentE) yield return stem + "d";
        else if (verb.Length > 0)
        {
            yield return verb + verb[^1] + "ed";   // doubled consonant: stopped, running
            yield return verb + verb[^1] + "ing";
        }
        if (verb.EndsWith('y')) yield return verb[..^1] + "ied";
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
