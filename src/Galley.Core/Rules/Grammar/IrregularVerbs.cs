using Galley.Lexicon;
using System.Collections.Frozen;

namespace Galley.Rules.Grammar;

/// <summary>The past and participle forms of irregular verbs (data/grammar/irregular-verbs.tsv), indexed by every form.</summary>
public sealed class IrregularVerbs
{
    private static readonly Lazy<IrregularVerbs> Shared = new(() => new IrregularVerbs(), LazyThreadSafetyMode.ExecutionAndPublication);

    public sealed record Verb(string Base, string[] Pasts, string[] Participles);

    private readonly FrozenDictionary<string, Verb[]> _byForm;
    private readonly FrozenDictionary<string, Verb> _byBase;

    private IrregularVerbs()
    {
        var byForm = new Dictionary<string, List<Verb>>(StringComparer.Ordinal);
        var byBase = new Dictionary<string, Verb>(StringComparer.Ordinal);
        DataFiles.ForEachRow("grammar/irregular-verbs.tsv", (row, cols) =>
        {
            if (cols.Length < 3) return;
            var verb = new Verb(row[cols[0]].ToString(), row[cols[1]].ToString().Split('|'), row[cols[2]].ToString().Split('|'));
            byBase[verb.Base] = verb;
            foreach (var form in verb.Pasts.Concat(verb.Participles).Append(verb.Base).Distinct())
            {
                if (!byForm.TryGetValue(form, out var list)) byForm[form] = list = [];
                list.Add(verb);
            }
        });
        _byForm = byForm.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byBase = byBase.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static IrregularVerbs Default => Shared.Value;

    /// <summary>Every base, past and participle form listed.</summary>
    public IEnumerable<string> Forms => _byForm.Keys;

    public Verb? FromBase(string lowercaseBase) => _byBase.GetValueOrDefault(lowercaseBase);

    /// <summary>The verbs that have this form as base, past or participle.</summary>
    public IReadOnlyList<Verb> WithForm(string lowercaseForm) => _byForm.TryGetValue(lowercaseForm, out var verbs) ? verbs : [];

    /// <summary>A past tense that is never a participle of any verb (went, sank, saw): wrong after "have". It may still be
    /// the base of another verb (to saw, to lay): <paramref name="isBase"/> says so, for the caller to weigh.</summary>
    public bool IsPastOnly(string form, out bool isBase)
    {
        // Loops, not LINQ: asked of every word, and a lambda over the form would allocate at each call.
        isBase = false;
        bool past = false, participle = false;
        foreach (var v in WithForm(form))
        {
            isBase |= v.Base == form;
            past |= Array.IndexOf(v.Pasts, form) >= 0;
            participle |= Array.IndexOf(v.Participles, form) >= 0;
        }
        return past && !participle;
    }

    /// <summary>A participle that is never a past tense or a base form of any verb (seen, gone, sunk): wrong without
    /// "have". Sunk, sprung and shrunk are listed as dated variants of sank, sprang and shrank; they count as participles.</summary>
    public bool IsParticipleOnly(string form)
    {
        bool participle = false;
        foreach (var v in WithForm(form))
        {
            if (v.Base == form || Array.IndexOf(v.Pasts, form) >= 0 && !IsVowelShiftVariant(v, form)) return false;
            participle |= Array.IndexOf(v.Participles, form) >= 0;
        }
        return participle;
    }

    /// <summary>The u-participle of a verb whose past has an a (sink/sank/sunk, sing/sang/sung, begin/began/begun).</summary>
    public static bool IsVowelShiftVariant(Verb verb, string form)
    {
        if (Array.IndexOf(verb.Participles, form) < 0) return false;
        foreach (var past in verb.Pasts)
            if (past != form && IsPastWithUForA(past, form)) return true;
        return false;
    }

    /// <summary>The participle is the past with each a made a u (sank → sunk), compared without building the string.</summary>
    private static bool IsPastWithUForA(string past, string participle)
    {
        if (past.Length != participle.Length) return false;
        for (int i = 0; i < past.Length; i++)
            if ((past[i] == 'a' ? 'u' : past[i]) != participle[i]) return false;
        return true;
    }
}
