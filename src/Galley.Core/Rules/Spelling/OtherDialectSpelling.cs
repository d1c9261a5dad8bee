using Galley.Checking;
using Galley.Diagnostics;
using Galley.Lexicon;

namespace Galley.Rules.Spelling;

/// <summary>A spelling of the other dialect. Unless the writer chose a dialect, a manuscript written clearly in the
/// other one (<see cref="DialectEvidence"/>) is held to that one: its spellings pass and the few of the first dialect
/// among them are flagged as inconsistent.</summary>
public sealed class OtherDialectSpelling : SpellingRule
{
    public override RuleInfo Info { get; } = new(
        "GL0006", "other-dialect-spelling", Category.Spelling, Severity.Warning,
        "A British spelling in American English text, or the other way round.",
        Help: "Galley checks American English by default. A manuscript written clearly in British spelling (at least "
            + $"{DialectEvidence.MinimumSpellings} different British spellings such as colour, realise, centre, and {DialectEvidence.Majority} "
            + "times as many as American ones, counted over the whole manuscript) is checked as British: its British spellings are "
            + "not flagged, and an American spelling among them (color) is flagged as inconsistent, with the British one suggested. "
            + "In a British manuscript -ize spellings (realize) pass, since Oxford spelling uses them, and a capitalized word is left "
            + "alone (Pearl Harbor). With too little or mixed evidence the default, American, holds. A dialect chosen with "
            + "`--dialect en-US` or `--dialect en-GB` (or an editor's `galley.dialect`) is held to strictly, whatever the "
            + "manuscript does. A spelling the manuscript writes at least three times, with the other dialect's rarely beside it "
            + "(judgment, never judgement), is its house style: a hint, not a warning. `galley report` states the dialect found and its evidence. See docs/dialect.md.");

    protected override UnknownKind Kind => UnknownKind.OtherDialect;

    protected override string Message(UnknownWord word) => $"\u201c{word.Text}\u201d is the spelling of the other dialect.";

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        foreach (var word in SpellingScan.Of(context).Words)
            if (word.Kind == Kind)
                Report(sink, word, word.Suggestions.Count > 0 && IsHabit(context, word.Text, word.Suggestions[0]) ? Severity.Info : null);
        ReportInconsistent(context, sink);
    }

    /// <summary>The manuscript writes this spelling throughout and the other rarely (judgment, never judgement): the
    /// writer's or the edition's house style, a hint rather than a warning.</summary>
    private static bool IsHabit(CheckContext context, string word, string counterpart) =>
        WrittenForms.IsHabit(context, word.ToLowerInvariant(), counterpart.ToLowerInvariant());

    /// <summary>In a manuscript written in the other dialect, the spellings of the checked dialect among its own.</summary>
    private void ReportInconsistent(CheckContext context, DiagnosticSink sink)
    {
        foreach (var (span, word, dialect, counterpart) in context.DistinctiveWords)
        {
            if (dialect != context.Dialect) continue;
            var written = context.WrittenDialect;
            if (written == context.Dialect) return;
            if (context.IsPersonalWord(word)) continue;
            sink.Report(Info, span, $"\u201c{word}\u201d is the {context.Dialect.Adjective()} spelling; this manuscript spells words the "
                + $"{written.Adjective()} way elsewhere.", IsHabit(context, word, counterpart) ? Severity.Info : Info.Severity, Fix.Replace(span, counterpart));
        }
    }

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The colour drained from her face.", "The color drained from her face."),
        Example.Flag("They liked to theorise about the stars.", "They liked to theorize about the stars.", "the same word in the checked dialect comes first"),
        Example.Keep("The color drained from her face."),
        Example.Flag("My favourite neighbour painted her harbour cottage the colour of the sea, and her kitchen the color of rust.",
            "My favourite neighbour painted her harbour cottage the colour of the sea, and her kitchen the colour of rust."),
        Example.Keep("My favourite neighbour painted her harbour cottage the colour of the sea.", "British spelling throughout: the text is British"),
        Example.Keep("They docked at Pearl Harbor.", "a capitalized word may be a name"),
    ];
}
