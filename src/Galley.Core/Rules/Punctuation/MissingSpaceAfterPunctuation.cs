using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Punctuation;

public sealed class MissingSpaceAfterPunctuation : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL6104", "missing-space-after-punctuation", Category.Punctuation, Severity.Warning,
        "No space after a closing quote, a comma, semicolon or colon, or a sentence's end, before the next word.",
        Help: "`\"Hi.\"He left` reads `\"Hi.\" He left`; `yes,sir` reads `yes, sir`; `end.The` reads `end. The`. Numbers " +
              "(1,000, 10:30), web and e-mail addresses and abbreviations (e.g., U.S.) are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"Hi.\"He left without another word.", "\"Hi.\" He left without another word."),
        Example.Flag("I said yes,but I meant no.", "I said yes, but I meant no."),
        Example.Flag("It was over.The rain had stopped.", "It was over. The rain had stopped."),
        Example.Keep("It cost 1,000 dollars at 10:30, e.g. a fortune in the U.S. back then."),
        Example.Keep("See www.example.com or mail me at ana@example.org today."),
        Example.Keep("\"Hi,\" he said, and the \"old\" house creaked.", "quotes with their spaces"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        for (int t = 1; t + 1 < m.Tokens.Length; t++)
        {
            var token = m.Tokens[t];
            var next = m.Tokens[t + 1];
            if (!next.IsWord || next.Is(TokenFlags.SpaceBefore) || !NeedsSpaceAfter(m, t, next)) continue;
            if (m.ParagraphOf(t + 1) != m.ParagraphOf(t) || m.ParagraphOf(t - 1) != m.ParagraphOf(t)) continue;
            var at = new TextSpan(next.Start, 0);
            sink.Report(Info, TextSpan.FromBounds(token.Start, next.End), $"Add a space after \u201c{m.StringOf(token)}\u201d.",
                new Fix("Add a space", [new TextEdit(at, " ")]));
        }
    }

    private static bool NeedsSpaceAfter(Manuscript m, int t, Token next)
    {
        var token = m.Tokens[t];
        if (token.Kind == TokenKind.Quote)
            return token.Is(TokenFlags.Closing) && !token.Is(TokenFlags.SpaceBefore) && !CharClass.IsApostrophe(m.Text[token.Start]) && PunctuationInside(m, t);
        if (token.Kind != TokenKind.Punctuation || !m.Tokens[t - 1].IsWord) return false;
        char mark = m.Text[token.Start];
        if (mark is ',' or ';') return m.Tokens[t - 1].Length > 1 || next.Length > 1;
        if (mark is '.' or '!' or '?')
            return next.Is(TokenFlags.Capitalized) && next.Length > 1 && m.Tokens[t - 1].Length > 1 && !next.Is(TokenFlags.AllCaps);
        return false;
    }

    /// <summary>A closing quote after sentence punctuation ("Hi."He): a quote closed after a bare word may be a
    /// quoted part of a compound ("old"-fashioned).</summary>
    private static bool PunctuationInside(Manuscript m, int t) =>
        m.Tokens[t - 1].Kind is TokenKind.Punctuation or TokenKind.Ellipsis or TokenKind.Dash;
}
