using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Agreement;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>"were" for "where" opening the clause after a verb of knowing or asking: she asked were he lived.</summary>
public sealed class WereForWhere : Rule
{
    /// <summary>Verbs that take a where-clause as their object (know where, asked where, forgot where).</summary>
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "know", "knew", "known", "knows", "ask", "asked", "asks", "wonder", "wondered", "wonders", "remember", "remembered",
        "remembers", "forget", "forgot", "forgotten", "forgets", "tell", "told", "tells", "see", "saw", "seen", "show", "showed",
        "shown", "guess", "guessed", "decide", "decided", "find", "found", "learn", "learned", "learnt", "discover", "discovered",
        "notice", "noticed", "understand", "understood", "care", "cared", "mind", "imagine", "imagined",
    };

    public override RuleInfo Info { get; } = new(
        "GL5013", "were-for-where", Category.RealWord, Severity.Warning,
        "\"were\" for \"where\" at the start of a clause: she asked where he lived, not were he lived.",
        Help: "After a verb of knowing, asking or seeing (perhaps with its object: *told me*), a clause opened by *were*, a " +
              "subject pronoun and a finite verb is a place: `I forgot were I put it` → `where I put it`. An inverted question " +
              "(`she asked were they ready`, `I wondered were they coming`) has no finite verb after the pronoun and is left alone, " +
              "as is *were I to*.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She asked were he lived now.", "She asked where he lived now."),
        Example.Flag("I can never remember were I leave my glasses.", "I can never remember where I leave my glasses."),
        Example.Flag("Nobody told me were they went.", "Nobody told me where they went."),
        Example.Keep("I asked were they ready to go.", "an inverted question: no finite verb after the pronoun"),
        Example.Keep("She wondered were they coming at all."),
        Example.Keep("The things we saw were strange.", "\"were\" as the verb of the clause"),
        Example.Keep("I knew they were home."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            if (text.Word(t) != "were" || !AfterClauseVerb(text, t)) continue;
            int subject = text.Next(t);
            if (!text.Is(subject, WordClass.SubjectPronoun)) continue;
            int verb = text.Next(subject);
            if (text.Word(verb) is "never" or "always" or "just" or "usually" or "often") verb = text.Next(verb);
            if (verb < 0 || !IsFiniteVerb(text, verb)) continue;
            var span = tokens[t].Span;
            var fix = ConfusionRule.MatchStyle(context.Manuscript.StringOf(tokens[t]), "where", curlyApostrophes: false);
            sink.Report(Info, span, $"\u201c{context.Manuscript.StringOf(tokens[t])}\u201d here opens a clause about a place: \u201c{fix}\u201d.", Fix.Replace(span, fix));
        }
    }

    /// <summary>A verb of knowing or asking just before, or with an object pronoun between (told me were).</summary>
    private static bool AfterClauseVerb(GrammarText text, int t)
    {
        int before = text.Previous(t);
        if (before >= 0 && text.Word(before) is "me" or "him" or "her" or "us" or "them" or "you") before = text.Previous(before);
        return before >= 0 && ClauseVerbs.Contains(text.Word(before)!);
    }

    /// <summary>A word Brown reads mostly as a finite verb (lived, put, is, can), not as an -ing form, a participle or an
    /// adjective, which would make "were" the verb of an inverted question (were they coming, were they ready).</summary>
    private static bool IsFiniteVerb(GrammarText text, int t)
    {
        if (text.Word(t) == "to") return false;   // were I to go
        var tags = text.Tags(t);
        return tags.Top is Pos.Vbd or Pos.Vbz or Pos.Vbp or Pos.Md or Pos.Vb && tags.Share(Pos.Vbg) + tags.Share(Pos.Adj) < 0.3;
    }
}
