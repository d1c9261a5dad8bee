using Galley.Source;

namespace Galley.Formats.Html;

/// <summary>The HTML parser spends time in proportion to the depth of open elements for each new block element, so a
/// document nested tens of thousands deep takes minutes. No manuscript nests anywhere near <see cref="MaxDepth"/>;
/// one that does is refused before parsing. One linear pass over the markup; elements that need no end tag
/// (void elements, and those whose end tag may be left out) are not counted, so sloppy but ordinary HTML passes.</summary>
internal static class NestingGuard
{
    public const int MaxDepth = 2_000;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        // end tag optional
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rt", "rp", "colgroup",
        "html", "head", "body",
    };

    public static void Check(string markup, string path)
    {
        int depth = 0;
        var span = markup.AsSpan();
        for (int i = span.IndexOf('<'); i >= 0 && i + 1 < span.Length; )
        {
            bool closing = span[i + 1] == '/';
            int nameStart = i + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < span.Length && char.IsAsciiLetterOrDigit(span[nameEnd])) nameEnd++;
            int tagEnd = span[nameEnd..].IndexOf('>');
            if (nameEnd > nameStart && char.IsAsciiLetter(span[nameStart]) && !NotCounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span[nameStart..nameEnd]))
            {
                bool selfClosing = tagEnd > 0 && span[nameEnd + tagEnd - 1] == '/';
                if (closing) depth = Math.Max(0, depth - 1);
                else if (!selfClosing && ++depth > MaxDepth)
                    throw new InputException($"{path}: elements are nested more than {MaxDepth:N0} deep; no manuscript is, so Galley does not read it.");
            }
            int next = span[(i + 1)..].IndexOf('<');
            i = next < 0 ? -1 : i + 1 + next;
        }
    }
}
