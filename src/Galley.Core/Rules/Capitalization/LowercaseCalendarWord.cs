using Galley.Checking;
using Galley.Diagnostics;
using Galley.Lexicon;
using Galley.Rules.Grammar;

namespace Galley.Rules.Capitalization;

/// <summary>A weekday or month written in lowercase (on monday, in january): names of days and months take a capital.</summary>
public sealed class LowercaseCalendarWord : Rule
{
    /// <summary>Months that are also everyday words (to march, may I, an august body): only beside a day's number.</summary>
    private static readonly HashSet<string> AlsoCommonWords = new(StringComparer.Ordinal) { "march", "may", "august" };

    private static readonly Dictionary<string, string> Capitalized =
        CalendarWords.All.ToDictionary(w => w.ToLowerInvariant(), w => w, StringComparer.Ordinal);

    public override RuleInfo Info { get; } = new(
        "GL1006", "lowercase-calendar-word", Category.Capitalization, Severity.Warning,
        "Days of the week and months are names and take a capital: Monday, January.",
        Help: "`We left on monday` → `on Monday`; `in january` → `in January`. *March*, *May* and *August* are also " +
              "everyday words (`march on`, `may I`, `an august guest`), so they are flagged only beside a day's number " +
              "(`3 may`, `march 14`) or after *last*, *next* or *early*/*late*.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("We left for the coast on monday.", "We left for the coast on Monday."),
        Example.Flag("The snow came early in january that year.", "The snow came early in January that year."),
        Example.Flag("She was born on 3 may 1901.", "She was born on 3 May 1901."),
        Example.Flag("We sold the farm last august.", "We sold the farm last August."),
        Example.Keep("You may go, and we will march home.", "everyday words"),
        Example.Keep("An august company sat at the table.", "an adjective"),
        Example.Keep("All 3 may go if they wish.", "may as a verb after a number"),
        Example.Keep("We left for the coast on Monday."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || tokens[t].Is(Document.TokenFlags.Capitalized) || text.Word(t) is not { } word
                || !Capitalized.TryGetValue(word, out var name) || tokens[t].Is(Document.TokenFlags.InMention)) continue;
            if (AlsoCommonWords.Contains(word) && !BesideDate(text, t)) continue;
            var span = tokens[t].Span;
            sink.Report(Info, span, $"\u201c{name}\u201d is a name and takes a capital.", Fix.Replace(span, name));
        }
    }

    /// <summary>A number after (march 14, may 1901); or, with no verb after it (all three may go), a day's number before
    /// (3 may) or last/next/early/late before (last august).</summary>
    private static bool BesideDate(GrammarText text, int t)
    {
        var tokens = text.Tokens;
        var m = text.Manuscript;
        if (t + 1 < tokens.Length && tokens[t + 1].Kind == Document.TokenKind.Number && tokens[t + 1].Is(Document.TokenFlags.SpaceBefore)) return true;
        int next = text.Next(t);
        if (next >= 0 && text.Tagged(next).IsVerb) return false;
        if (t > 0 && tokens[t - 1].Kind == Document.TokenKind.Number && int.TryParse(m.StringOf(tokens[t - 1]), out int day) && day is >= 1 and <= 31)
            return true;
        return text.Word(text.Previous(t)) is "last" or "next" or "early" or "late" or "mid";
    }
}
