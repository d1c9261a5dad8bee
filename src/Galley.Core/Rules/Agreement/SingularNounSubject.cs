using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>A singular noun subject with a plural verb (the teacher have, my brother don't): the mirror of
/// <see cref="PluralNounSubject"/>.</summary>
public sealed class SingularNounSubject : Rule
{
    /// <summary>Determiners that open a noun phrase that is one thing when its noun is singular.</summary>
    private static readonly FrozenSet<string> Determiners =
        new[] { "the", "a", "an", "this", "that", "my", "his", "her", "our", "your", "their", "its", "every", "each" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Plural verb forms and the singular each needs. Not were, which a subjunctive keeps (as if the room were spinning).</summary>
    internal static readonly FrozenDictionary<string, string> SingularOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["have"] = "has", ["haven't"] = "hasn't", ["do"] = "does", ["don't"] = "doesn't", ["are"] = "is", ["aren't"] = "isn't",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns that may take a plural verb though singular in form: groups (British English writes the team
    /// have), amounts (a number of them have, the rest are), plurals without -s (sheep, police) and nouns of time
    /// that open a clause as an adverb (each morning do your exercises).</summary>
    private static readonly FrozenSet<string> PluralInSense = new[]
    {
        "team", "family", "government", "staff", "police", "committee", "crowd", "band", "audience", "jury", "couple", "class",
        "public", "crew", "army", "council", "board", "group", "majority", "minority", "company", "party", "club", "navy",
        "enemy", "press", "management", "union", "firm", "gang", "congregation", "household", "media", "choir", "orchestra",
        "squad", "faculty", "population", "generation", "herd", "flock", "pair", "people", "youth", "clergy", "cattle",
        "poultry", "personnel", "lot", "number", "rest", "half", "variety", "bunch", "dozen", "score", "handful", "host",
        "range", "sheep", "deer", "fish", "aircraft", "offspring", "data", "folk", "kin", "quarter",
        "third", "percent", "total", "remainder", "bulk", "plenty", "mass", "pack", "troop", "regiment", "tribe", "nation",
        "day", "morning", "night", "week", "year", "time", "evening", "afternoon", "moment", "minute", "hour", "month",
        "summer", "winter", "spring", "autumn", "weekend", "while", "today", "tonight", "tomorrow", "yesterday",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words between the determiner and the noun (adjectives, noun modifiers).</summary>
    private const int MaxModifiers = 2;

    /// <summary>Share of its tagged uses a word must be a noun to be read as the subject's noun.</summary>
    private const double NounShare = 0.6;

    public override RuleInfo Info { get; } = new(
        "GL4049", "singular-subject-agreement", Category.Agreement, Severity.Warning,
        "A singular noun subject with a plural verb (the teacher have, my brother don't).",
        Help: "Checked only where the subject is plain: a clause that opens with a determiner (the, a, this, my, every…), " +
              "perhaps an adjective or two, a common noun in the singular that the tagged corpus reads mostly as a noun, and " +
              "right after it have, do, don't, are or aren't. Nouns that may take a plural verb are left alone: groups, as " +
              "British English writes them (`the team have won`), amounts (`a number`, `the rest`), plurals without -s " +
              "(`sheep`, `police`), and nouns of time that open a clause as an adverb (`each morning do ten push-ups`). " +
              "A subjunctive after that (`insisted that the child have a bath`) does not open the clause and is not checked. " +
              "Inside dialogue a character may speak this way on purpose, so there it is only a hint, and *don't* (`this town " +
              "don't need it`) is not flagged at all.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The old teacher have a key to every room.", "The old teacher has a key to every room."),
        Example.Flag("My brother don't know the way.", "My brother doesn't know the way."),
        Example.Flag("We called, but the doctor do not answer at night.", "We called, but the doctor does not answer at night."),
        Example.Flag("This road are too narrow for the cart.", "This road is too narrow for the cart."),
        Example.Keep("The old teacher has a key to every room."),
        Example.Keep("The team have won every match this season.", "a group noun may take a plural verb"),
        Example.Keep("The rest are waiting outside.", "an amount"),
        Example.Keep("The sheep are in the lower field.", "a plural without -s"),
        Example.Keep("She insisted that the child have a bath.", "a subjunctive after that"),
        Example.Keep("Each morning do twenty push-ups.", "a noun of time opening an order"),
        Example.Keep("The poor have always been with us.", "an adjective used as a plural noun"),
        Example.Keep("The Hendersons have left.", "a name"),
        Example.Keep("I watched the smith do his work.", "after a verb the noun is an object"),
        Example.Keep("The farmers today have bigger fields.", "a plural subject and an adverb of time"),
        Example.Keep("\"This valley don't need another mill,\" Gran said.", "don't in speech is a character's voice"),
        Example.Keep("I heard a laugh and a little cry come from the room.", "a lexical verb after the noun is not checked: after and it may be an object's verb"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } determiner || !Determiners.Contains(determiner) || !SubjectPronoun.StartsSubjectClause(text, t)) continue;
            int noun = text.Next(t);
            for (int k = 0; noun >= 0 && k <= MaxModifiers; k++)
            {
                int verb = text.Next(noun);
                if (verb < 0) break;
                if (SingularOf.TryGetValue(text.Word(verb)!, out var singular))
                {
                    // "This town don't need it" in speech is a character's voice, as GL4001 reads a name with don't
                    bool voice = singular == "doesn't" && tokens[verb].Is(Document.TokenFlags.InSpeech);
                    if (!voice && IsSingularNoun(text, noun)) Report(context, text, sink, noun, verb, singular);
                    break;
                }
                // a plural ends the noun phrase (the youngsters today do: today is an adverb, the subject plural)
                if (text.Tagged(noun).Head is not (Pos.Adj or Pos.Noun) || tokens[noun].Is(Document.TokenFlags.Capitalized)
                    || PluralNounSubject.IsPluralNoun(text, noun)) break;
                noun = verb;
            }
        }
    }

    /// <summary>A singular common noun the corpus reads mostly as a noun (teacher, road), not a name, a plural, an
    /// adjective standing for people (the poor) or a noun that may take a plural verb.</summary>
    internal static bool IsSingularNoun(GrammarText text, int t)
    {
        if (text.Tokens[t].Is(Document.TokenFlags.Capitalized) || text.Word(t) is not { } word || word.Contains('\'') || word.Contains('-')) return false;
        if (PluralInSense.Contains(word) || PluralNounSubject.IsPluralNoun(text, t)) return false;   // irregular plurals too (women)
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return false;
        return text.Tagged(t).Head == Pos.Noun && text.Tags(t).Share(Pos.Noun) >= NounShare;
    }

    private void Report(CheckContext context, GrammarText text, DiagnosticSink sink, int noun, int verb, string singular) =>
        PluralNounSubject.ReportVerbNumber(Info, context, text, sink, noun, verb, singular, "singular");
}
