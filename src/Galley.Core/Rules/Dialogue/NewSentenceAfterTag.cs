using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Dialogue;

/// <summary>"Wait!" he shouted, "Don't go.": speech that ended with a question or exclamation mark is a whole
/// sentence, so its tag ends with a full stop before the next speech, which starts a new sentence.</summary>
public sealed class NewSentenceAfterTag : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL2010", "stop-after-tag-before-new-speech", Category.Dialogue, Severity.Info,
        "After a question or exclamation and its tag, new speech starts a new sentence: \"Wait!\" he shouted. \"Don't go.\"",
        Help: "A comma after a tag joins the speech on both sides into one sentence (`\"Wait,\" he said, \"don't go.\"`). When " +
              "the speech before the tag ended with a question or exclamation mark and the speech after it opens with a " +
              "capital, they are two sentences: the tag ends with a full stop. Period novels often kept the comma (`\"Oh!\" cried " +
              "Emma, \"I know…\"`), so this is a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"Wait!\" he shouted, \"Don't go.\"", "\"Wait!\" he shouted. \"Don't go.\""),
        Example.Flag("\"Where were you?\" she asked quietly, \"We looked everywhere.\"", "\"Where were you?\" she asked quietly. \"We looked everywhere.\""),
        Example.Keep("\"Wait,\" he said, \"don't go.\"", "one sentence split by its tag"),
        Example.Keep("\"Wait!\" he shouted. \"Don't go.\""),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        foreach (var q in m.Quotations)
        {
            if (!q.IsSpeech || !q.IsClosed || q.CloseToken <= q.OpenToken + 1) continue;
            if (SpeechTags.Classify(m, q.CloseToken - 1) != SpeechEnd.QuestionOrExclamation) continue;
            if (SpeechTags.TagAfter(context, q, q.CloseToken + 1, splitsSentence: true) is not { } tag) continue;
            int comma = tag.LastToken + 1;
            for (int words = 0; words < 3 && comma < m.Tokens.Length && m.Tokens[comma].IsWord; words++) comma++;   // asked quietly,
            int open = comma + 1, first = open + 1;
            if (first >= m.Tokens.Length || !m.IsMark(comma, ',')) continue;
            if (m.Tokens[open].Kind != TokenKind.Quote || !m.Tokens[open].Is(TokenFlags.Opening)) continue;
            if (!m.Tokens[first].IsWord || !m.Tokens[first].Is(TokenFlags.Capitalized) || m.SentenceOf(first).Paragraph != q.Paragraph) continue;
            var span = m.Tokens[comma].Span;
            sink.Report(Info, span, "The speech before the tag ended its sentence: end the tag with a full stop.", Fix.Replace(span, "."));
        }
    }
}
