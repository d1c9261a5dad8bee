using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class SuggestObjectToVerb : Rule
{
    private static readonly FrozenSet<string> SuggestForms = VerbForms.FormsOf(["suggest"]);

    public override RuleInfo Info { get; } = new(
        "GL4047", "suggest-object-to-verb", Category.Agreement, Severity.Warning,
        "Suggest takes a that-clause, not an object and to: suggested that he leave, not suggested him to leave.",
        Help: "`She suggested me to wait` → `She suggested that I wait`. Only an object pronoun after *suggest*, then *to* " +
              "and a word the tagged corpus reads almost always as a base verb, is flagged; `suggested it to the others` " +
              "(to before a noun) is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She suggested me to wait in the hall.", "She suggested that I wait in the hall."),
        Example.Flag("We suggested him to apply again.", "We suggested that he apply again."),
        Example.Keep("She suggested that I wait in the hall."),
        Example.Keep("He suggested it to the others.", "to before a noun"),
        Example.Keep("They suggested waiting until dawn."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (var (_, pronoun, to, _) in ObjectThenInfinitive.Find(text, SuggestForms))
        {
            string subject = SubjectOf(text.Word(pronoun)!);
            // suggested me to wait → suggested that I wait
            var span = Text.TextSpan.FromBounds(tokens[pronoun].Start, tokens[to].End);
            sink.Report(Info, span, $"After \u201csuggest\u201d write a that-clause: \u201cthat {subject}\u201d.",
                SubjectPronoun.SeverityAt(tokens[to], Info.Severity), Fix.Replace(span, $"that {subject}"));
        }
    }

    private static string SubjectOf(string objectPronoun) => objectPronoun switch
    {
        "me" => "I",
        "him" => "he",
        "her" => "she",
        "us" => "we",
        "them" => "they",
        _ => objectPronoun,
    };
}
