namespace Galley.Rules.Grammar;

/// <summary>Units of time, for phrases of duration (for two days, a few weeks ago).</summary>
public static class TimeUnits
{
    private static readonly HashSet<string> Plurals = new(StringComparer.Ordinal)
    {
        "seconds", "minutes", "hours", "days", "nights", "weeks", "weekends", "months", "years", "decades", "centuries",
        "ages", "mornings", "evenings", "summers", "winters",
    };

    private static readonly HashSet<string> Singulars = new(StringComparer.Ordinal)
    {
        "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "century", "morning",
        "evening", "summer", "winter",
    };

    /// <summary>Number words that count units (two days, twenty years).</summary>
    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "hundred",
    };

    public static bool IsPlural(string? word) => word is not null && Plurals.Contains(word);

    public static bool IsSingular(string? word) => word is not null && Singulars.Contains(word);

    /// <summary>A count of units: a number word or digits (two, 45).</summary>
    public static bool IsCount(string? word) => word is { Length: > 0 } && (Numbers.Contains(word) || word.All(char.IsAsciiDigit));
}
