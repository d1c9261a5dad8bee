using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Dialogue;

/// <summary>"Yes", I said: the comma that joins speech to its tag goes inside the closing quote.</summary>
public sealed class CommaOutsideQuote : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL2009", "comma-outside-quote", Category.Dialogue, Severity.Warning,
        "The comma between speech and its tag goes inside the quotes: \"Yes,\" I said.",
        Help: "In dialogue the comma belongs to the speech, inside the closing quote, in American and British fiction alike: " +
              "`\"Yes\", I said` → `\"Yes,\" I said`. Only speech followed by a speech tag is checked; a quoted word or title " +
              "(`the word \"love\", she thought`) is left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"Yes\", I said.", "\"Yes,\" I said."),
        Example.Flag("\"We should go now\", she whispered.", "\"We should go now,\" she whispered."),
        Example.Flag("\u201cNot tonight\u201d, said Mara.", "\u201cNot tonight,\u201d said Mara."),
        Example.Keep("\"Yes,\" I said."),
        Example.Keep("He wrote \"love\", then crossed it out.", "a quoted word, not speech before a tag"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        foreach (var q in m.Quotations)
        {
            if (!q.IsSpeech || !q.IsClosed || q.CloseToken <= q.OpenToken + 1 || q.CloseToken + 2 >= m.Tokens.Length) continue;
            var close = m.Tokens[q.CloseToken];
            var comma = m.Tokens[q.CloseToken + 1];
            if (!m.IsMark(q.CloseToken + 1, ',') || comma.Start != close.End) continue;
            if (SpeechTags.Classify(m, q.CloseToken - 1) != SpeechEnd.None) continue;   // "Why?", he asked: another rule's case
            if (SpeechTags.TagAfter(context, q, q.CloseToken + 2, splitsSentence: true) is null) continue;
            var span = TextSpan.FromBounds(close.Start, comma.End);
            sink.Report(Info, span, "Put the comma inside the closing quote.", Fix.Replace(span, "," + m.StringOf(close)));
        }
    }
}
