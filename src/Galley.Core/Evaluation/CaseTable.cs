using System.Globalization;

namespace Galley.Evaluation;

/// <summary>Counts of case outcomes for one category (or all), and the Markdown table they print as.</summary>
public readonly record struct CaseTally(int Positives, int Found, int Corrected, int Negatives, int FalseAlarms,
    int CleanNegatives, int CleanFalseAlarms, int Counts, int CountsFound)
{
    public static CaseTally Of(CaseOutcome o) => o.Case.Kind switch
    {
        CaseKind.Positive => new(1, o.Found ? 1 : 0, o.Corrected ? 1 : 0, 0, 0, 0, 0, 0, 0),
        CaseKind.Negative => new(0, 0, 0, 1, o.FalseAlarm ? 1 : 0, o.Case.Clean ? 1 : 0, o.Case.Clean && o.FalseAlarm ? 1 : 0, 0, 0),
        _ => new(0, 0, 0, 0, 0, 0, 0, 1, o.Found ? 1 : 0),
    };

    public static CaseTally operator +(CaseTally a, CaseTally b) => new(a.Positives + b.Positives, a.Found + b.Found,
        a.Corrected + b.Corrected, a.Negatives + b.Negatives, a.FalseAlarms + b.FalseAlarms, a.CleanNegatives + b.CleanNegatives,
        a.CleanFalseAlarms + b.CleanFalseAlarms, a.Counts + b.Counts, a.CountsFound + b.CountsFound);
}

public static class CaseTable
{
    /// <summary>One row per category and a total: found and corrected over positives (count cases counted as
    /// found apart), false alarms over clean negatives and over all negatives.</summary>
    public static void Write(TextWriter output, IEnumerable<CaseOutcome> outcomes, Func<CaseOutcome, string> groupOf, string groupName)
    {
        var groups = outcomes.GroupBy(groupOf).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Tally: g.Select(CaseTally.Of).Aggregate(default(CaseTally), (a, b) => a + b))).ToList();
        output.WriteLine($"| {groupName} | positives | found | corrected | count cases found | clean negatives | false alarms (clean) | false alarms (all negatives) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (key, tally) in groups) output.WriteLine(Row(key, tally));
        output.WriteLine(Row("**all**", groups.Select(g => g.Tally).Aggregate(default(CaseTally), (a, b) => a + b)));
    }

    private static string Row(string name, CaseTally t) =>
        $"| {name} | {t.Positives} | {Share(t.Found, t.Positives)} | {Share(t.Corrected, t.Positives)} | {Share(t.CountsFound, t.Counts)} " +
        $"| {t.CleanNegatives} | {Share(t.CleanFalseAlarms, t.CleanNegatives)} | {Share(t.FalseAlarms, t.Negatives)} |";

    private static string Share(int hits, int of) =>
        of == 0 ? "–" : ((double)hits / of).ToString("0.00", CultureInfo.InvariantCulture) + $" ({hits}/{of})";
}
