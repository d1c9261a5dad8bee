namespace Galley.Document;

/// <summary>Splits a paragraph into tokens with exact offsets. Words keep their inner apostrophes and hyphens
/// (don't, Clark's, y'all, well-known); quotes, dashes, ellipses, numbers, URLs and e-mail addresses
/// are tokens of their own kinds. White space is not a token; <see cref="TokenFlags.SpaceBefore"/> records it.</summary>
public static class Tokenizer
{
    public static void Tokenize(string text, int start, int end, List<Token> output)
    {
        int i = start;
        bool space = true;
        // Addresses are rare: one vectorized search spares every word the address scan.
        bool mayHaveEmail = text.AsSpan(start, end - start).Contains('@');
        while (i < end)
        {
            char c = text[i];
            if (CharClass.IsWhiteSpace(c)) { space = true; i++; continue; }
            var flags = space ? TokenFlags.SpaceBefore : TokenFlags.None;
            space = false;
            int length;
            TokenKind kind;
            if (c is 'h' or 'H' or 'w' or 'W' && (length = MatchUrl(text, i, end)) > 0) kind = TokenKind.Url;
            else if (mayHaveEmail && (length = MatchEmail(text, i, end)) > 0) kind = TokenKind.Email;
            else if (char.IsDigit(c)) (kind, length) = (TokenKind.Number, MatchNumber(text, i, end, ref flags));
            else if ((length = MatchDotted(text, i, end)) > 0) kind = TokenKind.Word;
            else if (CharClass.IsLetter(c)) (kind, length) = (TokenKind.Word, MatchWord(text, i, end, ref flags));
            else if (CharClass.IsApostrophe(c) && i + 1 < end && StartsElision(text, i + 1, end))
                (kind, length) = (TokenKind.Word, 1 + MatchWord(text, i + 1, end, ref flags));
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
                (kind, length) = (TokenKind.Ellipsis, RunOf(text, i, end, static ch => ch == '.'));
            else if (c == '\u2026') (kind, length) = (TokenKind.Ellipsis, 1);
            else if (c == '.' && (length = MatchSpacedEllipsis(text, i, end)) > 0) kind = TokenKind.Ellipsis;
            else if (CharClass.IsDash(c)) (kind, length) = (TokenKind.Dash, RunOf(text, i, end, CharClass.IsDash));
            else if (CharClass.IsHyphen(c)) (kind, length) = (TokenKind.Dash, RunOf(text, i, end, CharClass.IsHyphen));
            else if (CharClass.IsQuote(c)) (kind, length) = (TokenKind.Quote, 1);
            else if (c is '(' or ')' or '[' or ']' or '{' or '}') (kind, length) = (TokenKind.Bracket, 1);
            else if (c is '!' or '?' or '\u203D') (kind, length) = (TokenKind.Punctuation, RunOf(text, i, end, static ch => ch is '!' or '?' or '\u203D'));
            else if (c is '.' or ',' or ';' or ':') (kind, length) = (TokenKind.Punctuation, 1);
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1])) (kind, length) = (TokenKind.Symbol, 2);
            else (kind, length) = (TokenKind.Symbol, 1);
            output.Add(new Token(i, length, kind, flags));
            i += length;
        }
    }

    /// <summary>Dots each followed by one space and another dot, three or four of them (. . . and . . . .): the spaced
    /// ellipsis of older and typeset books, one mark, not full stops with spaces before them.</summary>
    private static int MatchSpacedEllipsis(string text, int i, int end)
    {
        int dots = 1, j = i + 1;
        while (dots < 4 && j + 1 < end && text[j] == ' ' && text[j + 1] == '.') { dots++; j += 2; }
        return dots >= 3 ? j - i : 0;
    }

    private static int RunOf(string text, int i, int end, Func<char, bool> predicate)
    {
        int j = i;
        while (j < end && predicate(text[j])) j++;
        return j - i;
    }

    private static bool StartsElision(string text, int i, int end)
    {
        int j = i;
        while (j < end && (CharClass.IsLetter(text[j]) || char.IsDigit(text[j]))) j++;
        if (j == i) return false;
        return Elisions.StartsElidedWord(text.AsSpan(i, j - i));
    }

    /// <summary>Letters with inner apostrophes and hyphens; a trailing apostrophe for dropped g's (nothin')
    /// and plural possessives (the boys') when no letter follows.</summary>
    private static int MatchWord(string text, int i, int end, ref TokenFlags flags)
    {
        int j = i;
        int upper = 0, letters = 0;
        while (j < end)
        {
            char c = text[j];
            if (CharClass.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
                j++;
            }
            else if (char.IsDigit(c)) { flags |= TokenFlags.HasDigit; j++; }
            else if (CharClass.IsApostrophe(c) && j + 1 < end && CharClass.IsLetter(text[j + 1])) { flags |= TokenFlags.HasApostrophe; j++; }
            else if (CharClass.IsHyphen(c) && j + 1 < end && CharClass.IsLetter(text[j + 1]) && j > i) { flags |= TokenFlags.Hyphenated; j++; }
            else break;
        }
        if (j < end && CharClass.IsApostrophe(text[j]) && (j + 1 >= end || !CharClass.IsLetter(text[j + 1])))
        {
            var word = text.AsSpan(i, j - i);
            if (word.EndsWith("in", StringComparison.Ordinal) && word.Length > 3 || word is "n" || word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && word.Length > 1)
            {
                flags |= TokenFlags.HasApostrophe;
                j++;
            }
        }
        if (CharClass.IsLetter(text[i]) && char.IsUpper(text[i])) flags |= TokenFlags.Capitalized;
        if (upper >= 2 && upper == letters) flags |= TokenFlags.AllCaps;
        return j - i;
    }

    /// <summary>Single letters each followed by a period: a.m., U.S., e.g. (two or more).</summary>
    private static int MatchDotted(string text, int i, int end)
    {
        int j = i, groups = 0;
        while (j + 1 < end && CharClass.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !CharClass.IsLetter(text[j + 2]) || (j + 3 < end && text[j + 3] == '.')))
        {
            groups++;
            j += 2;
        }
        if (groups < 2 || (j < end && CharClass.IsLetter(text[j]))) return 0;
        return j - i;
    }

    /// <summary>1,000 · 3.14 · 10:30 · 1st · 1990s · 5'11</summary>
    private static int MatchNumber(string text, int i, int end, ref TokenFlags flags)
    {
        flags |= TokenFlags.HasDigit;
        int j = i;
        while (j < end)
        {
            char c = text[j];
            if (char.IsDigit(c)) j++;
            else if (c is ',' or '.' or ':' && j + 1 < end && char.IsDigit(text[j + 1])) j++;
            else break;
        }
        int letters = 0;
        while (j + letters < end && char.IsAsciiLetter(text[j + letters])) letters++;
        if (letters is > 0 and <= 2) j += letters;   // 1st, 2nd, 1990s, 5am
        return j - i;
    }

    private static int MatchUrl(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            return 0;
        int j = 0;
        while (j < rest.Length && !CharClass.IsWhiteSpace(rest[j]) && !CharClass.IsDoubleQuote(rest[j]) && rest[j] is not ('<' or '>')) j++;
        while (j > 0 && rest[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'') j--;   // trailing sentence punctuation
        return j;
    }

    private static int MatchEmail(string text, int i, int end)
    {
        int j = i;
        while (j < end && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '_' or '-' or '+')) j++;
        if (j == i || j >= end || text[j] != '@') return 0;
        int at = j++;
        int dots = 0;
        while (j < end && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '-'))
        {
            if (text[j] == '.') dots++;
            j++;
        }
        while (j > at && text[j - 1] == '.') { j--; dots--; }
        return dots > 0 && j > at + 3 ? j - i : 0;
    }
}
