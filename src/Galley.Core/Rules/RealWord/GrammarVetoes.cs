using Galley.Context;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>Where grammar rules out the alternative the n-gram model prefers, the written word stands. The model
/// reads a few words and scores "spoken to" above "spoken too" whatever follows; these read the next word.</summary>
internal static class GrammarVetoes
{
    public static bool KeepsWritten(GrammarText text, RealWordFinding finding)
    {
        int next = text.Next(finding.FirstToken + finding.TokenCount - 1);   // -1 at punctuation or the sentence's end
        return (finding.Written, finding.Alternative) switch
        {
            // who's been, who's coming: "who has" or "who is" before a verb form, which "whose" can never stand before.
            ("who's", "whose") => next >= 0 && (text.Word(next) is "been" or "got" or "gotten" || text.Tags(next).Top is Pos.Vbn or Pos.Vbg),
            // "there" stands before a verb (there is) or ends a clause (over there); before a noun, a name or an
            // adjective (they're God's creatures, they're happy) only "they're" reads.
            ("they're", "there") => next >= 0 && !IsVerb(text, next),
            // for all it's worth, it's worth a try: "worth" after "it is" takes an object or ends the clause.
            ("it's", "its") => next >= 0 && text.Word(next) == "worth" && EndsOrTakesObject(text, text.Next(next)),
            // too softly, too late: "too" before an adverb or adjective that is not the start of an infinitive.
            ("too", "to") => next >= 0 && text.Tags(next).Top is Pos.Adv or Pos.Adj && !IsBaseVerbAt(text, text.Next(next)),
            // an ammunition pouch: "an" before a vowel sound is the article; "and" slips drop the d before consonants.
            ("an", "and") => next >= 0 && text.Word(next) is { } word && InitialSounds.Of(word, known: text.Tags(next).IsKnown) == InitialSound.Vowel,
            // would sooner quit at once, than remain: a comparative earlier in the sentence takes the "than", however far
            ("than", "then") => ThenThan.HasComparativeBefore(text, finding.FirstToken),
            _ => false,
        };
    }

    private static bool IsVerb(GrammarText text, int t) =>
        text.Tags(t).Top is Pos.Vb or Pos.Vbp or Pos.Vbz or Pos.Vbd or Pos.Md || text.Word(t) is "'s" or "'re";

    private static bool IsBaseVerbAt(GrammarText text, int t) => t >= 0 && text.Tags(t).Top is Pos.Vb;

    private static bool EndsOrTakesObject(GrammarText text, int after) =>
        after < 0 || text.Word(after) is "it" or "that" or "this" || text.Tags(after).Top is Pos.Det or Pos.Num or Pos.Vbg or Pos.Pron;
}
