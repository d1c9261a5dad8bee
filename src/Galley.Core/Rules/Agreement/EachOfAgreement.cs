using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>"Each of the boys have", "One of them are": the subject is each or one, singular however plural the
/// group after "of" is, so the verb is too.</summary>
public sealed class EachOfAgreement : Rule
{
    /// <summary>The past of be, which <see cref="SingularNounSubject.SingularOf"/> leaves out for the subjunctive: after
    /// each of or one of at a clause's start it is no subjunctive.</summary>
    private static readonly Dictionary<string, string> SingularPast = new(StringComparer.Ordinal) { ["were"] = "was", ["weren't"] = "wasn't" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "these", "those", "my", "your", "his", "her", "our", "their", "its",
    };

    public override RuleInfo Info { get; } = new(
        "GL4061", "each-of-agreement", Category.Agreement, Severity.Warning,
        "After \u201ceach of\u201d or \u201cone of\u201d the verb is singular: each of the boys has, one of them is.",
        Help: "The subject of `Each of the boys have a bike` is *each*, so the verb agrees with it: `has`. The same holds for " +
              "*one of*. Only a verb right after the group (`each of them`, `one of the girls`, `each of my older brothers`) " +
              "is checked, so a relative clause (`one of the boys who were there`) is left alone. In speech it is a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Each of the boys have a bike.", "Each of the boys has a bike."),
        Example.Flag("One of them are lying.", "One of them is lying."),
        Example.Flag("One of my older sisters were crying.", "One of my older sisters was crying."),
        Example.Keep("Each of the boys has a bike."),
        Example.Keep("One of the boys who were there left early.", "a relative clause"),
        Example.Keep("They gave one of the dogs away, and the others were sold.", "the group is an object"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not ("each" or "one") || !text.StartsClause(t)) continue;
            int of = text.Next(t);
            if (of < 0 || text.Word(of) != "of" || GroupEnd(text, text.Next(of)) is not (>= 0 and var group)) continue;
            int verb = text.Next(group);
            if (verb < 0 || text.Word(verb) is not { } written
                || !(SingularNounSubject.SingularOf.TryGetValue(written, out var fix) || SingularPast.TryGetValue(written, out fix))) continue;
            fix = text.WithApostrophe(fix);
            var span = tokens[verb].Span;
            sink.Report(Info, span, $"The subject is \u201c{context.Manuscript.StringOf(tokens[t])}\u201d: \u201c{fix}\u201d, not \u201c{context.Manuscript.StringOf(tokens[verb])}\u201d.",
                SubjectPronoun.SeverityAt(tokens[verb], Info.Severity), Fix.Replace(span, fix));
        }
    }

    /// <summary>The last token of the group after "of": them, us, you, these, those, or a determiner, at most two
    /// adjectives and a plural noun (the boys, my older sisters); -1 when none.</summary>
    private static int GroupEnd(GrammarText text, int t)
    {
        if (text.Word(t) is not { } word) return -1;
        if (word is "them" or "us" or "you" or "these" or "those")
            return word is "these" or "those" && text.Next(t) >= 0 && PluralNounSubject.IsPluralNoun(text, text.Next(t)) ? text.Next(t) : t;
        if (!Determiners.Contains(word)) return -1;
        int next = text.Next(t);
        for (int steps = 0; steps < 3 && next >= 0; steps++, next = text.Next(next))
            if (PluralNounSubject.IsPluralNoun(text, next)) return next;
        return -1;
    }
}
