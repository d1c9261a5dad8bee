using System.Collections.Frozen;
using Galley.Lexicon;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>Nouns and the verbs writers confuse them with (advice/advise, effect/affect), from
/// data/grammar/noun-verb-pairs.tsv, indexed by each written form a slot rule looks at.</summary>
internal sealed class NounVerbPairs
{
    /// <summary><paramref name="OnlyAfterModal"/>: the noun is questioned only after a modal or "do" (can't way → wait),
    /// where a subject pronoun before it is too often a slip of its own (They way he spoke: The way).</summary>
    public sealed record Pair(string Noun, string Verb, bool InVerbSlot, bool InNounSlot, FrozenSet<string> Objects, bool OnlyAfterModal = false)
    {
        /// <summary>The noun's plural, which stands where a third-person verb should (he advices → advises).</summary>
        public string NounPlural => Noun.EndsWith('s') ? Noun : Noun + "s";
    }

    private static readonly Lazy<NounVerbPairs> Shared = new(() => new NounVerbPairs(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static NounVerbPairs Default => Shared.Value;

    /// <summary>Noun forms (base and plural) written where a verb may be needed, with their pair.</summary>
    public FrozenDictionary<string, Pair> ByNounForm { get; }

    /// <summary>Verb forms (base and third person) written where a noun may be needed, with their pair.</summary>
    public FrozenDictionary<string, Pair> ByVerbForm { get; }

    private NounVerbPairs()
    {
        var byNoun = new Dictionary<string, Pair>(StringComparer.Ordinal);
        var byVerb = new Dictionary<string, Pair>(StringComparer.Ordinal);
        DataFiles.ForEachRow("grammar/noun-verb-pairs.tsv", (row, cols) =>
        {
            if (cols.Length < 3) throw new InvalidDataException("data/grammar/noun-verb-pairs.tsv: each row needs noun, verb and slots.");
            var slots = row[cols[2]].ToString();
            if (slots is not ("verb" or "noun" or "both" or "modal")) throw new InvalidDataException($"data/grammar/noun-verb-pairs.tsv: unknown slots \u201c{slots}\u201d.");
            var objects = cols.Length > 3 ? row[cols[3]].ToString().Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            var pair = new Pair(row[cols[0]].ToString(), row[cols[1]].ToString(), slots != "noun", slots is "noun" or "both",
                objects.ToFrozenSet(StringComparer.Ordinal), OnlyAfterModal: slots == "modal");
            if (pair.InVerbSlot)
            {
                byNoun[pair.Noun] = pair;
                if (!pair.OnlyAfterModal) byNoun[pair.NounPlural] = pair;
            }
            if (pair.InNounSlot)
            {
                byVerb[pair.Verb] = pair;
                byVerb[VerbForms.ThirdPerson(pair.Verb)] = pair;
            }
        });
        ByNounForm = byNoun.ToFrozenDictionary(StringComparer.Ordinal);
        ByVerbForm = byVerb.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every form either slot rule looks at (<see cref="CueWords"/>).</summary>
    public IEnumerable<string> Words => ByNounForm.Keys.Concat(ByVerbForm.Keys);
}
