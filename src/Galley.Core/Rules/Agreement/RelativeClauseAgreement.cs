using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>The verb of a relative clause agrees with the noun it follows (people who is → are, a person who are → is).</summary>
public sealed class RelativeClauseAgreement : Rule
{
    private static readonly FrozenSet<string> Relatives = new[] { "who", "which", "that" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Singular nouns whose relative clause may count the things they name (the kind that are, the sort who have).</summary>
    private static readonly FrozenSet<string> Kinds = new[] { "kind", "sort", "type", "one" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far back from the noun its phrase is read (determiner, adjectives, noun modifiers).</summary>
    private const int MaxPhrase = 4;

    public override RuleInfo Info { get; } = new(
        "GL4052", "relative-clause-agreement", Category.Agreement, Severity.Warning,
        "The verb right after who, which or that agrees with the noun before it: people who are, a person who is.",
        Help: "`the farmers who is waiting` → `who are`; `companies that has` → `that have`; `a man who have` → `who has`. " +
              "Only where who, which or that follows the noun directly (no comma) and is followed directly by its verb. Where the " +
              "noun's phrase comes after a preposition or *and* (`the box of letters that was`, `shelves and a table which were`) the " +
              "clause may belong to an earlier noun, and it is left alone; so are nouns that may take a plural verb (`the " +
              "family who are`), `the kind that are`, and *that is* used as *that is to say* or *that is why*. In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The farmers who is waiting want news.", "The farmers who are waiting want news."),
        Example.Flag("Small companies that has no money close.", "Small companies that have no money close."),
        Example.Flag("She wanted a man who have courage.", "She wanted a man who has courage."),
        Example.Flag("I met people who lives by the river.", "I met people who live by the river.", "a lexical verb in -s"),
        Example.Keep("The box of letters that was under the bed is gone.", "after of the clause may belong to the box"),
        Example.Keep("The family who are moving in have three dogs.", "a group noun may take a plural verb"),
        Example.Keep("Two shelves and a table which were painted blue stood there.", "after and the clause may belong to both"),
        Example.Keep("She had sad eyes above a drooping mouth that were hard to forget.", "a phrase of place before the noun"),
        Example.Keep("He had two reasons, which is why he stayed.", "a comma before which"),
        Example.Keep("We sold the carts that is why we walked.", "that is why"),
        Example.Keep("The farmers who are waiting want news."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int r = 0; r < tokens.Length; r++)
        {
            if (text.Word(r) is not { } relative || !Relatives.Contains(relative)) continue;
            int noun = text.Previous(r), verb = text.Next(r);
            if (noun < 0 || verb < 0 || text.Word(verb) is not { } written || tokens[verb].Is(Document.TokenFlags.Capitalized)) continue;
            if (relative == "that" && written == "is" && text.Word(text.Next(verb)) is null or "why" or "to" or "how") continue;   // that is, that is why
            if (MayBelongEarlier(text, noun)) continue;
            if (PluralNounSubject.IsPluralNoun(text, noun))
            {
                var plural = PluralNounSubject.PluralOf.GetValueOrDefault(written) ?? PluralNounSubject.BaseOfLexicalThirdPerson(context, text, verb);
                if (plural is not null) PluralNounSubject.ReportVerbNumber(Info, context, text, sink, noun, verb, plural, "plural");
            }
            else if (SingularNounSubject.SingularOf.TryGetValue(written, out var singular) && text.Word(noun) is { } word && !Kinds.Contains(word)
                     && SingularNounSubject.IsSingularNoun(text, noun))
                PluralNounSubject.ReportVerbNumber(Info, context, text, sink, noun, verb, singular, "singular");
        }
    }

    /// <summary>Whether the noun's phrase (determiner, adjectives, participles, noun modifiers before it) comes after a
    /// preposition or a conjunction: then the relative clause may belong to the noun before (the box of letters that
    /// was, eyes above a drooping moustache that are, bookcases and chairs which was).</summary>
    private static bool MayBelongEarlier(GrammarText text, int noun)
    {
        int t = text.Previous(noun);
        for (int k = 0; t >= 0 && k < MaxPhrase; k++)
        {
            var head = text.Tagged(t).Head;
            if (head is Pos.Adp or Pos.Conj) return true;   // chairs and tables which was: the clause may belong to an earlier noun too
            if (head is not (Pos.Det or Pos.Adj or Pos.Noun or Pos.Num or Pos.Adv or Pos.Vbg or Pos.Vbn)) return false;
            t = text.Previous(t);
        }
        return false;
    }
}
