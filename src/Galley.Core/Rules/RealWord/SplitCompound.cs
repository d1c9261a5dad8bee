using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;

namespace Galley.Rules.RealWord;

/// <summary>A one-word adjective or adverb where grammar needs the two words it was made of: "everyday" (an adjective)
/// used as an adverb, "aloud" (an adverb) between a preposition and a noun.</summary>
public sealed class SplitCompound : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL5003", "split-compound", Category.RealWord, Severity.Warning,
        "\u201ceveryday\u201d used as an adverb (every day), or \u201caloud\u201d before a noun (a loud).",
        Help: "\u201cEveryday\u201d is an adjective and must be followed by the noun it describes (everyday life); on its own it is "
              + "\u201cevery day\u201d. \u201cAloud\u201d is an adverb; after a preposition and before a noun it is \u201ca loud\u201d "
              + "(with a loud crash). Decided from the part-of-speech tags of the neighbouring words.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I saw him everyday at school.", "I saw him every day at school."),
        Example.Flag("We walked there everyday.", "We walked there every day."),
        Example.Flag("The door shut with aloud bang.", "The door shut with a loud bang."),
        Example.Keep("These are everyday problems."),
        Example.Keep("She read the poem aloud to the class."),
        Example.Keep("He said it aloud for the first time."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var manuscript = context.Manuscript;
        var tokens = manuscript.Tokens;
        PosTags? tags = null;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || tokens[t].Is(TokenFlags.InMention)) continue;
            var word = manuscript.TextOf(tokens[t]);
            bool everyday = word.Equals("everyday", StringComparison.OrdinalIgnoreCase);
            if (!everyday && !word.Equals("aloud", StringComparison.OrdinalIgnoreCase)) continue;
            tags ??= PosTags.Of(context);
            int next = NextWordSkippingQuotes(manuscript, t);
            var nextTag = next < 0 ? PosTag.None : tags[next];
            bool wrong = everyday
                ? !(nextTag.Head is Pos.Noun or Pos.Adj or Pos.Propn or Pos.Num or Pos.Vbg) || next < 0
                : t > 0 && tokens[t - 1].IsWord && tags[t - 1].Is(Pos.Adp) && next >= 0 && nextTag.Head is Pos.Noun;
            if (!wrong) continue;
            var replacement = ConfusionRule.MatchStyle(word.ToString(), everyday ? "every day" : "a loud", curlyApostrophes: false);
            var span = tokens[t].Span;
            sink.Report(Info, span, everyday
                    ? "\u201ceveryday\u201d is an adjective; as an adverb write \u201cevery day\u201d."
                    : "\u201caloud\u201d is an adverb; before a noun write \u201ca loud\u201d.",
                Fix.Replace(span, replacement));
        }
    }

    /// <summary>The next word of the sentence, looking past quotation marks ('thunk'), or -1.</summary>
    private static int NextWordSkippingQuotes(Manuscript manuscript, int t)
    {
        var sentence = manuscript.SentenceOf(t);
        for (int k = t + 1; k < sentence.EndToken; k++)
        {
            var token = manuscript.Tokens[k];
            if (token.IsWord) return k;
            if (token.Kind != TokenKind.Quote) return -1;
        }
        return -1;
    }
}
