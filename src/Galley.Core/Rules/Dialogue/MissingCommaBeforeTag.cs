using Galley.Checking;
using Galley.Diagnostics;
using Galley.Text;

namespace Galley.Rules.Dialogue;

public sealed class MissingCommaBeforeTag : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL2002", "missing-comma-before-speech-tag", Category.Dialogue, Severity.Warning,
        "Speech followed by a speech tag needs a comma before the closing quote.",
        Help: "`\"No\" I said` reads `\"No,\" I said`: speech that runs into its tag ends with a comma (or a question mark, " +
              "exclamation mark, dash or ellipsis) inside the quotes.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"No\" I finally said.", "\"No,\" I finally said."),
        Example.Flag("\"Mara, don't\" I pleaded.", "\"Mara, don't,\" I pleaded."),
        Example.Flag("\"Come here\" He whispered.", "\"Come here,\" he whispered."),
        Example.Keep("\"No,\" I said.", "the comma is there"),
        Example.Keep("The sign said \"Closed\" in red letters.", "a quoted word, not speech"),
        Example.Keep("\"Wait\" was all she said.", "the quote is the subject of the sentence"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        foreach (var tag in SpeechTags.Of(context).Tags)
        {
            if (tag.End != SpeechEnd.None) continue;
            var last = m.Tokens[tag.EndToken];
            var span = TextSpan.FromBounds(last.Start, m.Tokens[tag.FirstToken].End);
            sink.Report(Info, span, "Add a comma before the closing quote: speech runs into its tag.",
                Fix.Replace(span, TagFix.Rewrite(context, tag, last.Start, last.End, m.StringOf(last) + ",")));
        }
    }
}
