using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Agreement;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>"every" between an auxiliary's subject and its verb (Have you every seen…? → ever): a slip for ever.</summary>
public sealed class EverForEvery : Rule
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "do", "does", "did", "have", "has", "had", "would", "could", "should", "will", "can", "shall", "might", "may", "must",
        "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "wouldn't", "couldn't", "shouldn't", "won't", "can't",
    };

    public override RuleInfo Info { get; } = new(
        "GL5011", "every-for-ever", Category.RealWord, Severity.Warning,
        "\u201cEvery\u201d where \u201cever\u201d is meant: Have you ever seen it?",
        Help: "*Every* goes before a noun (`every day`); *ever* means at any time: `Did you every see him again?` → " +
              "`Did you ever see him again?`. Flagged where an auxiliary and its pronoun subject come before *every* and a " +
              "verb follows it, so `did you every one of them` is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Have you every seen the sea?", "Have you ever seen the sea?"),
        Example.Flag("Why would I every go back there?", "Why would I ever go back there?"),
        Example.Flag("Did they every find the dog?", "Did they ever find the dog?"),
        Example.Keep("Have you ever seen the sea?"),
        Example.Keep("Did you every one of you swear it?", "every before a pronoun"),
        Example.Keep("We did every chore before noon.", "every before a noun"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "every") continue;
            int subject = text.Previous(t), auxiliary = text.Previous(subject), verb = text.Next(t);
            if (!text.Is(subject, WordClass.SubjectPronoun) || !Auxiliaries.Contains(text.Word(auxiliary) ?? "") || verb < 0) continue;
            var tags = text.Tags(verb);
            if (tags.Top is not (Pos.Vb or Pos.Vbn or Pos.Vbd or Pos.Vbp) || tags.Share(Pos.Noun, Pos.Num) + tags.Share(Pos.Pron, Pos.Adj) >= 0.3) continue;
            var span = tokens[t].Span;
            var fix = ConfusionRule.MatchStyle(context.Manuscript.StringOf(tokens[t]), "ever", curlyApostrophes: false);
            sink.Report(Info, span, $"\u201cEvery\u201d goes before a noun; before a verb the word is \u201c{fix}\u201d.", Fix.Replace(span, fix));
        }
    }
}
