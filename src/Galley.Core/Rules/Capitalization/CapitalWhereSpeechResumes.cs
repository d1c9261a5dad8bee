using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Dialogue;
using Galley.Text;

namespace Galley.Rules.Capitalization;

public sealed class CapitalWhereSpeechResumes : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL1003", "capital-where-speech-resumes", Category.Capitalization, Severity.Warning,
        "Speech that trails off and resumes, or is interrupted by a tag mid-sentence, goes on in lowercase.",
        Help: "When speech trails off (`\"To see you...\"`) and picks up again after a pause (`\"...on the street.\"`), the " +
              "sentence continues, so the first word after the ellipsis or dash is lowercase. The same holds when a tag splits one " +
              "sentence (`\"I think,\" she said, \"that we should go.\"`); if the second part is a new sentence, end the tag with a " +
              "full stop instead (the second fix); as that is a judgement, it is only a hint. Names and \"I\" keep their capitals.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"Life...\" I began. \"...Is so short.\"", "\"Life...\" I began. \"...is so short.\""),
        Example.Flag("\"To see you...\" She looked away. \"... On the street every day...\"", "\"To see you...\" She looked away. \"... on the street every day...\""),
        Example.Flag("\"I think,\" she said, \"That we should go.\"", "\"I think,\" she said, \"that we should go.\""),
        Example.Keep("\"Life...\" I began. \"...I don't know.\"", "\"I\""),
        Example.Keep("\"Wait...\" He paused. \"...Mara is coming.\"", "a name"),
        Example.Keep("\"Stop.\" She turned. \"...Where was I?\"", "the earlier speech ended with a full stop"),
        Example.Keep("\"I thought...\"\n\n\"...What? Say it.\"", "another speaker answers in a new paragraph"),
        Example.Keep("\"Well,\" she said. \"That settles it.\"", "a new sentence after a full stop"),
        Example.Keep("\"Fine,\" he said, smiling, \"You win.\"", "the tag goes on into a clause of its own"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var tagged = new Dictionary<Quotation, SpeechTag>();
        foreach (var tag in SpeechTags.Of(context).Tags) tagged.TryAdd(tag.Speech, tag);
        Quotation? previous = null;
        foreach (var q in m.Quotations)
        {
            if (!q.IsSpeech) continue;
            var before = previous;
            previous = q;
            // Same paragraph, same speaker: in a new paragraph someone else may answer ("...What?").
            if (before is null || !before.IsClosed || q.Paragraph != before.Paragraph) continue;
            int first = q.OpenToken + 1;
            if (first + 1 >= m.Tokens.Length || m.ParagraphOf(first).Index != q.Paragraph) continue;
            var opener = m.Tokens[first];
            if (opener.Kind is TokenKind.Ellipsis or TokenKind.Dash)
            {
                if (!TrailsOff(m, before)) continue;
                Report(context, sink, first + 1, null);
            }
            else if (before.Paragraph == q.Paragraph && tagged.TryGetValue(before, out var tag) && tag.End == SpeechEnd.Comma
                     && m.IsMark(q.OpenToken - 1, ',') && SpeechTags.OnlyWordsBetween(m, tag.LastToken + 1, q.OpenToken - 1))
            {
                Report(context, sink, first, m.Tokens[q.OpenToken - 1].Span);
            }
        }
    }

    private void Report(CheckContext context, DiagnosticSink sink, int t, TextSpan? commaBeforeQuote)
    {
        var m = context.Manuscript;
        var token = m.Tokens[t];
        if (!Capitals.IsCapitalizedWord(token) || Capitals.Of(context).IsProperWord(t)) return;
        var word = m.TextOf(token);
        var lower = Fix.Replace(token.Span, Capitals.Lower(word));
        if (commaBeforeQuote is { } comma)
            sink.Report(Info, token.Span, "Speech split by a tag goes on in lowercase, unless a new sentence begins.", Severity.Info, lower,
                new Fix("End the tag with a full stop", [new TextEdit(comma, ".")]));
        else
            sink.Report(Info, token.Span, "Speech that resumes after a pause goes on in lowercase.", lower);
    }

    /// <summary>The speech ends with an ellipsis or a dash before its closing quote.</summary>
    private static bool TrailsOff(Manuscript m, Quotation q) => m.Tokens[q.CloseToken - 1].Kind is TokenKind.Ellipsis or TokenKind.Dash;
}
