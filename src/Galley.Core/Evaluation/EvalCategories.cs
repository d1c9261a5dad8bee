using Galley.Diagnostics;

namespace Galley.Evaluation;

/// <summary>The category names scores are reported under: Galley's rule categories, plus "other" for gold edits
/// or peer flags that fit none of them.</summary>
public static class EvalCategories
{
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [.. Enum.GetValues<Category>().Select(Name), Other];

    public static string Name(Category category) => category switch
    {
        Category.RealWord => "real-word",
        _ => category.ToString().ToLowerInvariant(),
    };

    /// <summary>A category as an annotator writes it ("realword" and "real-word" are the same), or null if unknown.</summary>
    public static string? Parse(string name)
    {
        string key = name.Trim().ToLowerInvariant();
        if (key is "realword" or "real_word") key = "real-word";
        return All.Contains(key) ? key : null;
    }

    /// <summary>Harper's lint kinds in Galley's terms.</summary>
    public static string FromHarperKind(string kind) => kind.ToLowerInvariant() switch
    {
        "spelling" or "typo" or "boundaryerror" => "spelling",
        "capitalization" => "capitalization",
        "punctuation" or "formatting" => "punctuation",
        "agreement" or "grammar" => "agreement",
        "wordchoice" or "eggcorn" or "malapropism" or "usage" or "nonstandard" => "real-word",
        "repetition" => "sentences",
        "style" or "readability" or "enhancement" or "redundancy" or "regionalism" => "style",
        _ => Other,
    };

    /// <summary>An M2 edit type in Galley's terms: ERRANT types (R:SPELL, M:PUNCT, R:VERB:SVA…) map to a category,
    /// Galley's own names are kept, anything else (JFLEG's #Rp#, #Ins#…) is "other".</summary>
    public static string FromM2Type(string type)
    {
        if (Parse(type) is { } own) return own;
        string t = type.Length > 2 && type[1] == ':' ? type[2..] : type;
        return t switch
        {
            "SPELL" => "spelling",
            "ORTH" => "capitalization",
            "PUNCT" => "punctuation",
            "VERB:SVA" or "VERB:FORM" or "VERB:TENSE" or "VERB:INFL" or "NOUN:NUM" or "NOUN:INFL" or "DET" or "MORPH" => "agreement",
            "NOUN:POSS" or "CONTR" => "apostrophes",
            "WO" => "sentences",
            _ => Other,
        };
    }
}
