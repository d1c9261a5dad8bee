using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Dialogue;

public sealed class UnclosedQuote : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL2004", "unclosed-quote", Category.Dialogue, Severity.Info,
        "An opening quotation mark that is never closed, or a closing one that was never opened.",
        Help: "Speech that runs over several paragraphs leaves each paragraph's closing quote off and opens the next paragraph " +
              "with a quote: that is the convention and is not flagged. Otherwise, speech opened in a paragraph is closed in it. " +
              "Text converted from other formats often loses quotes, so this is a hint, not a warning.",
        FixesAreSafe: false);

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\u201cWe should go, she said. The car was waiting.", null),
        Example.Flag("We should go,\u201d she said.", null),
        Example.Keep("\u201cThe first thing you learn is patience.\n\n\u201cThe second is silence,\u201d he said.", "speech over two paragraphs"),
        Example.Keep("\"We should go,\" she said.", "balanced"),
        Example.Keep("The boys' bikes stood by the Joneses' gate.", "apostrophes, not quotes"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        foreach (var q in m.Quotations)
        {
            if (q.IsClosed || !q.IsSpeech || context.ContinuesInNextParagraph(q)) continue;
            var open = m.Tokens[q.OpenToken];
            if (!CharClass.IsDoubleQuote(m.Text[open.Start])) continue;
            sink.Report(Info, open.Span, "This quotation mark opens speech that is never closed.");
        }
        foreach (int t in m.UnpairedQuotes)
        {
            var token = m.Tokens[t];
            if (!CharClass.IsDoubleQuote(m.Text[token.Start])) continue;
            sink.Report(Info, token.Span, "This closing quotation mark has no opening one.");
        }
    }
}
