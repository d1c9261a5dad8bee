using System.Collections.Frozen;

namespace Galley.Lexicon;

/// <summary>Months and weekdays: capitalized like names, so a slip of one (Septemeber, Wensday) could pass for a
/// character's name unless it is recognised as a slip.</summary>
public static class CalendarWords
{
    /// <summary>The months and the days of the week, capitalized.</summary>
    public static IReadOnlyList<string> All => Words;

    /// <summary>Whether the word, as written, is a month or weekday (a set: asked once per capitalized word).</summary>
    public static bool Contains(string word) => Set.Contains(word);

    private static readonly string[] Words =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    private static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The month or weekday a word is one or two slips from (one for words under seven letters), keeping its
    /// first and last two letters (Septemeber, Wensday, Feburary); names made from them change an end (Augustin,
    /// Marcha) and are left alone. Null when there is none, or when the word is one of them.</summary>
    public static string? SlipOf(string word)
    {
        if (word.Length < 6) return null;
        int limit = word.Length >= 7 ? 2 : 1;
        foreach (var calendar in Words)   // May is too short to be reached from six letters
            if (Math.Abs(calendar.Length - word.Length) <= limit
                && string.Compare(word, 0, calendar, 0, 2, StringComparison.OrdinalIgnoreCase) == 0
                && string.Compare(word, word.Length - 2, calendar, calendar.Length - 2, 2, StringComparison.OrdinalIgnoreCase) == 0
                && EditDistance.Between(word, calendar, limit, ignoreCase: true) is > 0 and var d && d <= limit)
                return calendar;
        return null;
    }
}
