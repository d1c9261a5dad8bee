using System.Text;
using Galley.Source;

namespace Galley.Evaluation;

/// <summary>One marked error of an annotated draft: where it is in the plain draft, what it should read, its category.</summary>
public sealed record AnnotatedEdit(int Start, int End, string Wrong, string Right, string Category, string Note, int Line)
{
    public GoldEdit<char> ToGold() =>
        new(new UnitEdit<char>(Start, End, Right.ToCharArray()), Category, $"{Line}: \u201c{Wrong}\u201d → \u201c{Right}\u201d [{Category}]{(Note.Length > 0 ? " " + Note : "")}");
}

/// <summary>The annotated-fiction format: a plain-text draft in which each error is marked where it stands as
/// <c>{wrong=&gt;right|category}</c> or <c>{wrong=&gt;right|category|note}</c>. Either side may be empty
/// (<c>{=&gt;,|dialogue}</c> inserts a comma, <c>{ the=&gt;|sentences}</c> deletes a doubled word). A mark stays on one
/// line; <c>{{</c> is a literal brace. Everything else is the draft as written, so unmarked text is text that must
/// not be flagged.</summary>
public sealed record AnnotatedText(string Plain, string Corrected, IReadOnlyList<AnnotatedEdit> Edits)
{
    public static AnnotatedText Parse(string text, string sourceName)
    {
        var plain = new StringBuilder(text.Length);
        var corrected = new StringBuilder(text.Length);
        var edits = new List<AnnotatedEdit>();
        int line = 1, lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') { line++; lineStart = i + 1; }
            if (c != '{') { plain.Append(c); corrected.Append(c); continue; }
            if (i + 1 < text.Length && text[i + 1] == '{') { plain.Append('{'); corrected.Append('{'); i++; continue; }

            string where = $"{sourceName}:{line}:{i - lineStart + 1}";
            int close = i + 1;
            while (close < text.Length && text[close] != '}' && text[close] != '\n') close++;
            if (close >= text.Length || text[close] != '}')
                throw new InputException($"{where}: mark opened with '{{' is not closed with '}}' on the same line.");
            string body = text[(i + 1)..close];
            int arrow = body.IndexOf("=>", StringComparison.Ordinal);
            if (arrow < 0) throw new InputException($"{where}: mark {{{body}}} has no '=>' between the wrong and the right text.");
            string wrong = body[..arrow];
            var parts = body[(arrow + 2)..].Split('|');
            if (parts.Length < 2 || parts.Length > 3)
                throw new InputException($"{where}: mark {{{body}}} must read {{wrong=>right|category}} or {{wrong=>right|category|note}}.");
            string right = parts[0];
            string category = EvalCategories.Parse(parts[1])
                ?? throw new InputException($"{where}: unknown category '{parts[1]}'; use one of {string.Join(", ", EvalCategories.All)}.");
            if (wrong == right) throw new InputException($"{where}: mark {{{body}}} changes nothing.");
            edits.Add(new AnnotatedEdit(plain.Length, plain.Length + wrong.Length, wrong, right, category, parts.Length == 3 ? parts[2].Trim() : "", line));
            plain.Append(wrong);
            corrected.Append(right);
            i = close;
        }
        return new AnnotatedText(plain.ToString(), corrected.ToString(), edits);
    }
}
