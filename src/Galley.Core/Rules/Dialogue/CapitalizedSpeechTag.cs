using Galley.Checking;
using Galley.Diagnostics;

namespace Galley.Rules.Dialogue;

public sealed class CapitalizedSpeechTag : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL2003", "capitalized-speech-tag", Category.Dialogue, Severity.Warning,
        "A speech tag after a question mark, exclamation mark, comma, dash or ellipsis goes on in lowercase.",
        Help: "`\"Why?\" He asked` reads `\"Why?\" he asked`: the tag continues the sentence of the speech, so its pronoun is " +
              "lowercase. Names and \"I\" keep their capitals.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"Why?\" He asked.", "\"Why?\" he asked."),
        Example.Flag("\"Get out!\" She shouted at him.", "\"Get out!\" she shouted at him."),
        Example.Flag("\"Wait,\" He said.", "\"Wait,\" he said."),
        Example.Flag("\"If only...\" She whispered.", "\"If only...\" she whispered."),
        Example.Keep("\"Why?\" Mara asked.", "a name"),
        Example.Keep("\"Why?\" I asked.", "\"I\""),
        Example.Keep("\"Why?\" He turned away.", "an action beat"),
        Example.Keep("\"Tom?\" No answer.", "not a tag: no speaker, no verb form"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        foreach (var tag in SpeechTags.Of(context).Tags)
        {
            if (tag.End is not (SpeechEnd.QuestionOrExclamation or SpeechEnd.Comma or SpeechEnd.Ellipsis or SpeechEnd.Dash)) continue;
            if (!TagFix.NeedsLowercase(context, tag)) continue;
            var token = m.Tokens[tag.FirstToken];
            sink.Report(Info, token.Span, $"A speech tag goes on in lowercase: \u201c{TagFix.FirstWord(context, tag)}\u201d.",
                Fix.Replace(token.Span, TagFix.FirstWord(context, tag)));
        }
    }
}
