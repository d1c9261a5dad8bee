using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Punctuation;

public sealed class SpaceBeforePunctuation : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL6103", "space-before-punctuation", Category.Punctuation, Severity.Warning,
        "A space before a comma, full stop, semicolon, colon, question or exclamation mark.",
        Help: "In English these marks sit right after the word: `word, next`, not `word , next`. A writer who spaces question and " +
              "exclamation marks, semicolons and colons throughout (the French style) is left alone; a space before a comma or full " +
              "stop is always a slip.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I waited , but nobody came.", "I waited, but nobody came."),
        Example.Flag("It was late . We went home.", "It was late. We went home."),
        Example.Flag("\"Are you sure ?\" she asked.", "\"Are you sure?\" she asked."),
        Example.Keep("He loaded the .45 and waited.", "a number"),
        Example.Keep("I waited... and waited.", "an ellipsis"),
        Example.Keep("She hesitated . . . then knocked twice . . . .", "a spaced ellipsis, one mark"),
        Example.Keep("Vraiment ? Oui ! Bien sûr ; je sais ! Tu viens ?", "spaced throughout: a chosen style"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        bool spacedStyle = context.Document?.SpacedHighMarks ?? IsSpacedStyle(CountHighMarks(m));
        for (int t = 1; t < m.Tokens.Length; t++)
        {
            var token = m.Tokens[t];
            if (token.Kind != TokenKind.Punctuation || !token.Is(TokenFlags.SpaceBefore)) continue;
            var previous = m.Tokens[t - 1];
            if (previous.Kind is not (TokenKind.Word or TokenKind.Number) || m.ParagraphOf(t - 1) != m.ParagraphOf(t)) continue;
            char mark = m.Text[token.Start];
            if (mark is not ('.' or ',') && spacedStyle) continue;
            if (mark == '.' && t + 1 < m.Tokens.Length && m.Tokens[t + 1].Kind == TokenKind.Number && !m.Tokens[t + 1].Is(TokenFlags.SpaceBefore)) continue;
            var gap = TextSpan.FromBounds(previous.End, token.Start);
            if (m.Text.AsSpan(gap.Start, gap.Length).IndexOfAny('\n', '\r') >= 0) continue;
            sink.Report(Info, TextSpan.FromBounds(previous.Start, token.End), $"No space before \u201c{m.StringOf(token)}\u201d.",
                Fix.Replace(TextSpan.FromBounds(previous.Start, token.End), m.StringOf(previous) + m.StringOf(token)));
        }
    }

    /// <summary>Most ? ! ; : marks after a word have a space before them: the writer's style.</summary>
    internal static bool IsSpacedStyle(HighMarks marks) => marks.Spaced >= 3 && marks.Spaced * 2 >= marks.Total;

    /// <summary>The ? ! ; : marks straight after a word of the same paragraph, and how many of them have a space
    /// before them; a manuscript's count is the sum of its paragraphs'.</summary>
    internal static HighMarks CountHighMarks(Manuscript m)
    {
        int spaced = 0, total = 0;
        for (int t = 1; t < m.Tokens.Length; t++)
        {
            var token = m.Tokens[t];
            if (token.Kind != TokenKind.Punctuation || m.Text[token.Start] is '.' or ',' || !m.Tokens[t - 1].IsWord) continue;
            if (m.ParagraphOf(t).FirstToken == t) continue;
            total++;
            if (token.Is(TokenFlags.SpaceBefore)) spaced++;
        }
        return new HighMarks(spaced, total);
    }
}

/// <summary>Question and exclamation marks, semicolons and colons after a word: all of them, and those spaced.</summary>
internal readonly record struct HighMarks(int Spaced, int Total)
{
    public static HighMarks operator +(HighMarks a, HighMarks b) => new(a.Spaced + b.Spaced, a.Total + b.Total);
}
