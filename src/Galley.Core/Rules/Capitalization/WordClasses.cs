using Galley.Context;

namespace Galley.Rules.Capitalization;

/// <summary>Coarse word classes from the Brown part-of-speech lexicon (data/context/lexicon.tsv): enough to tell
/// whether a word after a capitalized pronoun is a verb, so "him It felt" reads as two sentences run together.
/// Loaded on first use, shared and immutable.</summary>
internal static class WordClasses
{
    [Flags]
    private enum Classes : byte { None = 0, FiniteVerb = 1, MostlyFiniteVerb = 2, Adverb = 4, MostlyAdverb = 8, BaseVerb = 16, MostlyNoun = 32, MostlyNumber = 64, MostlyFunctionWord = 128 }

    /// <summary>Each lexicon row's classes once read, with <see cref="Known"/> set (an int: threads see whole values).</summary>
    private static readonly Lazy<int[]> RowClasses = new(() => new int[TagLexicon.Table.Count], LazyThreadSafetyMode.ExecutionAndPublication);
    private const int Known = 1 << 8;

    /// <summary>Mostly a finite verb or modal (felt, was, could, knows).</summary>
    public static bool IsMostlyFiniteVerb(ReadOnlySpan<char> lowercase) => Has(lowercase, Classes.MostlyFiniteVerb);

    /// <summary>Used as a finite verb at least sometimes.</summary>
    public static bool CanBeFiniteVerb(ReadOnlySpan<char> lowercase) => Has(lowercase, Classes.FiniteVerb);

    /// <summary>Mostly an adverb (almost, finally, never).</summary>
    public static bool IsMostlyAdverb(ReadOnlySpan<char> lowercase) => Has(lowercase, Classes.MostlyAdverb);

    /// <summary>Mostly a base-form verb (go, leave, stare): what follows an infinitive "to".</summary>
    public static bool IsMostlyBaseVerb(ReadOnlySpan<char> lowercase) => Has(lowercase, Classes.BaseVerb);

    public static bool IsMostlyNoun(ReadOnlySpan<char> lowercase) => Has(lowercase, Classes.MostlyNoun);

    public static bool IsMostlyNumber(ReadOnlySpan<char> lowercase) => Has(lowercase, Classes.MostlyNumber);

    /// <summary>Mostly a preposition, determiner, conjunction or particle (of, the, and, to).</summary>
    public static bool IsMostlyFunctionWord(ReadOnlySpan<char> lowercase) => Has(lowercase, Classes.MostlyFunctionWord);

    private static bool Has(ReadOnlySpan<char> lowercase, Classes c)
    {
        int row = TagLexicon.Table.Find(lowercase);
        if (row < 0) return false;
        var rows = RowClasses.Value;
        if ((rows[row] & Known) == 0) rows[row] = (int)ClassesOf(TagLexicon.Table.Text(row)) | Known;
        return (rows[row] & (int)c) != 0;
    }

    private static Classes ClassesOf(ReadOnlySpan<char> pairs)
    {
        int total = 0, finite = 0, adverb = 0, baseVerb = 0, noun = 0, number = 0, function = 0;
        TagLexicon.ForEachTag(pairs, (tag, n) =>
        {
            int plus = tag.IndexOf('+');
            if (plus > 0) tag = tag[..plus];
            total += n;
            if (tag is "VBD" or "VBZ" or "VBP" or "MD") finite += n;
            else if (tag is "ADV") adverb += n;
            else if (tag is "VB") baseVerb += n;
            else if (tag is "NOUN" or "PROPN") noun += n;
            else if (tag is "NUM") number += n;
            else if (tag is "ADP" or "DET" or "CONJ" or "SCONJ" or "PRT") function += n;
        });
        if (total == 0) return Classes.None;
        var c = Classes.None;
        if (finite > 0) c |= Classes.FiniteVerb;
        if (finite * 2 > total) c |= Classes.MostlyFiniteVerb;
        if (adverb > 0) c |= Classes.Adverb;
        if (adverb * 2 > total) c |= Classes.MostlyAdverb;
        if (baseVerb * 2 > total) c |= Classes.BaseVerb;
        if (noun * 2 > total) c |= Classes.MostlyNoun;
        if (number * 2 > total) c |= Classes.MostlyNumber;
        if (function * 2 > total) c |= Classes.MostlyFunctionWord;
        return c;
    }
}
