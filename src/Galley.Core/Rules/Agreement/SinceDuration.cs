using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>"since" before a length of time (since two days → for two days): since takes a point in time.</summary>
public sealed class SinceDuration : Rule
{
    /// <summary>Quantities that make a length of time with a plural unit (several years, a few days).</summary>
    private static readonly HashSet<string> Quantities = new(StringComparer.Ordinal) { "several", "many", "few" };

    /// <summary>Words after the unit that turn the length back into a point in time (since two days ago).</summary>
    private static readonly HashSet<string> PointMarkers = new(StringComparer.Ordinal) { "ago", "before", "earlier", "back", "previously", "after", "later" };

    public override RuleInfo Info { get; } = new(
        "GL4026", "since-duration", Category.Agreement, Severity.Warning,
        "A length of time takes \u201cfor\u201d, not \u201csince\u201d: for two days, since Monday.",
        Help: "*Since* marks when something began (`since Monday`, `since the war`); a length of time takes *for*: " +
              "`I have waited here since three hours` → `for three hours`. Flagged only when *since* stands right before a " +
              "count of time units (two days, several years, a few weeks, a week); `since two days ago` is a point in " +
              "time and is left alone. In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I have lived in this house since twelve years.", "I have lived in this house for twelve years."),
        Example.Flag("She had been ill since several weeks.", "She had been ill for several weeks."),
        Example.Flag("We have waited since a few hours now.", "We have waited for a few hours now."),
        Example.Flag("Nobody has seen him since a week.", "Nobody has seen him for a week."),
        Example.Keep("I have lived here since the war."),
        Example.Keep("Nobody has seen him since two days ago.", "a point in time"),
        Example.Keep("It has rained every day since Tuesday."),
        Example.Keep("She had been ill for several weeks."),
        Example.Keep("Since two of the horses were lame, we walked.", "a count of other things"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "since" || UnitAfter(text, text.Next(t)) is not (>= 0 and var unit)) continue;
            if (PointMarkers.Contains(text.Word(text.Next(unit)) ?? "")) continue;
            RealWord.ConfusionRule.ReportInWritersStyle(Info, context, sink, t, "for", styled => $"A length of time takes \u201c{styled}\u201d: \u201csince\u201d marks when it began.");
        }
    }

    /// <summary>The unit of a length of time starting at token q (two days, a few weeks, several years, a week), or -1.</summary>
    private static int UnitAfter(GrammarText text, int q)
    {
        var first = text.Word(q);
        if (first is null) return -1;
        int next = text.Next(q);
        if (first is "a" or "an")
        {
            if (TimeUnits.IsSingular(text.Word(next))) return next;
            if (text.Word(next) is "few" or "couple") q = next;
            else return -1;
            next = text.Next(q);
            if (text.Word(next) == "of") next = text.Next(next);   // a couple of days
            return TimeUnits.IsPlural(text.Word(next)) ? next : -1;
        }
        if (!TimeUnits.IsCount(first) && !Quantities.Contains(first)) return -1;
        return TimeUnits.IsPlural(text.Word(next)) ? next : -1;
    }
}
