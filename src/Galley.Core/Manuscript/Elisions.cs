namespace Galley.Document;

/// <summary>Words that begin with an apostrophe standing for dropped letters ('em, 'cause), so that the
/// apostrophe is read as part of the word and not as an opening single quote.</summary>
internal static class Elisions
{
    private static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "em", "cause", "cos", "coz", "til", "tis", "twas", "twere", "n", "bout", "round", "nother", "kay", "sup",
        "fraid", "specially", "scuse", "mongst", "neath", "tween", "twixt", "nuff", "ol", "ole", "gainst",
    };

    private static readonly string[] Decades = ["20s", "30s", "40s", "50s", "60s", "70s", "80s", "90s", "00s", "10s"];

    /// <summary>Whether the letters after a leading apostrophe make a known elided word.</summary>
    public static bool StartsElidedWord(ReadOnlySpan<char> rest)
    {
        foreach (var d in Decades) if (rest.StartsWith(d, StringComparison.Ordinal)) return true;
        var lookup = Leading.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(rest);
    }
}
