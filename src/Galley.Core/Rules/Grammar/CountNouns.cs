using Galley.Checking;
using Galley.Context;

namespace Galley.Rules.Grammar;

/// <summary>Singular count nouns and their plurals: which nouns Brown counts with "a" or "an" (a problem, a child; not
/// bread or water), and the plural the dictionary has for them.</summary>
public static class CountNouns
{
    private static readonly Dictionary<string, string> IrregularPlural = new(StringComparer.Ordinal)
    {
        ["child"] = "children", ["man"] = "men", ["woman"] = "women", ["person"] = "people", ["foot"] = "feet",
        ["tooth"] = "teeth", ["mouse"] = "mice", ["goose"] = "geese", ["ox"] = "oxen", ["louse"] = "lice",
        // Latin and Greek plurals, and -f/-fe nouns whose plural is never also a verb (not lives, leaves)
        ["criterion"] = "criteria", ["phenomenon"] = "phenomena", ["thesis"] = "theses", ["crisis"] = "crises",
        ["hypothesis"] = "hypotheses", ["wife"] = "wives", ["knife"] = "knives", ["wolf"] = "wolves", ["thief"] = "thieves",
        ["half"] = "halves", ["shelf"] = "shelves", ["loaf"] = "loaves",
    };

    private static readonly Dictionary<string, string> IrregularSingular = IrregularPlural.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>A plural not made with -s (women, children, feet).</summary>
    public static bool IsIrregularPlural(string word) => IrregularSingular.ContainsKey(word);

    /// <summary>The singular of an irregular plural (women: woman), or null.</summary>
    public static string? SingularOfIrregular(string word) => IrregularSingular.GetValueOrDefault(word);

    /// <summary>Uses of "a"/"an" before the noun, out of all its uses, below which it is a mass noun: 1 in 25.</summary>
    private const int MassNounRatio = 25;

    /// <summary>The plural of a lowercase singular count noun, or null when the word is no count noun Brown knows or
    /// the dictionary lacks its plural.</summary>
    /// <param name="pluralSeen">Also count a noun Brown seldom writes with "a" (reason, scientist) when its plural is
    /// common there: at least <see cref="PluralShare"/> as often as the singular. For slots where a singular is wrong
    /// whatever the noun's kind (several reason), not for "there were bread and cheese".</param>
    public static string? PluralOf(CheckContext context, string word, bool pluralSeen = false)
    {
        if (word.EndsWith('s') || word.Contains('\'') || word.Length < 3 || !WordTags.Of(word).IsMostly(Pos.Noun, 0.7)) return null;
        var model = NgramModel.Default;
        int id = model.IdOf(word), uses = model.Count(id);
        int counted = model.Count(model.IdOf("a"), id) + model.Count(model.IdOf("an"), id);
        bool count = uses >= 5 && counted >= 3 && counted * MassNounRatio >= uses;
        if (!count && !pluralSeen) return null;
        var plural = IrregularPlural.GetValueOrDefault(word)
            ?? (word.EndsWith('y') && !"aeiou".Contains(word[^2]) ? word[..^1] + "ies"
                : word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith('x') ? word + "es" : word + "s");
        if (!count && (model.Count(model.IdOf(plural)) is var plurals && (plurals < MinPlurals || plurals * PluralShare < uses))) return null;
        return context.Lexicon.Words.Contains(plural, context.Dialect) && WordTags.Of(plural).IsMostly(Pos.Noun, 0.5) ? plural : null;
    }

    /// <summary>A noun whose plural Brown has at least 5 times and at least a tenth as often as the singular is a count noun.</summary>
    private const int MinPlurals = 5, PluralShare = 10;
}
