using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Agreement;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>A noun where the grammar needs the verb it is confused with (data/grammar/noun-verb-pairs.tsv): after a
/// modal or "do" (can't breath → breathe), after an infinitive "to" with an object (to advice them → advise), after
/// a subject pronoun (I thing → think, she intents → intends), or between a plural subject and its object; and "past"
/// right after a subject pronoun (he past → he passed).</summary>
public sealed class VerbSlot : Rule
{
    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.Ordinal) { "i", "we", "they" };
    private static readonly HashSet<string> SingularSubjects = new(StringComparer.Ordinal) { "he", "she", "it" };
    private static readonly HashSet<string> ObjectWords = new(StringComparer.Ordinal)
    {
        "our", "your", "my", "his", "their", "its", "it", "them", "us", "me", "him", "her", "you", "the", "a", "an", "this", "these", "those",
    };

    /// <summary>The words this rule looks at (<see cref="CueWords"/>).</summary>
    internal static IEnumerable<string> Words => NounVerbPairs.Default.ByNounForm.Keys.Append("past");

    public override RuleInfo Info { get; } = new(
        "GL5004", "verb-slot-confusion", Category.RealWord, Severity.Warning,
        "A noun where a verb must stand (to loose → to lose, can't breath → can't breathe, I thing → I think).",
        Help: "After a modal (can, will, must…), a form of \u201cdo\u201d, a subject pronoun, or \u201cto\u201d following a verb, "
              + "English needs a verb: \u201close\u201d, \u201cbreathe\u201d, \u201cadvise\u201d, \u201cintend\u201d, not the nouns "
              + "\u201cloose\u201d, \u201cbreath\u201d, \u201cadvice\u201d, \u201cintent\u201d. The pairs are listed in "
              + "data/grammar/noun-verb-pairs.tsv. A noun after \u201cto\u201d is flagged only when an object follows it "
              + "(to advice them), because \u201cto\u201d is also a preposition (listen to advice, from breath to breath); "
              + "and \u201ceffect\u201d stays where it is the verb meaning bring about (effect a change). Right after a "
              + "subject pronoun, \u201cpast\u201d is the verb \u201cpassed\u201d.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I was about to loose my temper.", "I was about to lose my temper."),
        Example.Flag("Don't loose your nerve now.", "Don't lose your nerve now."),
        Example.Flag("She was about to loose it completely.", "She was about to lose it completely.", "it as the object"),
        Example.Flag("I couldn't breath in the smoke.", "I couldn't breathe in the smoke."),
        Example.Flag("She wanted to breath the sea air.", "She wanted to breathe the sea air."),
        Example.Flag("He past the old church without a glance.", "He passed the old church without a glance."),
        Example.Flag("I would advice you to leave before dark.", "I would advise you to leave before dark."),
        Example.Flag("The cold will effect the harvest.", "The cold will affect the harvest."),
        Example.Flag("Did you always intent to stay here?", "Did you always intend to stay here?"),
        Example.Flag("When we breath out, the glass fogs.", "When we breathe out, the glass fogs."),
        Example.Flag("I thing she knows.", "I think she knows."),
        Example.Flag("She intents to marry him.", "She intends to marry him."),
        Example.Flag("Heavy rains badly effect our roads.", "Heavy rains badly affect our roads."),
        Example.Flag("They threat us every winter.", "They threaten us every winter."),
        Example.Keep("The dog broke loose and ran."),
        Example.Keep("She held her breath until the end."),
        Example.Keep("He walked past the old church."),
        Example.Keep("They let the horses loose in the field."),
        Example.Keep("It was close to breath-taking."),
        Example.Keep("He never listened to advice from anyone."),
        Example.Keep("The plan led to success in the end."),
        Example.Keep("Only a revolution could effect a change that large."),
        Example.Keep("The new laws will effect reform slowly."),
        Example.Keep("I gave you advice once."),
        Example.Keep("Will success stories sell the book?"),
        Example.Keep("The one thing they wanted was sleep."),
        Example.Keep("It did things to him that he could not explain."),
        Example.Flag("Sudden storms effect our plans.", "Sudden storms affect our plans."),
        Example.Flag("They all seam to know him.", "They all seem to know him.", "a quantifier after the subject pronoun"),
        Example.Flag("Everyone seams to like the new teacher.", "Everyone seems to like the new teacher."),
        Example.Keep("We gave them all things they needed.", "after \"all\" that follows an object, a noun"),
        Example.Flag("I can't way to see the sea.", "I can't wait to see the sea.", "way/wait is questioned only after a modal or \"do\""),
        Example.Keep("They did way better than we did.", "\"way\" as an adverb before a comparative"),
        Example.Keep("They way he spoke frightened her.", "a subject pronoun before \"way\" is often a slip for \"the\""),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var manuscript = context.Manuscript;
        foreach (int t in CueWords.Of(context).TokensWith(CueWords.Cue.VerbSlot))
        {
            if (text.Word(t) is not { } word || manuscript.Tokens[t].Is(TokenFlags.InMention)) continue;
            string? fix = word == "past"
                ? text.Word(text.Previous(t)) is { } subject && (ClauseSubjects.Contains(subject) || subject is "he" or "she") ? "passed" : null
                : NounVerbPairs.Default.ByNounForm.TryGetValue(word, out var pair) ? VerbFor(text, t, word, pair) : null;
            if (fix is null) continue;
            var written = manuscript.StringOf(manuscript.Tokens[t]);
            fix = ConfusionRule.MatchStyle(written, fix, curlyApostrophes: false);
            var span = manuscript.Tokens[t].Span;
            sink.Report(Info, span, $"A verb is needed here: \u201c{fix}\u201d, not \u201c{written}\u201d.", Fix.Replace(span, fix));
        }
    }

    /// <summary>The verb form that belongs at token t, written as the noun of <paramref name="pair"/>, or null when
    /// nothing in its context needs a verb.</summary>
    private static string? VerbFor(GrammarText text, int t, string word, NounVerbPairs.Pair pair)
    {
        int before = SkipAdverbs(text, text.Previous(t));
        if (before < 0 || MakesTheNounAVerb(text, t, pair) || ModifiesANoun(text, t)) return null;
        var previous = text.Word(before)!;
        // can't way to, does not way for: only after a modal or "do", and not before an adverb (did way better)
        if (pair.OnlyAfterModal)
            return text.Is(before, WordClass.DoFormOrModal) && text.Tagged(before).Head is not (Pos.Noun or Pos.Propn)
                && (text.Next(t) is var after && (after < 0 || text.Tagged(after).Head is not (Pos.Adj or Pos.Adv))) ? pair.Verb : null;
        // they all seam to, we both thing: a quantifier after a plural subject pronoun stands with it
        if (previous is "all" or "both" && text.Previous(before) is >= 0 and var subject && text.Word(subject) is "we" or "they" or "you")
            (before, previous) = (subject, text.Word(subject)!);
        if (word != pair.Noun)
            // he thinks; no noun can follow an indefinite pronoun either (everyone seams → seems)
            return (SingularSubjects.Contains(previous) || text.Is(before, WordClass.IndefinitePronoun)) && OpensClause(text, before)
                ? VerbForms.ThirdPerson(pair.Verb) : null;
        bool wantsVerb =
            text.Is(before, WordClass.DoFormOrModal) && text.Tagged(before).Head != Pos.Noun
            || ClauseSubjects.Contains(previous) || previous == "you" && OpensClause(text, before)
            || previous == "to" && ToAfterVerb(text, before) && ObjectFollows(text, t)
            || PluralNounSubject.IsPluralNoun(text, before) && ObjectFollows(text, t);
        return wantsVerb ? pair.Verb : null;
    }

    /// <summary>Steps back over "not" and up to two adverbs (can't always breath, badly effect).</summary>
    private static int SkipAdverbs(GrammarText text, int t)
    {
        for (int skipped = 0; t >= 0 && skipped < 2 && text.Word(t) is { } w; skipped++)
        {
            bool adverb = w == "not" || text.Is(t, WordClass.MidAdverb) || w.EndsWith("ly", StringComparison.Ordinal) && text.Tagged(t).Head == Pos.Adv;
            if (!adverb) break;
            t = text.Previous(t);
        }
        return t;
    }

    /// <summary>A subject at the start of a clause, after a conjunction or subordinator, or inverted after an
    /// auxiliary (did you intent): not an object (gave you advice).</summary>
    private static bool OpensClause(GrammarText text, int subject)
    {
        if (text.StartsClause(subject)) return true;
        int before = text.Previous(subject);
        return before >= 0 && (text.Is(before, WordClass.Subordinator | WordClass.DoFormOrModal) || text.Tagged(before).Head == Pos.Conj);
    }

    /// <summary>"to" after a verb or "about" (wanted to, about to), so an infinitive, not the preposition of a noun.</summary>
    private static bool ToAfterVerb(GrammarText text, int to)
    {
        int verb = text.Previous(to);
        return verb >= 0 && (text.Tagged(verb).IsVerb || text.Word(verb) == "about");
    }

    /// <summary>A noun follows, which the written noun may describe (should response times be logged).</summary>
    private static bool ModifiesANoun(GrammarText text, int t) => text.Next(t) is var next and >= 0 && text.Tagged(next).Head is Pos.Noun or Pos.Propn;

    private static bool ObjectFollows(GrammarText text, int t) => text.Word(text.Next(t)) is { } next && ObjectWords.Contains(next);

    /// <summary>The noun is a verb too before these objects (effect a change, effect the transfer).</summary>
    private static bool MakesTheNounAVerb(GrammarText text, int t, NounVerbPairs.Pair pair)
    {
        if (pair.Objects.Count == 0) return false;
        int next = text.Next(t);
        if (text.Word(next) is not { } word) return false;
        if (pair.Objects.Contains(word)) return true;
        return text.Tagged(next).Head == Pos.Det && text.Word(text.Next(next)) is { } object_ && pair.Objects.Contains(object_);
    }
}
