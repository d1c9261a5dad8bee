using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;
using Galley.Text;

namespace Galley.Rules.Agreement;

/// <summary>A plural noun after a word that counts one (a books, this cars, every details): the mirror of
/// <see cref="PluralDeterminerNoun"/>.</summary>
public sealed class SingularDeterminerPlural : Rule
{
    /// <summary>Words that count one thing, and what "this" becomes before a plural.</summary>
    private static readonly FrozenSet<string> Determiners = new[] { "a", "an", "this", "every", "each", "another" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adjectives that stand between "a" and a plural in set phrases of amount (a few days, a good many years,
    /// a whole three weeks, another couple hours).</summary>
    private static readonly FrozenSet<string> AmountAdjectives = new[]
    {
        "few", "many", "good", "great", "whole", "extra", "further", "additional", "mere", "full", "scant", "measly",
        "paltry", "solid", "odd", "other", "couple", "lot", "bare", "long", "short", "hundred", "thousand", "million",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Plural-looking nouns that are one thing (a mews, a stables, an odds-on) or set plurals after "a"
    /// (a thanks, a people: a nation).</summary>
    private static readonly FrozenSet<string> OneThing = new[]
    {
        "mews", "stables", "kennels", "links", "woods", "odds", "thanks", "wits", "digs", "lodgings", "premises", "people",
        "folks", "alms", "arms", "goods", "remains", "ruins", "savings", "suds", "sweets", "tidings", "others",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Share of its uses the word between must be an adjective to be read as one.</summary>
    private const double AdjectiveShare = 0.8;

    /// <summary>Share of its uses the plural may be a verb in -s: more often one (this leads), it may be a verb after a
    /// pronoun "this" or a noun "a rustic". The plural must also be mostly a noun in Brown.</summary>
    private const double VerbShare = 0.3;

    public override RuleInfo Info { get; } = new(
        "GL4051", "singular-determiner-plural-noun", Category.Agreement, Severity.Warning,
        "A word that counts one needs a singular noun: a book, this car, every detail (or these cars).",
        Help: "`He bought a books` → `a book`; `this cars` → `these cars`; `every details` → `every detail`; `another " +
              "examples` → `another example`. Flagged after *a*, *an*, *this*, *every*, *each* and *another*, right before the plural " +
              "or with one adjective between (`a slow movements`), when the plural ends its phrase: not before another noun " +
              "(`a sports car`, `a savings account`). Phrases of amount (`a few days`, `a good many years`, `another two " +
              "weeks`), nouns in -s that are one thing (`a series`, `a means`, `a mews`) and *a people* (a nation) are left " +
              "alone, and so is a word that is often a verb in -s (`this leads to`) or that the tagged corpus does not read mostly as a noun (`as a rustic gapes at`). In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("He bought a books at the fair.", "He bought a book at the fair."),
        Example.Flag("We sold this cars last spring.", "We sold these cars last spring."),
        Example.Flag("She checked every details twice.", "She checked every detail twice."),
        Example.Flag("It was a slow movements of the hand.", "It was a slow movement of the hand.", "one adjective between"),
        Example.Flag("Here is another examples of his work.", "Here is another example of his work."),
        Example.Flag("Each students brought a lamp.", "Each student brought a lamp."),
        Example.Keep("He drove a sports car to the coast.", "a plural before another noun"),
        Example.Keep("It took a few days to mend.", "a phrase of amount"),
        Example.Keep("They stayed another two weeks.", "a number between"),
        Example.Keep("A good many years had passed.", "a good many"),
        Example.Keep("It was a means to an end.", "a noun in -s that is one thing"),
        Example.Keep("They were a proud people.", "a people: a nation"),
        Example.Keep("This leads to the cellar.", "this as a pronoun before a verb in -s"),
        Example.Keep("She lived in a mews behind the square."),
        Example.Keep("He stared as a rustic gapes at a juggler.", "a rare word in -s may be a verb"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } determiner || !Determiners.Contains(determiner)) continue;
            int noun = text.Next(t);
            if (noun < 0) continue;
            int adjective = -1;
            if (IsPlainAdjective(text, noun))
            {
                adjective = noun;
                noun = text.Next(noun);
            }
            if (noun < 0 || text.Word(noun) is not { } word || OneThing.Contains(word) || !PluralNounSubject.IsPluralNoun(text, noun)) continue;
            // this leads to: a verb; as a rustic gapes at: a word Brown lacks may be a verb too
            if (text.Tags(noun).Share(Pos.Vbz) >= VerbShare || !text.Tags(noun).IsMostly(Pos.Noun, 0.5)) continue;
            if (!EndsPhrase(text, noun) || SingularOf(context, word) is not { } singular) continue;
            Report(context, text, sink, t, adjective, noun, determiner, singular);
        }
    }

    /// <summary>A word that is plainly an adjective here and no word of amount (a slow, not a few or a good).</summary>
    private static bool IsPlainAdjective(GrammarText text, int t) =>
        text.Word(t) is { } word && !AmountAdjectives.Contains(word) && !text.Tokens[t].Is(Document.TokenFlags.Capitalized)
        && text.Tagged(t).Head == Pos.Adj && text.Tags(t).IsMostly(Pos.Adj, AdjectiveShare) && text.Tags(t).Count(Pos.Num) == 0;

    /// <summary>The noun ends its phrase: punctuation, a preposition, conjunction, determiner, pronoun, adverb or a known
    /// verb follows (a books at, this cars last), not another noun it would modify (a sports car).</summary>
    private static bool EndsPhrase(GrammarText text, int noun)
    {
        int after = text.Next(noun);
        if (after < 0) return true;
        var tagged = text.Tagged(after);
        return tagged.Head is Pos.Adp or Pos.Prt or Pos.Conj or Pos.Sconj or Pos.Det or Pos.Pron or Pos.Md || tagged.IsVerb && text.Tags(after).IsKnown
            || tagged.Head == Pos.Adv && !text.Tags(after).IsMostly(Pos.Noun, 0.2);
    }

    /// <summary>The singular of a plural common noun the dictionary has (books → book, boxes → box, cities → city).</summary>
    private static string? SingularOf(CheckContext context, string plural)
    {
        if (CountNouns.SingularOfIrregular(plural) is { } irregular) return irregular;
        string[] candidates = plural.EndsWith("ies", StringComparison.Ordinal) ? [plural[..^3] + "y", plural[..^1]]
            : plural.EndsWith("es", StringComparison.Ordinal) ? [plural[..^1], plural[..^2]] : [plural[..^1]];
        return candidates.FirstOrDefault(c => WordTags.Of(c).Count(Pos.Noun) > 0 && context.Lexicon.Words.Contains(c, context.Dialect));
    }

    private void Report(CheckContext context, GrammarText text, DiagnosticSink sink, int t, int adjective, int noun, string determiner, string singular)
    {
        var tokens = text.Tokens;
        var span = TextSpan.FromBounds(tokens[t].Start, tokens[noun].End);
        string Written(int k) => context.Manuscript.StringOf(tokens[k]);
        string between = context.Manuscript.Text[tokens[t].End..tokens[noun].Start];
        string singularNoun = ConfusionRule.MatchStyle(Written(noun), singular, curlyApostrophes: false);
        // a books → a book; an apples → an apple (the article's sound stays right: the noun keeps its first letter)
        var one = Fix.Replace(span, Written(t) + between + singularNoun, "Just one");
        if (determiner == "this")
        {
            var these = Fix.Replace(span, ConfusionRule.MatchStyle(Written(t), "these", curlyApostrophes: false) + between + Written(noun), "More than one");
            sink.Report(Info, span, $"\u201c{Written(t)}\u201d counts one: \u201cthese {Written(noun)}\u201d, or \u201cthis {singularNoun}\u201d.",
                SubjectPronoun.SeverityAt(tokens[noun], Info.Severity), these, one);
            return;
        }
        // a books → books: without the article, unless it opens the sentence and the next word would need its capital
        Fix[] fixes = tokens[t].Is(Document.TokenFlags.Capitalized) ? [one]
            : [one, Fix.Replace(span, context.Manuscript.Text[tokens[adjective >= 0 ? adjective : noun].Start..tokens[noun].End], "More than one")];
        sink.Report(Info, span, $"\u201c{Written(t)}\u201d counts one: \u201c{singularNoun}\u201d, not \u201c{Written(noun)}\u201d.",
            SubjectPronoun.SeverityAt(tokens[noun], Info.Severity), fixes);
    }
}
