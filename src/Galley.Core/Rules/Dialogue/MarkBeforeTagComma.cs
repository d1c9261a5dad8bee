using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Dialogue;

/// <summary>"Are you coming?," he asked: a question mark, exclamation mark or full stop already ends the speech, so
/// the comma before the tag goes (or, after a full stop, the stop goes and the comma stays).</summary>
public sealed class MarkBeforeTagComma : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL2008", "doubled-mark-before-tag", Category.Dialogue, Severity.Warning,
        "Two marks end the speech before its tag: \"Are you coming?,\" he asked.",
        Help: "Speech before a tag ends with one mark: a comma (`\"Yes,\" I said`), or a question or exclamation mark " +
              "that takes the comma's place (`\"Are you coming?\" he asked`). A full stop and a comma together keep the comma.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"Are you coming?,\" he asked.", "\"Are you coming?\" he asked."),
        Example.Flag("\"Get out!,\" she yelled.", "\"Get out!\" she yelled."),
        Example.Flag("\"It's late.,\" I said.", "\"It's late,\" I said."),
        Example.Keep("\"Are you coming?\" he asked."),
        Example.Keep("\"It's late,\" I said."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        foreach (var tag in SpeechTags.Of(context).Tags)
        {
            if (tag.End != SpeechEnd.Comma || tag.EndToken - 1 <= tag.Speech.OpenToken) continue;
            var comma = m.Tokens[tag.EndToken];
            var mark = m.Tokens[tag.EndToken - 1];
            if (mark.Kind != TokenKind.Punctuation || mark.End != comma.Start) continue;
            char c = m.Text[mark.Start];
            if (c is '?' or '!')
                sink.Report(Info, TextSpan.FromBounds(mark.Start, comma.End), $"\u201c{c}\u201d already ends the speech: drop the comma.",
                    Fix.Replace(TextSpan.FromBounds(mark.Start, comma.End), c.ToString()));
            else if (c == '.' && !IsAbbreviation(m, tag.EndToken - 2))
                sink.Report(Info, TextSpan.FromBounds(mark.Start, comma.End), "A full stop and a comma before the tag: keep the comma.",
                    Fix.Replace(TextSpan.FromBounds(mark.Start, comma.End), ","));
        }
    }

    /// <summary>"We met Dr.," — a full stop that belongs to the word before it.</summary>
    private static bool IsAbbreviation(Manuscript m, int word) =>
        word >= 0 && m.Tokens[word].IsWord && m.TextOf(m.Tokens[word]).Length <= 3 && char.IsUpper(m.TextOf(m.Tokens[word])[0]);
}
