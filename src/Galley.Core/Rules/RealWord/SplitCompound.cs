using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.RealWord;

/// <summary>A one-word adjective or adverb where grammar needs the two words it was made of: "everyday" (an adjective)
/// used as an adverb, "aloud" (an adverb) between a preposition and a noun.</summary>
public sealed class SplitCompound : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL5003", "split-compound", Category.RealWord, Severity.Warning,
        "One word written as two (every thing, him self, with out, read it a loud) or two written as one (\u201ceveryday\u201d as an adverb).",
        Help: "Closed words written apart: two nouns that make an everyday closed noun the dictionary has and edited text never writes " +
              "apart (`foot steps`, `bed room`; not `saw the sun rise`, where the second is a verb); `every thing`, `any where`, " +
              "`some how`, `my self`, `to gether`, `there fore` are always "
              + "one word; `some one`, `no body`, `be cause`, `with out`, `a loud` and `a part` only where the two words cannot stand on their "
              + "own (`every one of us`, `no body was found`, `that would be cause for alarm`, `a loud bang` are left alone). The "
              + "other way round, \u201ceveryday\u201d is an adjective and must be followed by the noun it describes (everyday life); "
              + "on its own it is \u201cevery day\u201d. \u201cAloud\u201d is an adverb; after a preposition and before a noun it is "
              + "\u201ca loud\u201d (with a loud crash). Decided from the part-of-speech tags of the neighbouring words. A manuscript that "
              + "writes a split form at least three times and the closed word rarely beside it (every thing, as older books do) gets "
              + "hints, not warnings.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I saw him everyday at school.", "I saw him every day at school."),
        Example.Flag("We walked there everyday.", "We walked there every day."),
        Example.Flag("The door shut with aloud bang.", "The door shut with a loud bang."),
        Example.Flag("Every thing in the kitchen was sticky.", "Everything in the kitchen was sticky."),
        Example.Flag("She told him not to hurt him self.", "She told him not to hurt himself."),
        Example.Flag("We can do this to gether, I promise.", "We can do this together, I promise."),
        Example.Flag("I left be cause he lied.", "I left because he lied."),
        Example.Flag("He took the coat with out asking.", "He took the coat without asking."),
        Example.Flag("Some one knocked twice.", "Someone knocked twice."),
        Example.Flag("No body else came to the funeral.", "Nobody else came to the funeral."),
        Example.Flag("No body knows where he went.", "Nobody knows where he went."),
        Example.Flag("I could not find it any where.", "I could not find it anywhere."),
        Example.Flag("She read the letter a loud, slowly.", "She read the letter aloud, slowly."),
        Example.Flag("I nearly laughed a loud.", "I nearly laughed aloud."),
        Example.Flag("I heard foot steps in the hall.", "I heard footsteps in the hall."),
        Example.Flag("I left the letter in my bed room.", "I left the letter in my bedroom."),
        Example.Keep("These are everyday problems."),
        Example.Keep("We watched the sun rise over the bay.", "a verb, not the noun sunrise"),
        Example.Keep("The living room was cold and the dining room was colder.", "compounds written open"),
        Example.Keep("He fixed the ice box and the juke box.", "rarer closed nouns, which some writers leave open"),
        Example.Keep("She read the poem aloud to the class."),
        Example.Keep("He said it aloud for the first time."),
        Example.Keep("Some one of them must have talked.", "one of a group"),
        Example.Keep("Any one of us could have done it, and every one of us knew it.", "one of a group"),
        Example.Keep("They searched the river, but no body was found.", "no corpse"),
        Example.Keep("Any body of water will do.", "a body of water"),
        Example.Keep("That alone would be cause for alarm.", "cause as a noun"),
        Example.Keep("She painted her self-portrait in a week.", "a hyphenated compound"),
        Example.Keep("There was a loud bang, then a loud, angry shout.", "an adjective before its noun"),
        Example.Keep("He let out a loud sigh and spoke in a loud voice.", "an adjective before its noun"),
        Example.Keep("I checked the locks, every one, twice.", "each single one"),
        Example.Keep("Some thing moved in the reeds.", "a creature, not someone"),
        Example.Keep("Is he with us or with out there? Is it with out or in?", "out as an adverb"),
        Example.Flag("I stayed be cause of you.", "I stayed because of you."),
        Example.Flag("I need some one to talk to.", "I need someone to talk to."),
        Example.Flag("The old boat fell a part in the storm.", "The old boat fell apart in the storm."),
        Example.Flag("Their houses stood far a part.", "Their houses stood far apart."),
        Example.Keep("She played a part in the school play.", "a role"),
        Example.Keep("He tore a part off the old engine.", "a piece, before \"off\""),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var manuscript = context.Manuscript;
        var tokens = manuscript.Tokens;
        var text = GrammarText.Of(context);
        var cues = CueWords.Of(context);
        PosTags? tags = null;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || tokens[t].Is(TokenFlags.InMention)) continue;
            if (t + 1 < tokens.Length && (cues.Has(t, CueWords.Cue.SplitFirst) && cues.Has(t + 1, CueWords.Cue.SplitSecond)
                    || cues.Has(t, CueWords.Cue.NounFirst) && cues.Has(t + 1, CueWords.Cue.NounSecond)))
                ReportSplit(context, sink, text, t);
            if (!cues.Has(t, CueWords.Cue.EverydayOrAloud)) continue;
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

    /// <summary>Two words that make one closed word here (every thing, him self, a loud after a verb).</summary>
    private void ReportSplit(CheckContext context, DiagnosticSink sink, GrammarText text, int t)
    {
        int second = text.Next(t);
        if (second < 0 || text.Tokens[second].Is(TokenFlags.InMention) || SplitWords.JoinedForm(context, text, t, second) is not { } joined) return;
        var span = TextSpan.FromBounds(text.Tokens[t].Start, text.Tokens[second].End);
        var written = context.Manuscript.StringOf(text.Tokens[t]);
        var replacement = ConfusionRule.MatchStyle(written, joined, curlyApostrophes: false);
        // every thing, any body written throughout, as older books do, is the manuscript's style: a hint
        var key = SplitWords.OlderSplitKey(text.Word(t)!, text.Word(second)!);
        var severity = key is not null && WrittenForms.IsHabit(context, key, joined) ? Severity.Info : Info.Severity;
        sink.Report(Info, span, $"“{context.Text.AsSpan(span.Start, span.Length)}” is one word here: “{replacement}”.", severity,
            Fix.Replace(span, replacement));
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
