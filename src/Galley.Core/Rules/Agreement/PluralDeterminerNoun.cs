using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>A singular noun after a word that counts more than one (these book, three horse → books, horses).</summary>
public sealed class PluralDeterminerNoun : Rule
{
    private static readonly HashSet<string> PluralDeterminers = new(StringComparer.Ordinal) { "these", "those", "several", "many", "both", "various" };

    /// <summary>Nouns that stay singular after a number in set measures (two dozen, six foot tall, twelve stone, ten
    /// head of cattle), and kind/sort/type, which GL4031 handles.</summary>
    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "dozen", "hundred", "thousand", "million", "billion", "score", "couple", "pair", "brace", "head", "stone", "foot",
        "pound", "mile", "ton", "kind", "sort", "type", "times", "yoke", "hundredweight", "fathom", "gross",
    };

    public override RuleInfo Info { get; } = new(
        "GL4034", "plural-determiner-singular-noun", Category.Agreement, Severity.Warning,
        "A word that counts more than one needs a plural noun: these books, three horses.",
        Help: "`These book are mine` → `These books`; `She kept three horse` → `three horses`. Flagged after *these*, " +
              "*those*, *several*, *many*, *both*, *various* and the numbers from two, when the noun stands alone (after a word, perhaps with one adjective: `many new clerk`): not before another " +
              "noun or an adjective (`a three mile walk`, `a two year old`), not joined to a second noun (`both bread and butter`), and not in set measures (`two dozen`, `six " +
              "foot tall`). Only nouns Brown counts with *a*, or whose plural Brown has at least a tenth as often as the singular " +
              "(`several reason`, `various scientist`), and whose plural the dictionary has. In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("These book belonged to my grandmother.", "These books belonged to my grandmother."),
        Example.Flag("She had kept three horse in the barn.", "She had kept three horses in the barn."),
        Example.Flag("I waited for several minute before knocking.", "I waited for several minutes before knocking."),
        Example.Flag("The judges weighed the entries by four criterion.", "The judges weighed the entries by four criteria.", "a plural not made with -s"),
        Example.Flag("Both wife had left him.", "Both wives had left him."),
        Example.Flag("We hired many new clerk that spring.", "We hired many new clerks that spring.", "one adjective between"),
        Example.Flag("She gave several reason for leaving.", "She gave several reasons for leaving.", "a noun Brown seldom counts with a, but whose plural is common"),
        Example.Flag("Only various scientist believed him.", "Only various scientists believed him.", "a noun Brown never counts with a"),
        Example.Keep("Both bread and butter had run out.", "joined to a second noun"),
        Example.Keep("It was a three mile walk to the river.", "a measure before a noun"),
        Example.Keep("She let it pass for the six hundredth time.", "an ordinal after a number"),
        Example.Keep("She pinned it with two wire hatpins.", "a modifier before a noun Brown lacks"),
        Example.Keep("Her son was a two year old with red hair.", "a measure before an adjective"),
        Example.Keep("He stood six foot tall and ate two dozen eggs.", "set measures"),
        Example.Keep("These books belonged to my grandmother."),
        Example.Keep("Many a man has tried.", "many a"),
        Example.Keep("The feelings were deeper than those music stirred in him.", "those as a pronoun before a relative clause"),
    ];

    /// <summary>Share of its tagged uses a word between must be an adjective to be read as one.</summary>
    private const double AdjectiveShare = 0.8;

    /// <summary>A lowercase word that is plainly an adjective here (new, important), not a word of number or amount (more, other, few).</summary>
    private static bool IsPlainAdjective(GrammarText text, int t) =>
        text.Word(t) is { } word && word is not ("more" or "few" or "other" or "much" or "less" or "same" or "own")
        && !text.Tokens[t].Is(Document.TokenFlags.Capitalized) && text.Tagged(t).Head == Pos.Adj && text.Tags(t).IsMostly(Pos.Adj, AdjectiveShare)
        && text.Tags(t).Count(Pos.Num) == 0;

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } counter || !(PluralDeterminers.Contains(counter) || counter != "one" && TimeUnits.IsCount(counter))) continue;
            int noun = text.Next(t);
            if (PluralDeterminers.Contains(counter) && IsPlainAdjective(text, noun)) noun = text.Next(noun);   // many new employee; not after a number (six hundredth time)
            if (text.Word(noun) is not { } word || Measures.Contains(word)) continue;
            int after = text.Next(noun);
            // Only a noun that ends its phrase: before another word (two wire hairpins, a two year old) it is a modifier.
            // A word Brown lacks (hairpins) may be read as a verb by the tagger: only a known verb counts.
            if (after >= 0 && !(text.Tagged(after).Head is Pos.Adp or Pos.Prt or Pos.Conj or Pos.Sconj or Pos.Det or Pos.Pron or Pos.Adv
                                || text.Tagged(after).IsVerb && text.Tags(after).IsKnown)) continue;
            // those science roused in him: "those" may be a pronoun with a relative clause after it; as a subject it opens the clause
            if (counter is "these" or "those" && after >= 0 && text.Tagged(after).IsVerb && !text.StartsClause(t)) continue;
            if (ThereIsAgreement.PluralOfBareNoun(context, text, noun, word, pluralSeen: true) is not { } plural) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, noun, plural, styled => $"After \u201c{context.Manuscript.StringOf(tokens[t])}\u201d the noun is plural: \u201c{styled}\u201d.");
        }
    }
}
