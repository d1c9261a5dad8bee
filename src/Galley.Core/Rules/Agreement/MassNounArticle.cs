using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Lexicon;
using Galley.Rules.Grammar;
using Galley.Text;

using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>"a" or "an" before a noun that is never counted (an information, a furniture): the article goes.</summary>
public sealed class MassNounArticle : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4033", "mass-noun-article", Category.Agreement, Severity.Warning,
        "A noun that is not counted takes no \u201ca\u201d: some advice, not an advice.",
        Help: "Some nouns name a mass, not things to count: `She gave me an advice` → `She gave me advice` (or `a piece " +
              "of advice`); `We bought a furniture` → `We bought furniture`; `every information` → `all information`. The nouns are listed in data/grammar/mass-nouns.txt: only those with " +
              "no everyday countable sense, so `a long silence` and `a knowledge of Latin` are never flagged. Left alone before another noun (`an information desk`, " +
              "`a furniture shop`), where the article belongs to that noun. In speech it is only a hint.");

    /// <summary>data/grammar/mass-nouns.txt.</summary>
    private static readonly Lazy<HashSet<string>> MassNouns = new(() =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        DataFiles.ForEachRow("grammar/mass-nouns.txt", (row, cols) => words.Add(row[cols[0]].ToString()));
        return words;
    });

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The old man gave me an advice I never forgot.", "The old man gave me advice I never forgot."),
        Example.Flag("They carried a furniture into the parlour.", "They carried furniture into the parlour."),
        Example.Flag("It was a useful advice, and I took it.", "It was useful advice, and I took it."),
        Example.Flag("Do you have an information about the ship?", "Do you have information about the ship?"),
        Example.Flag("He read every information he could find.", "He read all information he could find.", "every before a mass noun"),
        Example.Keep("She asked at an information desk.", "the article belongs to desk"),
        Example.Keep("He had a knowledge of Latin.", "a noun Brown does count"),
        Example.Keep("The old man gave me advice I never forgot."),
        Example.Keep("There was a silence in the room."),
    ];

    public override bool IsParagraphLocal => true;

    /// <summary>The mass noun that the article at token t stands before (perhaps after an adjective: a useful advice),
    /// when the article is not another noun's (an information desk); -1 when there is none.</summary>
    internal static int MassNounAfter(GrammarText text, int t)
    {
        int noun = text.Next(t);
        if (noun < 0) return -1;
        if (text.Tags(noun).Top is Pos.Adj && text.Tags(noun).IsMostly(Pos.Adj, 0.8)) noun = text.Next(noun);
        if (noun < 0 || text.Tokens[noun].Is(Document.TokenFlags.Capitalized) || text.Word(noun) is not { } word || !MassNouns.Value.Contains(word)) return -1;
        int after = text.Next(noun);
        return after >= 0 && text.Tags(after).Top is Pos.Noun or Pos.Adj or Pos.Vbg ? -1 : noun;
    }

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            if (text.Word(t) is not ("a" or "an" or "every")) continue;
            if (MassNounAfter(text, t) is not (>= 0 and var noun)) continue;
            if (text.Word(t) == "every")
            {
                // every information: what is not counted is all of it
                ConfusionRule.ReportInWritersStyle(Info, context, sink, t, "all",
                    all => $"\u201c{context.Manuscript.StringOf(tokens[noun])}\u201d is not counted: \u201c{all}\u201d, not \u201c{context.Manuscript.StringOf(tokens[t])}\u201d.");
                continue;
            }
            // Delete the article and the space after it.
            var span = TextSpan.FromBounds(tokens[t].Start, tokens[t + 1].Start);
            sink.Report(Info, tokens[t].Span, $"\u201c{context.Manuscript.StringOf(tokens[noun])}\u201d is not counted and takes no \u201c{context.Manuscript.StringOf(tokens[t])}\u201d.",
                SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, "", "Delete the article"));
        }
    }

}
