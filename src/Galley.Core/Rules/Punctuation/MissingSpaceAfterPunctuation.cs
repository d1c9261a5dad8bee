using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

using Galley.Rules.Spelling;

namespace Galley.Rules.Punctuation;

public sealed class MissingSpaceAfterPunctuation : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL6104", "missing-space-after-punctuation", Category.Punctuation, Severity.Warning,
        "No space after a closing quote, a comma, semicolon or colon, or a sentence's end, before the next word.",
        Help: "`\"Hi.\"He left` reads `\"Hi.\" He left`; `yes,sir` reads `yes, sir`; `end.The` reads `end. The`. Numbers " +
              "(1,000, 10:30), web and e-mail addresses and abbreviations (e.g., U.S.) are left alone. A semicolon or an accent (´, `) typed for the apostrophe of a " +
              "contraction (`don;t`, `it´s`) gets the apostrophe.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"Hi.\"He left without another word.", "\"Hi.\" He left without another word."),
        Example.Flag("I said yes,but I meant no.", "I said yes, but I meant no."),
        Example.Flag("It was over.The rain had stopped.", "It was over. The rain had stopped."),
        Example.Flag("The kettle boiled.A thin steam rose.", "The kettle boiled. A thin steam rose.", "a one-letter word opens the next sentence"),
        Example.Flag("I don;t know where she went.", "I don't know where she went.", "a semicolon typed for an apostrophe"),
        Example.Flag("You don\u00B4t need a ticket.", "You don't need a ticket.", "an accent typed for an apostrophe"),
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
            if (!next.IsWord || next.Is(TokenFlags.SpaceBefore)) continue;
            if (m.ParagraphOf(t + 1) != m.ParagraphOf(t) || m.ParagraphOf(t - 1) != m.ParagraphOf(t)) continue;
            if (MarkForApostrophe(context, t) is { } contraction)
            {
                string mark = m.Text[token.Start] == ';' ? "A semicolon" : "An accent";
                sink.Report(Info, TextSpan.FromBounds(m.Tokens[t - 1].Start, next.End), $"{mark} typed for an apostrophe: \u201c{contraction}\u201d.",
                    Fix.Replace(TextSpan.FromBounds(m.Tokens[t - 1].Start, next.End), contraction));
                continue;
            }
            if (!NeedsSpaceAfter(m, t, next)) continue;
            var at = new TextSpan(next.Start, 0);
            sink.Report(Info, TextSpan.FromBounds(token.Start, next.End), $"Add a space after \u201c{m.StringOf(token)}\u201d.",
                new Fix("Add a space", [new TextEdit(at, " ")]));
        }
    }


    /// <summary>"don;t", "don´t": the key beside the apostrophe, or an accent (´ or `) typed for it, between a word and
    /// the ending of a known contraction. The contraction with an apostrophe in the writer's style, or null.</summary>
    private static string? MarkForApostrophe(CheckContext context, int t)
    {
        var m = context.Manuscript;
        var token = m.Tokens[t];
        if (token.Length != 1 || m.Text[token.Start] is not (';' or '\u00B4' or '`') || !m.Tokens[t - 1].IsWord || token.Is(TokenFlags.SpaceBefore)
            || !WordAcceptance.ContractionSuffixes.Contains(m.StringOf(m.Tokens[t + 1]), StringComparer.OrdinalIgnoreCase)) return null;
        var joined = m.StringOf(m.Tokens[t - 1]) + "'" + m.StringOf(m.Tokens[t + 1]);
        if (!context.IsKnownWord(joined.ToLowerInvariant())) return null;
        return context.UsesCurlyApostrophes ? joined.Replace('\'', '\u2019') : joined;
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
            return next.Is(TokenFlags.Capitalized) && m.Tokens[t - 1].Length > 1 && !next.Is(TokenFlags.AllCaps)
                && (next.Length > 1 || IsOneLetterWordStarting(m, t + 1));
        return false;
    }

    /// <summary>"stove.A thin ribbon": the one-letter words A and I opening a sentence, with a word after them.</summary>
    private static bool IsOneLetterWordStarting(Manuscript m, int t) =>
        m.Text[m.Tokens[t].Start] is 'A' or 'I' && t + 1 < m.Tokens.Length && m.Tokens[t + 1].IsWord && m.Tokens[t + 1].Is(TokenFlags.SpaceBefore);

    /// <summary>A closing quote after sentence punctuation ("Hi."He): a quote closed after a bare word may be a
    /// quoted part of a compound ("old"-fashioned).</summary>
    private static bool PunctuationInside(Manuscript m, int t) =>
        m.Tokens[t - 1].Kind is TokenKind.Punctuation or TokenKind.Ellipsis or TokenKind.Dash;
}
