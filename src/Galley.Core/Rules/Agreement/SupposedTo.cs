using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class SupposedTo : Rule
{
    private static readonly HashSet<string> BeForms =
        ["am", "is", "are", "was", "were", "be", "been", "being", "i'm", "you're", "we're", "they're", "he's", "she's", "it's",
         "isn't", "aren't", "wasn't", "weren't", "that's", "what's", "who's", "there's"];

    public override RuleInfo Info { get; } = new(
        "GL4008", "supposed-to", Category.Agreement, Severity.Warning,
        "\u201cWas suppose to\u201d is \u201cwas supposed to\u201d: the participle, whose d is not heard.",
        Help: "After a form of *be*, *supposed to* (expected to) keeps its -d although speech swallows it: " +
              "`We were suppose to meet` → `We were supposed to meet`.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("We were suppose to meet at noon.", "We were supposed to meet at noon."),
        Example.Flag("I'm not suppose to tell you.", "I'm not supposed to tell you."),
        Example.Keep("I suppose to some people it looks odd."),
        Example.Keep("We were supposed to meet at noon."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        foreach (int t in text.TokensOf(WordClass.Suppose))
        {
            if (text.Word(text.Next(t)) != "to") continue;
            int be = text.Previous(t);
            if (be >= 0 && text.Word(be) is "not" or "never" or "really" or "just" or "also" or "still") be = text.Previous(be);
            if (be < 0 || !BeForms.Contains(text.Word(be)!)) continue;
            var span = text.Tokens[t].Span;
            var written = context.Manuscript.StringOf(text.Tokens[t]);
            sink.Report(Info, span, $"After \u201c{context.Manuscript.StringOf(text.Tokens[be])}\u201d this is \u201csupposed to\u201d.",
                SubjectPronoun.SeverityAt(text.Tokens[t], Info.Severity), Fix.Replace(span, written + "d"));
        }
    }
}
