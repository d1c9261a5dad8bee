using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Sentences;

public sealed class MissingSpaceAfterPunctuation : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL6002", "missing-space-after-punctuation", Category.Sentences, Severity.Warning,
        "No space after a full stop, question mark, exclamation mark, comma or semicolon (end.Next).",
        Help: "`He left.She stayed` needs a space: `He left. She stayed`. After a full stop the next word must be capitalized " +
              "and longer than a letter, so initials, abbreviations (`Ph.D`), numbers and names like `ASP.NET` are left alone. " +
              "Spacing around quotes, ellipses and dashes is checked by the dialogue rules.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("He closed the door.Then he sat down.", "He closed the door. Then he sat down."),
        Example.Flag("Where were you?I waited all night.", "Where were you? I waited all night."),
        Example.Flag("She bought bread,milk and eggs.", "She bought bread, milk and eggs."),
        Example.Keep("He earned a Ph.D in chemistry."),
        Example.Keep("It cost 3.50 dollars, or 1,000 yen."),
        Example.Keep("She wrote it in ASP.NET last year."),
        Example.Keep("He closed the door. Then he sat down."),
    ];

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var tokens = context.Manuscript.Tokens;
        var text = context.Text;
        for (int p = 1; p + 1 < tokens.Length; p++)
        {
            var mark = tokens[p];
            if (mark.Kind != TokenKind.Punctuation || mark.Is(TokenFlags.SpaceBefore)) continue;
            var before = tokens[p - 1];
            var after = tokens[p + 1];
            if (!before.IsWord || !after.IsWord || after.Is(TokenFlags.SpaceBefore) || after.Start != mark.End) continue;
            char c = text[mark.Start];
            bool ends = c is '.' or '?' or '!';
            if (!ends && c is not (',' or ';')) continue;
            if (before.Is(TokenFlags.AllCaps) && after.Is(TokenFlags.AllCaps)) continue;   // ASP.NET, U.S.A
            if (c == '.' && (!after.Is(TokenFlags.Capitalized) || after.Length < 2 || before.Length < 2 || HasInnerCapital(text, after))) continue;
            sink.Report(Info, new TextSpan(mark.Start, mark.Length), $"Add a space after \u201c{text.Substring(mark.Start, mark.Length)}\u201d.",
                Fix.Replace(new TextSpan(mark.End, 0), " ", "Insert a space"));
        }
    }

    /// <summary>Code and product names (Console.WriteLine, iPhone.App) have a capital inside the word.</summary>
    private static bool HasInnerCapital(string text, Token word)
    {
        for (int i = word.Start + 1; i < word.End; i++) if (char.IsUpper(text[i])) return true;
        return false;
    }
}
