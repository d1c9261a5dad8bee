using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>A verb where the grammar needs the noun it is confused with (data/grammar/noun-verb-pairs.tsv): after an
/// article or possessive, with at most an adjective between, and before no object (the affect on → the effect on,
/// your advise → your advice, a deep breathe → a deep breath).</summary>
public sealed class NounSlot : Rule
{
    /// <summary>Determiners that are never followed by a verb. Not "her" (let her advise you), "this" or "that"
    /// (did this affect you).</summary>
    private static readonly HashSet<string> NounDeterminers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "my", "your", "his", "our", "their", "its",
    };

    public override RuleInfo Info { get; } = new(
        "GL5010", "noun-slot-confusion", Category.RealWord, Severity.Warning,
        "A verb where a noun must stand (the affect on → the effect on, your advise → your advice).",
        Help: "After an article or a possessive (a, the, my, their…), with perhaps an adjective between, English needs a "
              + "noun: \u201cadvice\u201d, \u201ceffect\u201d, \u201cbreath\u201d, \u201cbelief\u201d, not the verbs "
              + "\u201cadvise\u201d, \u201caffect\u201d, \u201cbreathe\u201d, \u201cbelieve\u201d. The pairs are listed in "
              + "data/grammar/noun-verb-pairs.tsv. The word is left alone when a noun, pronoun or determiner follows it, "
              + "since it may then be the verb of a clause (the rules affect us).");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Thank you for your advise.", "Thank you for your advice."),
        Example.Flag("The rain had a strange affect on him.", "The rain had a strange effect on him."),
        Example.Flag("She took a deep breathe and went in.", "She took a deep breath and went in."),
        Example.Flag("The side affects were worse than the illness.", "The side effects were worse than the illness."),
        Example.Flag("It was his deep believe that ghosts were real.", "It was his deep belief that ghosts were real."),
        Example.Flag("The choose was hers to make.", "The choice was hers to make."),
        Example.Keep("Let her advise you on this."),
        Example.Keep("Did this affect you at all?"),
        Example.Keep("The rules affect us all."),
        Example.Keep("Their cries affect everyone who hears them."),
        Example.Keep("He had a long breath of cold air."),
        Example.Keep("The doctors advise rest."),
        Example.Keep("The committee advises on planning."),
        Example.Keep("The company advises."),
        Example.Flag("We sat inside until the whether cleared.", "We sat inside until the weather cleared.", "\"whether\" is no noun either"),
        Example.Keep("She asked whether the weather would clear."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var manuscript = context.Manuscript;
        foreach (int t in CueWords.Of(context).TokensWith(CueWords.Cue.VerbSlot))
        {
            if (text.Word(t) is not { } word || manuscript.Tokens[t].Is(TokenFlags.InMention)
                || !NounVerbPairs.Default.ByVerbForm.TryGetValue(word, out var pair) || !InNounSlot(text, t)) continue;
            var written = manuscript.StringOf(manuscript.Tokens[t]);
            var fix = ConfusionRule.MatchStyle(written, word == pair.Verb ? pair.Noun : pair.NounPlural, curlyApostrophes: false);
            var span = manuscript.Tokens[t].Span;
            sink.Report(Info, span, $"A noun is needed here: \u201c{fix}\u201d, not \u201c{written}\u201d.", Fix.Replace(span, fix));
        }
    }

    /// <summary>Token t follows a determiner that only a noun phrase follows — directly, after an adjective, or after a
    /// noun that modifies it (the side affects were) — and no object follows it.</summary>
    private static bool InNounSlot(GrammarText text, int t)
    {
        int before = text.Previous(t), next = text.Next(t);
        bool afterModifier = false;
        if (before >= 0 && !NounDeterminers.Contains(text.Word(before)!))
        {
            afterModifier = text.Tagged(before).Head == Pos.Noun || text.Tags(before).Share(Pos.Noun) >= 0.5;
            bool adjective = text.Tagged(before).Head == Pos.Adj || text.Tags(before).Share(Pos.Adj) >= 0.5;
            if (!adjective && !afterModifier) return false;
            if (adjective) afterModifier = false;
            before = text.Previous(before);
        }
        if (before < 0 || !NounDeterminers.Contains(text.Word(before)!)) return false;
        if (text.Word(t)!.EndsWith('s') && text.Word(before) is "a" or "an") return false;
        if (next < 0) return !afterModifier;
        var head = text.Tagged(next).Head;
        // after a noun (the company advises…) the word is a verb unless another verb follows it
        if (afterModifier) return head is Pos.Vbz or Pos.Vbd or Pos.Md;
        return text.Word(next) == "that" || head is not (Pos.Noun or Pos.Propn or Pos.Pron or Pos.Det or Pos.Adj or Pos.Num);
    }
}
