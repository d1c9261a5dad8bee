using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Sentences;

public sealed class DoubledSpace : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL6003", "doubled-space", Category.Sentences, Severity.Info,
        "Two or more spaces between words.",
        Help: "A hint: extra spaces between words are invisible in most editors but show in print. Two spaces after a full " +
              "stop are an old typing convention and are left alone, as is indentation at the start of a line.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She opened  the door.", "She opened the door."),
        Example.Flag("Slowly,   he turned.", "Slowly, he turned."),
        Example.Keep("She opened the door.  He waited."),
        Example.Keep("She opened the door."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var tokens = context.Manuscript.Tokens;
        var text = context.Text;
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            var before = tokens[t];
            var after = tokens[t + 1];
            if (!after.IsWord || !(before.IsWord || before.Kind == TokenKind.Punctuation && text[before.Start] is ',' or ';')) continue;
            int gap = after.Start - before.End;
            if (gap < 2) continue;
            bool spacesOnly = true;
            for (int i = before.End; i < after.Start && spacesOnly; i++) spacesOnly = text[i] == ' ';
            if (!spacesOnly) continue;
            var span = TextSpan.FromBounds(before.End, after.Start);
            sink.Report(Info, span, "More than one space between words.", Fix.Replace(span, " ", "Use one space"));
        }
    }
}
