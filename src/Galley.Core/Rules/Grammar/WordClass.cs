using System.Collections.Frozen;

namespace Galley.Rules.Grammar;

/// <summary>The closed classes and irregular verb forms a lowercase word belongs to, as bits. The grammar rules ask
/// every token whether it could start their pattern (is it a form of have? a modal?); <see cref="GrammarText.Is"/>
/// answers from a table worked out once per distinct word, so only the few candidates do any real work.</summary>
[Flags]
public enum WordClass : uint
{
    None = 0,
    /// <summary><see cref="FunctionWords.SubjectPronouns"/>: i, you, he, she, it, we, they.</summary>
    SubjectPronoun = 1 << 0,
    /// <summary><see cref="FunctionWords.IndefinitePronouns"/>: everyone, nobody, something…</summary>
    IndefinitePronoun = 1 << 1,
    /// <summary><see cref="FunctionWords.HaveForms"/> and any contraction in 've or 'd (I've, she'd).</summary>
    HaveForm = 1 << 2,
    /// <summary><see cref="FunctionWords.PassiveAuxiliaries"/>: was, is, been, got…</summary>
    PassiveAuxiliary = 1 << 3,
    /// <summary><see cref="FunctionWords.DoFormsAndModals"/>: did, can, won't, she'll…</summary>
    DoFormOrModal = 1 << 4,
    /// <summary><see cref="FunctionWords.PerfectModals"/>: could, should, would, must, might, may and their negatives.</summary>
    PerfectModal = 1 << 5,
    /// <summary><see cref="FunctionWords.NeedInfinitiveTo"/>: want, able, supposed, going…</summary>
    NeedsInfinitiveTo = 1 << 6,
    /// <summary>Every form of <see cref="FunctionWords.GerundVerbs"/> (keeps, stopped, started…).</summary>
    GerundVerbForm = 1 << 7,
    /// <summary>An irregular past tense that is never a participle (went, saw): <see cref="IrregularVerbs.IsPastOnly"/>.</summary>
    IrregularPastOnly = 1 << 8,
    /// <summary>An irregular participle that is never a past or a base (seen, gone): <see cref="IrregularVerbs.IsParticipleOnly"/>.</summary>
    IrregularParticipleOnly = 1 << 9,
    /// <summary><see cref="FunctionWords.Auxiliaries"/>: auxiliaries and modals, with their negatives.</summary>
    Auxiliary = 1 << 10,
    /// <summary><see cref="FunctionWords.MidAdverbs"/>: always, never, just…</summary>
    MidAdverb = 1 << 11,
    /// <summary><see cref="FunctionWords.Subordinators"/>: when, because, that…</summary>
    Subordinator = 1 << 12,
    /// <summary><see cref="FunctionWords.SubjunctiveTriggers"/>: insisted, demanded, essential…</summary>
    SubjunctiveTrigger = 1 << 13,
    /// <summary><see cref="FunctionWords.PluralSubjectDeterminers"/>: the, these, my, some, all…</summary>
    PluralSubjectDeterminer = 1 << 14,
    /// <summary>Written with an apostrophe (don't, her's, dogs').</summary>
    WithApostrophe = 1 << 15,
    /// <summary>a, an.</summary>
    IndefiniteArticle = 1 << 16,
    /// <summary>its, it's: the possessive and the contraction, often confused.</summary>
    ItsOrItIs = 1 << 17,
    /// <summary>each, one: the first words of each other and one another.</summary>
    EachOrOne = 1 << 18,
    /// <summary>for, which before an object pronoun opens an infinitive clause (for it to be).</summary>
    For = 1 << 19,
    /// <summary>suppose, which after a form of be is a slip for supposed (was suppose to).</summary>
    Suppose = 1 << 20,
    /// <summary><see cref="FunctionWords.SingularDeterminers"/>: a, this, each… (one thing after them).</summary>
    SingularDeterminer = 1 << 21,
    /// <summary><see cref="FunctionWords.OpenDeterminers"/>: the, my, whose… (one thing or several after them).</summary>
    OpenDeterminer = 1 << 22,
}

public static class WordClasses
{
    /// <summary>The classes of every word in a list or among the irregular verb forms.</summary>
    private static readonly FrozenDictionary<string, WordClass> Listed = BuildListed();

    /// <summary>All the classes of a lowercase word (apostrophes straight, as <see cref="GrammarText.Word"/> gives it).</summary>
    public static WordClass Of(string lowercase)
    {
        var classes = Listed.GetValueOrDefault(lowercase);
        if (lowercase.Contains('\''))
        {
            classes |= WordClass.WithApostrophe;
            if (lowercase.EndsWith("'ve", StringComparison.Ordinal) || lowercase.EndsWith("'d", StringComparison.Ordinal) && lowercase.Length > 2)
                classes |= WordClass.HaveForm;
        }
        return classes;
    }

    private static FrozenDictionary<string, WordClass> BuildListed()
    {
        var table = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(WordClass wordClass, IEnumerable<string> words)
        {
            foreach (var word in words) table[word] = table.GetValueOrDefault(word) | wordClass;
        }
        Add(WordClass.SubjectPronoun, FunctionWords.SubjectPronouns);
        Add(WordClass.IndefinitePronoun, FunctionWords.IndefinitePronouns);
        Add(WordClass.HaveForm, FunctionWords.HaveForms);
        Add(WordClass.PassiveAuxiliary, FunctionWords.PassiveAuxiliaries);
        Add(WordClass.DoFormOrModal, FunctionWords.DoFormsAndModals);
        Add(WordClass.PerfectModal, FunctionWords.PerfectModals);
        Add(WordClass.NeedsInfinitiveTo, FunctionWords.NeedInfinitiveTo);
        Add(WordClass.GerundVerbForm, VerbForms.FormsOf(FunctionWords.GerundVerbs));
        Add(WordClass.Auxiliary, FunctionWords.Auxiliaries);
        Add(WordClass.MidAdverb, FunctionWords.MidAdverbs);
        Add(WordClass.Subordinator, FunctionWords.Subordinators);
        Add(WordClass.SubjunctiveTrigger, FunctionWords.SubjunctiveTriggers);
        Add(WordClass.PluralSubjectDeterminer, FunctionWords.PluralSubjectDeterminers);
        Add(WordClass.IndefiniteArticle, ["a", "an"]);
        Add(WordClass.ItsOrItIs, ["its", "it's"]);
        Add(WordClass.EachOrOne, ["each", "one"]);
        Add(WordClass.For, ["for"]);
        Add(WordClass.SingularDeterminer, FunctionWords.SingularDeterminers);
        Add(WordClass.OpenDeterminer, FunctionWords.OpenDeterminers);
        Add(WordClass.Suppose, ["suppose"]);
        var verbs = IrregularVerbs.Default;
        foreach (var form in verbs.Forms)
        {
            if (verbs.IsPastOnly(form, out _)) Add(WordClass.IrregularPastOnly, [form]);
            if (verbs.IsParticipleOnly(form)) Add(WordClass.IrregularParticipleOnly, [form]);
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
