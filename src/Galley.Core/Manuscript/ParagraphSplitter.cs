using Galley.Text;

namespace Galley.Document;

/// <summary>Finds paragraphs. Blank lines always separate paragraphs; a single line break does too, unless the text
/// is hard-wrapped (most lines of similar, moderate length, as in Project Gutenberg files), where it is only a space.
/// Verse quoted in prose (a stanza of short lines, each opening with a capital) is a paragraph of its own kind.</summary>
internal static class ParagraphSplitter
{
    public static List<Paragraph> Split(string text)
    {
        var lines = ReadLines(text);
        bool wrapped = IsHardWrapped(lines, text);
        var verse = VerseLines(lines, text, wrapped);
        var paragraphs = new List<Paragraph>();
        int blockStart = -1, blockEnd = -1;
        bool previousBlank = true;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (verse[i])
            {
                // a stanza is one paragraph, wrapped text or not, and ends where the verse does
                if (i == 0 || !verse[i - 1]) Flush();
                if (blockStart < 0) blockStart = line.Start;
                blockEnd = line.End;
                previousBlank = false;
                if (i + 1 == lines.Count || !verse[i + 1]) Flush();
                continue;
            }
            bool blank = IsBlank(text, line);
            bool alone = !wrapped || (previousBlank && StandsAlone(text, line));
            previousBlank = blank;
            if (blank || alone)
            {
                Flush();
                if (!blank)
                {
                    blockStart = line.Start;
                    blockEnd = line.End;
                    Flush();
                }
                continue;
            }
            if (blockStart < 0) blockStart = line.Start;
            blockEnd = line.End;
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (blockStart < 0) return;
            var span = Trim(text, TextSpan.FromBounds(blockStart, blockEnd));
            if (span.Length > 0) paragraphs.Add(new Paragraph(paragraphs.Count, span, Classify(text, span)));
            blockStart = blockEnd = -1;
        }
    }

    /// <summary>The longest line that may be a line of verse, and the fewest lines that make a stanza of their own in
    /// text with a paragraph to a line (where short lines are common); in wrapped text a block of two will do.</summary>
    private const int VerseLineLength = 50, MinStanza = 3;

    /// <summary>In text with a paragraph to a line, which lines make stanzas of verse quoted in prose (a run of at least
    /// <see cref="MinStanza"/> lines that <see cref="IsStanza"/> accepts, set off by blank lines). Wrapped text needs none: its blocks are
    /// paragraphs already, and <see cref="Classify"/> tells a stanza.</summary>
    private static bool[] VerseLines(List<TextSpan> lines, string text, bool wrapped)
    {
        var verse = new bool[lines.Count];
        if (wrapped) return verse;
        for (int start = 0; start < lines.Count;)
        {
            int end = start;
            while (end < lines.Count && IsVerseLine(text, Trim(text, lines[end])) && Classify(text, Trim(text, lines[end])) == ParagraphKind.Prose) end++;   // not a heading
            bool setOff = (start == 0 || IsBlank(text, lines[start - 1])) && (end == lines.Count || IsBlank(text, lines[end]));
            if (end - start >= MinStanza && setOff && !MostLinesEndSentences(text, lines, start, end - 1))
                for (int i = start; i < end; i++) verse[i] = true;
            start = end == start ? start + 1 : end;
        }
        return verse;
    }

    /// <summary>Verse quoted in prose: two lines or more, each short and opening with a capital after any indent or
    /// quote, and no more than half of those before the last ending a sentence (lines of prose and dialogue do: He
    /// left. / "Yes."), as in: My heart is like a bird, / That sings upon the bough.</summary>
    private static bool IsStanza(string text, TextSpan span)
    {
        int firstBreak = text.AsSpan(span.Start, span.Length).IndexOfAny('\n', '\r');
        if (firstBreak < 0 || firstBreak > VerseLineLength + 16) return false;   // one line, or a long first line: cheap to rule out
        var lines = new List<TextSpan>();
        int start = span.Start;
        for (int i = span.Start; i <= span.End; i++)
        {
            if (i < span.End && text[i] is not ('\n' or '\r')) continue;
            var line = Trim(text, TextSpan.FromBounds(start, i));
            if (line.Length > 0)
            {
                if (!IsVerseLine(text, line)) return false;
                lines.Add(line);
            }
            start = i + 1;
        }
        return lines.Count >= 2 && !MostLinesEndSentences(text, lines, 0, lines.Count - 1);
    }

    /// <summary>A short line that opens with a capital and has no sentence ending inside it (Then she stopped. It was).</summary>
    private static bool IsVerseLine(string text, TextSpan line)
    {
        if (line.Length is 0 or > VerseLineLength) return false;
        int i = line.Start;
        for (; i < line.End; i++)
        {
            char c = text[i];
            if (CharClass.IsLetter(c)) break;
            if (!(CharClass.IsQuote(c) || CharClass.IsApostrophe(c) || c is '(' or '[' or '_' or '*')) return false;
        }
        if (i == line.End || !char.IsUpper(text[i])) return false;
        for (; i + 2 < line.End; i++)
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && !CharClass.IsWhiteSpace(text[i + 2])) return false;
        return true;
    }

    /// <summary>More than half the lines before the last of lines[first..last] end with . ! ? (or one and a closing quote).</summary>
    private static bool MostLinesEndSentences(string text, List<TextSpan> lines, int first, int last)
    {
        int ending = 0;
        for (int i = first; i < last; i++)
        {
            var line = Trim(text, lines[i]);
            int e = line.End;
            while (e > line.Start && (CharClass.IsQuote(text[e - 1]) || text[e - 1] is ')' or '_' or '*')) e--;
            if (e > line.Start && text[e - 1] is '.' or '!' or '?' or '\u2026') ending++;
        }
        return ending * 2 > last - first;
    }

    private static List<TextSpan> ReadLines(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                lines.Add(TextSpan.FromBounds(start, i));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.Length) lines.Add(TextSpan.FromBounds(start, text.Length));
        return lines;
    }

    private static bool IsBlank(string text, TextSpan line)
    {
        for (int i = line.Start; i < line.End; i++) if (!CharClass.IsWhiteSpace(text[i])) return false;
        return true;
    }

    /// <summary>Hard-wrapped: the long lines cluster under a width (about 60–80 columns) and none is much longer.</summary>
    private static bool IsHardWrapped(List<TextSpan> lines, string text)
    {
        int nonBlank = 0, moderate = 0, longest = 0, followedByText = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsBlank(text, line)) continue;
            nonBlank++;
            longest = Math.Max(longest, line.Length);
            if (line.Length is >= 45 and <= 100) moderate++;
            if (i + 1 < lines.Count && !IsBlank(text, lines[i + 1])) followedByText++;
        }
        return nonBlank >= 4 && longest <= 120 && moderate * 2 >= nonBlank && followedByText * 2 >= nonBlank;
    }

    /// <summary>A heading or scene break keeps its own paragraph even in wrapped text.</summary>
    private static bool StandsAlone(string text, TextSpan line) => Classify(text, Trim(text, line)) != ParagraphKind.Prose;

    private static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && CharClass.IsWhiteSpace(text[s])) s++;
        while (e > s && CharClass.IsWhiteSpace(text[e - 1])) e--;
        return TextSpan.FromBounds(s, e);
    }

    private static readonly string[] HeadingWords =
        ["chapter", "part", "book", "prologue", "epilogue", "interlude", "act", "scene", "volume", "section", "afterword", "foreword", "preface", "author's note", "a/n", "an:", "disclaimer"];

    internal static ParagraphKind Classify(string text, TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length);
        if (s.Length == 0) return ParagraphKind.Prose;
        if (IsStanza(text, span)) return ParagraphKind.Verse;
        // Past 80 characters only a '#' line with a letter is not prose; deciding that without counting every letter
        // keeps re-splitting a whole novel after each keystroke cheap.
        if (s.Length > 80) return s[0] == '#' && HasLetter(s) ? ParagraphKind.Heading : ParagraphKind.Prose;
        int letters = 0, words = 1;
        foreach (char c in s)
        {
            if (CharClass.IsLetter(c)) letters++;
            else if (c == ' ') words++;
        }
        if (letters == 0) return s.Length <= 80 && !HasDigit(s) ? ParagraphKind.SceneBreak : ParagraphKind.Prose;
        if (s.Length <= 40 && IsSeparatorPattern(s)) return ParagraphKind.SceneBreak;
        if (s[0] == '#' ) return ParagraphKind.Heading;
        if (s.Length > 60 || words > 8) return ParagraphKind.Prose;
        char last = s[^1];
        if (CharClass.IsQuote(last) || last is '.' or '!' or '?' or ',' or ';' or '\u2026' || CharClass.IsQuote(s[0])) return ParagraphKind.Prose;
        foreach (var word in HeadingWords)
            if (s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (s.Length == word.Length || !CharClass.IsLetter(s[word.Length])))
                return ParagraphKind.Heading;
        if (s.Contains("POV", StringComparison.Ordinal) || s.Contains("P.O.V", StringComparison.Ordinal)) return ParagraphKind.Heading;
        if (last == ':' && words <= 4) return ParagraphKind.Heading;
        if (IsTitleCase(s)) return ParagraphKind.Heading;
        return ParagraphKind.Prose;
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (CharClass.IsLetter(c)) return true;
        return false;
    }

    private static bool HasDigit(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>"oOoOo", "-x-x-x-", "xXx": letters only from x and o, mixed with marks or alternating case.</summary>
    private static bool IsSeparatorPattern(ReadOnlySpan<char> s)
    {
        int marks = 0;
        foreach (char c in s)
        {
            if (c is 'x' or 'X' or 'o' or 'O' or '0') continue;
            if (CharClass.IsLetter(c) || char.IsDigit(c)) return false;
            if (!CharClass.IsWhiteSpace(c)) marks++;
        }
        return s.Length >= 3 && (marks > 0 || s.ContainsAny('x', 'o') && s.ContainsAny('X', 'O'));
    }

    /// <summary>Every word of four or more letters capitalized, or the whole line in capitals: a title.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> s)
    {
        bool anyLower = false, allLongWordsCapitalized = true;
        int longWords = 0, i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && !CharClass.IsLetter(s[i])) i++;
            int start = i;
            while (i < s.Length && CharClass.IsLetter(s[i])) { if (char.IsLower(s[i])) anyLower = true; i++; }
            if (i - start < 4) continue;
            longWords++;
            if (!char.IsUpper(s[start])) allLongWordsCapitalized = false;
        }
        return !anyLower || (longWords > 0 && allLongWordsCapitalized && char.IsUpper(s[0]));
    }
}
