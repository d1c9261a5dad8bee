using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Agreement;

/// <summary>After a clause-opening "nor" or "not only", the auxiliary comes before its subject: nor will I, not only
/// was she.</summary>
public sealed class NegativeInversion : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4039", "negative-inversion", Category.Agreement, Severity.Warning,
        "After nor or not only at the start of a clause, the verb comes first: nor can I, not only was he.",
        Help: "A clause opened by *nor* or *not only* puts its auxiliary before the subject: `I won't ask, nor I will beg` → " +
              "`nor will I beg`; `Not only she was late, she was rude` → `Not only was she late`. Flagged when a subject " +
              "pronoun and then an auxiliary or modal follow. *Neither … nor* joining subjects (`neither you nor I can`) " +
              "and *not only* inside a clause (`it was not only he who knew`) are left alone. In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I won't ask him, nor I will beg.", "I won't ask him, nor will I beg."),
        Example.Flag("The well was dry, nor it could be dug deeper.", "The well was dry, nor could it be dug deeper."),
        Example.Flag("Not only she was late, she was rude about it.", "Not only was she late, she was rude about it."),
        Example.Flag("Because not only they were tired, they were lost.", "Because not only were they tired, they were lost."),
        Example.Keep("Neither you nor I can lift it.", "neither … nor joining subjects"),
        Example.Keep("I won't ask him, nor will I beg."),
        Example.Keep("It was not only he who knew the way.", "not only inside a clause, no auxiliary after the pronoun"),
        Example.Keep("Not only was she late, she was rude."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            int subject;
            // neither … nor joining subjects (neither you nor I can) keeps its order
            if (text.Word(t) == "nor" && !text.EarlierInSentence(t, word => word == "neither")) subject = text.Next(t);
            else if (text.Word(t) == "not" && text.Word(text.Next(t)) == "only" && OpensClause(text, t)) subject = text.Next(text.Next(t));
            else continue;
            if (subject < 0 || !text.Is(subject, WordClass.SubjectPronoun)) continue;
            int auxiliary = text.Next(subject);
            if (auxiliary < 0 || !text.Is(auxiliary, WordClass.Auxiliary)) continue;
            var m = context.Manuscript;
            var span = TextSpan.FromBounds(tokens[subject].Start, tokens[auxiliary].End);
            string pronoun = m.StringOf(tokens[subject]), verb = m.StringOf(tokens[auxiliary]);
            string fix = $"{verb} {pronoun}";
            sink.Report(Info, span, $"After \u201c{m.StringOf(tokens[t])}{(text.Word(t) == "not" ? " only" : "")}\u201d the verb comes first: \u201c{fix}\u201d.",
                SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, fix));
        }
    }

    /// <summary>"Not" opens the sentence, or follows a comma, a conjunction or a subordinator (because not only…).</summary>
    private static bool OpensClause(GrammarText text, int not)
    {
        int before = text.Previous(not);
        return before < 0 || text.Is(before, WordClass.Subordinator) || text.Word(before) is "and" or "but" or "yet";
    }
}
