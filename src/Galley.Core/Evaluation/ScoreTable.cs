using System.Globalization;

namespace Galley.Evaluation;

/// <summary>Prints a scoreboard as a Markdown table (readable in a terminal, pasteable into docs): one row per
/// category, then all. Percentages carry their counts; "–" marks a ratio with nothing to count.</summary>
public static class ScoreTable
{
    public static void Write(TextWriter output, Scoreboard scores)
    {
        output.WriteLine("| category | gold | flags | detect P | detect R | detect F0.5 | correct P | correct R | correct F0.5 |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        var categories = EvalCategories.All.Where(scores.ByCategory.ContainsKey)
            .Concat(scores.ByCategory.Keys.Where(k => !EvalCategories.All.Contains(k)));
        foreach (var category in categories) Row(output, category, scores.ByCategory[category]);
        Row(output, "**all**", scores.Total);
        var t = scores.Total;
        output.WriteLine();
        output.WriteLine($"Detection: TP {t.FlagsDetecting} flags finding {t.GoldDetected} gold edits, FP {t.Flags - t.FlagsDetecting}, FN {t.Gold - t.GoldDetected}. " +
                         $"Correction: TP {t.FixesCorrect} fixes making {t.GoldCorrected} gold edits, FP {t.Fixes - t.FixesCorrect}, FN {t.Gold - t.GoldCorrected}.");
    }

    /// <summary>Precision by rule, worst first: the rules to look at when precision drops.</summary>
    public static void WriteByRule(TextWriter output, Scoreboard byRule)
    {
        output.WriteLine("| rule | flags | detect P | correct P |");
        output.WriteLine("|---|--:|--:|--:|");
        foreach (var (rule, t) in byRule.ByCategory.OrderBy(r => r.Value.DetectionPrecision.Value).ThenByDescending(r => r.Value.Flags))
            output.WriteLine($"| {rule} | {t.Flags} | {Cell(t.DetectionPrecision)} | {Cell(t.CorrectionPrecision)} |");
    }

    private static void Row(TextWriter output, string name, Tally t) =>
        output.WriteLine($"| {name} | {t.Gold} | {t.Flags} | {Cell(t.DetectionPrecision)} | {Cell(t.DetectionRecall)} | {F(t.DetectionPrecision, t.DetectionRecall, t.DetectionF)} " +
                         $"| {Cell(t.CorrectionPrecision)} | {Cell(t.CorrectionRecall)} | {F(t.CorrectionPrecision, t.CorrectionRecall, t.CorrectionF)} |");

    private static string Cell(Ratio r) => r.Defined ? $"{Percent(r.Value)} ({r.Hits}/{r.Of})" : "–";

    private static string F(Ratio p, Ratio r, double f) => p.Defined && r.Defined ? Percent(f) : "–";

    private static string Percent(double value) => (100 * value).ToString("F1", CultureInfo.InvariantCulture);
}
