namespace Galley.Lexicon;

public enum Dialect { EnUS, EnGB }

public static class DialectNames
{
    public static bool TryParse(string? name, out Dialect dialect)
    {
        switch (name?.Replace('_', '-').ToLowerInvariant())
        {
            case "en-us" or "us" or "american": dialect = Dialect.EnUS; return true;
            case "en-gb" or "gb" or "uk" or "british": dialect = Dialect.EnGB; return true;
            default: dialect = Dialect.EnUS; return false;
        }
    }

    /// <summary>Parses a dialect setting: a dialect (a strict choice), or "auto" or nothing for en-US unless the manuscript
    /// is written consistently in en-GB (null).</summary>
    public static bool TryParseSetting(string? name, out Dialect? dialect)
    {
        dialect = null;
        if (name is null || name.Equals("auto", StringComparison.OrdinalIgnoreCase)) return true;
        if (!TryParse(name, out var chosen)) return false;
        dialect = chosen;
        return true;
    }

    public static string Name(this Dialect dialect) => dialect == Dialect.EnGB ? "en-GB" : "en-US";

    /// <summary>"American" or "British", for messages.</summary>
    public static string Adjective(this Dialect dialect) => dialect == Dialect.EnGB ? "British" : "American";

    public static Dialect Other(this Dialect dialect) => dialect == Dialect.EnGB ? Dialect.EnUS : Dialect.EnGB;
}

/// <summary>The spellings that tell the dialects apart: a word the dictionary lists in one dialect only whose
/// other-dialect spelling it also lists, one regular change away (colour/color, realise/realize, centre/center,
/// travelled/traveled, defence/defense, catalogue/catalog). A word one dialect merely lacks (a regional word, a name)
/// is not a spelling of the other.</summary>
public static class DialectSpelling
{
    /// <summary>The regular differences, American first: each is tried at every place it occurs in the word (where
    /// <see cref="Plausible"/>).</summary>
    private static readonly (string American, string British)[] Changes =
    [
        ("or", "our"), ("ize", "ise"), ("iza", "isa"), ("yze", "yse"), ("yz", "ys"), ("er", "re"), ("l", "ll"), ("ll", "l"),
        ("ense", "ence"), ("og", "ogue"), ("", "e"), ("z", "s"), ("k", "c"), ("ow", "ough"), ("a", "e"), ("o", "ou"),
        ("a", "y"), ("e", "ae"), ("e", "oe"), ("eck", "eque"), ("am", "amme"), ("um", "ium"), ("c", "s"),
    ];

    /// <summary>Whether a change made at <paramref name="at"/> in the American spelling is one the dialects make, not
    /// a chance pair of unrelated words: -or/-our and -er/-re after the word's stem (not perv/prev, borg/bourg); an e
    /// added after a consonant other than s (judgment/judgement, not dramatis/dramatise); ae or oe inside the word
    /// (anemia/anaemia, diarrhea/diarrhoea, not forme/formae or mantes/mantoes).</summary>
    private static bool Plausible(string american, int at, string from) => from switch
    {
        "or" => at >= 2,
        "er" => at >= 3,
        "" => at > 0 && !"aeiouys".Contains(american[at - 1]),
        "e" => american.Length - at >= 3 || (at + 1 < american.Length && american[at + 1] == 'a'),
        _ => true,
    };

    /// <summary>The spelling of <paramref name="lowercaseWord"/> in the other dialect when the word is a spelling only
    /// <paramref name="dialect"/> uses (color → colour for en-US), or null.</summary>
    public static string? Counterpart(Lexicon lexicon, string lowercaseWord, Dialect dialect)
    {
        var words = lexicon.Words;
        var other = dialect.Other();
        if (!words.IsOtherDialectOnly(lowercaseWord, other)) return null;   // not this dialect's alone
        foreach (var (american, british) in Changes)
        {
            var (from, to) = dialect == Dialect.EnUS ? (american, british) : (british, american);
            foreach (var (candidate, at) in Changed(lowercaseWord, from, to))
                if (words.IsOtherDialectOnly(candidate, dialect) && Plausible(dialect == Dialect.EnUS ? lowercaseWord : candidate, at, american))
                    return candidate;
        }
        return null;
    }

    /// <summary>The word with one occurrence of <paramref name="from"/> made <paramref name="to"/>, for each occurrence
    /// (an empty <paramref name="from"/> inserts <paramref name="to"/> at each place).</summary>
    private static IEnumerable<(string Word, int At)> Changed(string word, string from, string to)
    {
        if (from.Length == 0)
        {
            for (int i = 1; i <= word.Length; i++) yield return (string.Concat(word.AsSpan(0, i), to, word.AsSpan(i)), i);
            yield break;
        }
        for (int i = word.IndexOf(from, StringComparison.Ordinal); i >= 0; i = word.IndexOf(from, i + 1, StringComparison.Ordinal))
            yield return (string.Concat(word.AsSpan(0, i), to, word.AsSpan(i + from.Length)), i);
    }

    /// <summary>A British spelling American dictionaries list as a variant too (grey, theatre, whisky; travelled,
    /// cancelling): Americans write it, so an en-US check accepts it and it is no evidence of British spelling.</summary>
    public static bool IsSharedWithAmerican(Lexicon lexicon, string lowercaseWord)
    {
        if (lexicon.DialectShared.Contains(lowercaseWord) || lexicon.DialectShared.Contains(Checking.NameBook.StripPossessive(lowercaseWord).ToString())) return true;
        int doubled = lowercaseWord.IndexOf("ll", StringComparison.Ordinal);
        return doubled > 0 && (lowercaseWord.EndsWith("ed") || lowercaseWord.EndsWith("ing") || lowercaseWord.EndsWith("er") || lowercaseWord.EndsWith("ers"))
            && lexicon.Words.ContainsExact(lowercaseWord.Remove(doubled, 1), Dialect.EnUS);
    }

    /// <summary>An American -ize spelling (realize, organization) that Oxford spelling, a British standard, uses too: no
    /// evidence of American spelling, and not out of place in a British manuscript.</summary>
    public static bool IsOxfordSpelling(string lowercaseWord, string britishCounterpart) =>
        lowercaseWord.Length == britishCounterpart.Length && lowercaseWord.Replace("iz", "is") == britishCounterpart;

    /// <summary>An American -dgment spelling (judgment, acknowledgment) that British writing has always used beside
    /// -dgement (and British law uses alone): no evidence of American spelling, not out of place in a British manuscript.</summary>
    public static bool IsBritishToo(string lowercaseWord, string britishCounterpart) =>
        IsOxfordSpelling(lowercaseWord, britishCounterpart)
        || (lowercaseWord.Contains("dgment", StringComparison.Ordinal) && lowercaseWord.Replace("dgment", "dgement") == britishCounterpart);

    /// <summary>The dialect whose own spelling <paramref name="lowercaseWord"/> is, with that of the other dialect, when
    /// the word tells the dialects apart (see <see cref="DialectSpelling"/>); null for a word both write.</summary>
    public static (Dialect Dialect, string Counterpart)? Distinctive(Lexicon lexicon, string lowercaseWord)
    {
        if (Counterpart(lexicon, lowercaseWord, Dialect.EnUS) is { } british)
            return IsBritishToo(lowercaseWord, british) ? null : (Dialect.EnUS, british);
        if (Counterpart(lexicon, lowercaseWord, Dialect.EnGB) is { } american)
            return IsSharedWithAmerican(lexicon, lowercaseWord) ? null : (Dialect.EnGB, american);
        return null;
    }
}
