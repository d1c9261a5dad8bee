using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Apostrophes;

/// <summary>its and it's where grammar leaves only one reading: the possessive cannot stand before an article or
/// "not" (its a trap), and "it is" cannot stand between a preposition and its noun (from it's nest) or before "own".
/// The n-gram model (<see cref="ApostropheConfusion"/>) weighs the harder cases; these need no weighing.</summary>
public sealed class ItsApostrophe : Rule
{
    /// <summary>Words a possessive "its" can never come before: articles, other possessives, "not", and the verbs
    /// that follow "it is" or "it has".</summary>
    private static readonly HashSet<string> OnlyAfterItIs = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "not", "been", "going", "gonna", "gotta", "got", "had", "my", "your", "our", "their", "this",
        // pronouns: a possessive is followed by a noun phrase, never by one of these (its him, its nobody's fault)
        "him", "me", "us", "them", "you", "he", "she", "we", "they", "i", "anybody", "everybody", "everyone", "someone",
        "somebody", "nobody", "anything", "everything", "something", "nothing", "anyone",
    };

    /// <summary>Prepositions that take a noun phrase: after one, "it's" before a noun is the possessive misspelled.
    /// Not "as", "like" or "than", which also join clauses (as it's late).</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "from", "to", "with", "into", "onto", "by", "at", "in", "on", "under", "over", "through", "across", "against",
        "toward", "towards", "without", "within", "behind", "beside", "along", "upon", "about", "around", "for",
    };

    public override RuleInfo Info { get; } = new(
        "GL3006", "its-apostrophe", Category.Apostrophes, Severity.Warning,
        "its where grammar needs it's (its a trap, its hard to say), or it's where it needs its (from it's nest, it's own, it's hinges were).",
        Help: "*its* is the possessive (the cat licked its paw); *it's* is *it is* or *it has*. Only the cases grammar "
              + "decides are flagged: *its* right before an article, a possessive, a pronoun, *not*, *been*, *got* or *going*, or before an adjective "
              + "and *to*, *that* or *for* (its hard to say); and *it's* before *own*, between a preposition and a noun, or "
              + "opening a clause before a noun and the clause's verb (it's hinges were rusted). Others are left to apostrophe-confusion (GL3101), "
              + "which weighs the context.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Don't open that door, its a trap.", "Don't open that door, it's a trap."),
        Example.Flag("Its not your fault, Wren.", "It's not your fault, Wren."),
        Example.Flag("I think its been raining all night.", "I think it's been raining all night."),
        Example.Flag("The gull flew back to it's nest.", "The gull flew back to its nest."),
        Example.Flag("The village had a church with it's own bell.", "The village had a church with its own bell."),
        Example.Flag("The tower cast a shadow, and the whole square lay in it\u2019s shade.", "The tower cast a shadow, and the whole square lay in its shade.",
            "a curly apostrophe is read like a straight one"),
        Example.Flag("I knew its him by the limp.", "I knew it's him by the limp.", "a pronoun after its"),
        Example.Flag("Its got nothing to do with you.", "It's got nothing to do with you."),
        Example.Flag("It's wheels were rusted through.", "Its wheels were rusted through.", "it's, a noun and the verb: the subject"),
        Example.Flag("Its hard to say what he meant.", "It's hard to say what he meant.", "an adjective and to"),
        Example.Keep("It's time we left.", "a noun that is also the verb's subject: it is time"),
        Example.Keep("The crab pulled in its hard shell.", "an adjective before a noun"),
        Example.Keep("The river was at its highest that spring.", "a superlative after the possessive"),
        Example.Keep("The gull flew back to its nest."),
        Example.Keep("Nobody thought of its not being there.", "a possessive before a gerund, after a preposition"),
        Example.Keep("It's a trap, and its bait is cheese."),
        Example.Keep("The worst of it's the waiting.", "after a preposition, it's before an article is \"it is\""),
        Example.Keep("I'll tell you what it's for: it's for the rain.", "it's at the end of a clause"),
        Example.Keep("Keep the coat on as it's cold outside.", "as joins clauses"),
        Example.Keep("He stared at it, it's true, for a long time.", "a comma between preposition and it's"),
        Example.Flag("The old dog wagged it's tail.", "The old dog wagged its tail.", "after a verb that takes an object, not a clause"),
        Example.Flag("The bird shook it's wings dry.", "The bird shook its wings dry."),
        Example.Keep("She knew it's nonsense.", "a verb that takes a clause: it is"),
        Example.Keep("He said it's time to go.", "it's time"),
        Example.Keep("They hoped it's worth the wait."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        foreach (int t in text.TokensOf(WordClass.ItsOrItIs))
        {
            string? fix = text.Word(t) switch
            {
                "its" when text.Word(text.Next(t)) is { } next && (OnlyAfterItIs.Contains(next) && !IsPossessiveOfNot(text, t, next)
                                                                   || IsAdjectiveBeforeInfinitive(text, text.Next(t))) => "it's",
                "it's" when IsPossessive(text, t) => "its",
                _ => null,
            };
            if (fix is null) continue;
            var span = text.Tokens[t].Span;
            var written = context.Manuscript.StringOf(text.Tokens[t]);
            var replacement = text.WithApostrophe(char.IsUpper(written[0]) ? char.ToUpperInvariant(fix[0]) + fix[1..] : fix);
            sink.Report(Info, span, $"\u201c{written}\u201d should be \u201c{replacement}\u201d here.", Fix.Replace(span, replacement));
        }
    }

    /// <summary>"of its not being", "with its not unkind smile": after a preposition, its + not is a possessive before a
    /// gerund or an adjective, as period prose writes it.</summary>
    private static bool IsPossessiveOfNot(GrammarText text, int t, string next) =>
        next == "not" && text.Word(text.Previous(t)) is { } before && Prepositions.Contains(before);

    /// <summary>"Its hard to say", "its strange that": an adjective that is never a noun, then to, that or for, as after
    /// "it is"; a possessive needs a noun there (its hard shell).</summary>
    private static bool IsAdjectiveBeforeInfinitive(GrammarText text, int adjective)
    {
        // at its highest that night, its better half: superlatives and comparatives follow a possessive too
        if (adjective < 0 || text.Word(adjective) is not { } word || word is "own" or "only" or "first" or "last" or "best" or "worst" or "next" or "better" or "worse"
            || word.EndsWith("est", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal)) return false;
        var tags = text.Tags(adjective);
        if (tags.Top is not (Pos.Adj or Pos.Adv) || tags.Share(Pos.Adj, Pos.Adv) < 0.9 || tags.Share(Pos.Noun) > 0.05) return false;
        int after = text.Next(adjective);
        return text.Word(after) is "to" or "that" or "for" && text.Next(after) >= 0;
    }

    /// <summary>"It's benefits are many": at the start of a clause, it's and a noun with the clause's verb after it is
    /// the possessive and its noun, the subject.</summary>
    private static bool IsSubjectBeforeVerb(GrammarText text, int t, int noun)
    {
        if (!text.StartsClause(t) || text.Tokens[noun].Is(Document.TokenFlags.Capitalized)) return false;
        var tags = text.Tags(noun);
        if (tags.Top != Pos.Noun || tags.Share(Pos.Noun) < 0.8 || text.Tagged(noun).Head != Pos.Noun) return false;
        int verb = text.Next(noun);
        if (verb < 0) return false;
        var verbTags = text.Tags(verb);
        return verbTags.Top is Pos.Vbz or Pos.Vbp or Pos.Vbd or Pos.Md && verbTags.IsMostly(verbTags.Top.Value, 0.7);
    }

    /// <summary>"it's own", or a preposition right before "it's" and a noun right after it (in it's shade).</summary>
    private static bool IsPossessive(GrammarText text, int t)
    {
        int next = text.Next(t);
        if (text.Word(next) is not { } following) return false;
        if (following == "own") return true;
        if (IsSubjectBeforeVerb(text, t, next)) return true;
        int previous = text.Previous(t);
        if (text.Word(previous) is not { } before || !(Prepositions.Contains(before) || IsObjectTakingVerb(text, previous))) return false;
        var tags = text.Tags(next);
        return tags.Top == Pos.Noun && tags.Share(Pos.Noun) >= 0.6 && following != "time";   // he said it's time: it is
    }

    /// <summary>A verb that takes an object, not a clause (wagged it's tail, shook it's head: its), told by the Brown
    /// bigrams: a clause-taking verb (knew, said, hoped, heard) is followed by a subject or "that" in at least one use
    /// in twenty; an action verb almost never is, and a verb too rare to count is most likely an action verb.</summary>
    private static bool IsObjectTakingVerb(GrammarText text, int verb)
    {
        var tagged = text.Tagged(verb);
        if (!tagged.IsVerb || tagged.IsCompound || text.Is(verb, WordClass.Auxiliary)) return false;
        var model = NgramModel.Default;
        int id = model.IdOf(text.Word(verb));
        int uses = model.Count(id);
        if (uses < 3) return true;
        int clauses = 0;
        foreach (var subject in ClauseOpeners) clauses += model.Count(id, model.IdOf(subject));
        return clauses * 20 < uses;
    }

    private static readonly string[] ClauseOpeners = ["i", "he", "she", "we", "they", "you", "that", "there"];
}
