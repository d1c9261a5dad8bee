using System.Text;

namespace Galley.Server;

/// <summary>A simple treatment of Markdown for checking: its markup is blanked with spaces (line breaks kept), so the
/// prose keeps its offsets and positions and diagnostics map straight back. Blanked: front matter, fenced and indented
/// code, inline code, HTML tags, link and image targets, emphasis marks, list and quote markers. Headings keep their #,
/// which makes them headings for Galley too.</summary>
public static class MarkdownMask
{
    public static bool IsMarkdown(string? languageId, string uri) =>
        languageId is "markdown" or "md" || uri.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || uri.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    public static string Mask(string text)
    {
        var chars = text.ToCharArray();
        int lineStart = 0, lineNumber = 0;
        bool inFence = false, inFrontMatter = false;
        string fence = "";
        while (lineStart <= chars.Length)
        {
            int lineEnd = lineStart;
            while (lineEnd < chars.Length && chars[lineEnd] is not ('\n' or '\r')) lineEnd++;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.TrimStart();
            if (lineNumber == 0 && line.TrimEnd().SequenceEqual("---")) { inFrontMatter = true; Blank(chars, lineStart, lineEnd); }
            else if (inFrontMatter)
            {
                if (line.TrimEnd() is "---" or "...") inFrontMatter = false;
                Blank(chars, lineStart, lineEnd);
            }
            else if (inFence)
            {
                if (trimmed.StartsWith(fence)) inFence = false;
                Blank(chars, lineStart, lineEnd);
            }
            else if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                inFence = true;
                fence = trimmed[..3].ToString();
                Blank(chars, lineStart, lineEnd);
            }
            else if (line.StartsWith("    ") || line.StartsWith("\t")) Blank(chars, lineStart, lineEnd);   // indented code
            else MaskInline(chars, lineStart, lineEnd);
            lineNumber++;
            if (lineEnd >= chars.Length) break;
            lineStart = lineEnd + (chars[lineEnd] == '\r' && lineEnd + 1 < chars.Length && chars[lineEnd + 1] == '\n' ? 2 : 1);
        }
        return new string(chars);
    }

    private static void MaskInline(char[] c, int start, int end)
    {
        int i = start;
        while (i < end && c[i] == ' ') i++;
        // Block quote and list markers: "> ", "- ", "* ", "+ ", "1. " (a "* * *" scene break is left alone).
        while (i < end && c[i] == '>') { c[i++] = ' '; if (i < end && c[i] == ' ') i++; }
        if (i + 1 < end && c[i] is '-' or '*' or '+' && c[i + 1] == ' ' && !IsBreakLine(c, i, end)) c[i] = ' ';
        int digits = i;
        while (digits < end && char.IsAsciiDigit(c[digits])) digits++;
        if (digits > i && digits + 1 < end && c[digits] is '.' or ')' && c[digits + 1] == ' ') Blank(c, i, digits + 1);
        for (int j = i; j < end; j++)
        {
            switch (c[j])
            {
                case '`':
                    int close = Array.IndexOf(c, '`', j + 1, end - j - 1);
                    if (close < 0) { c[j] = ' '; break; }
                    Blank(c, j, close + 1);
                    j = close;
                    break;
                case '<':
                    int tagEnd = Array.IndexOf(c, '>', j + 1, end - j - 1);
                    if (tagEnd > j + 1 && (char.IsAsciiLetter(c[j + 1]) || c[j + 1] is '/' or '!')) { Blank(c, j, tagEnd + 1); j = tagEnd; }
                    break;
                case ']' when j + 1 < end && c[j + 1] == '(':
                    int paren = Array.IndexOf(c, ')', j + 2, end - j - 2);
                    c[j] = ' ';
                    if (paren > 0) { Blank(c, j + 1, paren + 1); j = paren; }
                    break;
                case '[':
                    c[j] = ' ';
                    if (j > start && c[j - 1] == '!') c[j - 1] = ' ';
                    break;
                case '*' or '_' when IsEmphasis(c, j, start, end):
                    c[j] = ' ';
                    break;
            }
        }
    }

    /// <summary>An emphasis mark touches a word on one side (*so*, __this__) and is not inside a word (snake_case).</summary>
    private static bool IsEmphasis(char[] c, int j, int start, int end)
    {
        bool before = j > start && !char.IsWhiteSpace(c[j - 1]);
        bool after = j + 1 < end && !char.IsWhiteSpace(c[j + 1]);
        if (c[j] == '_' && before && after && char.IsLetterOrDigit(c[j - 1]) && char.IsLetterOrDigit(c[j + 1])) return false;
        return before != after || (before && (c[j - 1] is '*' or '_' || c[j + 1] is '*' or '_'));
    }

    private static bool IsBreakLine(char[] c, int start, int end)
    {
        for (int i = start; i < end; i++) if (c[i] is not ('*' or '-' or ' ' or '_')) return false;
        return true;
    }

    private static void Blank(char[] c, int start, int end)
    {
        for (int i = start; i < end; i++) if (c[i] is not ('\n' or '\r')) c[i] = ' ';
    }
}
