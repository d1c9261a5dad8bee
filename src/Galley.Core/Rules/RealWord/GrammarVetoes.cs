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
            // they were all ready and waiting, all ready to go, all ready when it came: after "be", and before a clause's
            // end, a conjunction, a preposition or "when", the two words are the predicate (every one of them ready). Before
            // an adjective or a verb (was all ready empty, all ready gone) only "already" reads.
            ("all ready", "already") => text.Previous(finding.FirstToken) is >= 0 and var be && IsBe(text.Word(be))
                && (next < 0 || text.Word(next) is "to" or "when" or "while" || text.Tags(next).Top is Pos.Conj or Pos.Sconj or Pos.Adp or Pos.Prt),
            // a long wait, the wait: after a determiner or an adjective "wait" is the noun, not a slip for "way".
            ("wait", "way") => text.Previous(finding.FirstToken) is >= 0 and var before && text.Tags(before).Top is Pos.Det or Pos.Adj,
            _ => false,
        };
    }

    private static bool IsVerb(GrammarText text, int t) =>
        text.Tags(t).Top is Pos.Vb or Pos.Vbp or Pos.Vbz or Pos.Vbd or Pos.Md || text.Word(t) is "'s" or "'re";

    /// <summary>A form of "be", or a pronoun with it contracted (we're, I'm).</summary>
    private static bool IsBe(string? word) => word is "be" or "am" or "is" or "are" or "was" or "were" or "been" or "being"
        || word is not null && (word.EndsWith("'re") || word.EndsWith("\u2019re") || word.EndsWith("'m") || word.EndsWith("\u2019m"));

    private static bool IsBaseVerbAt(GrammarText text, int t) => t >= 0 && text.Tags(t).Top is Pos.Vb;

    private static bool EndsOrTakesObject(GrammarText text, int after) =>
        after < 0 || text.Word(after) is "it" or "that" or "this" || text.Tags(after).Top is Pos.Det or Pos.Num or Pos.Vbg or Pos.Pron;
}
