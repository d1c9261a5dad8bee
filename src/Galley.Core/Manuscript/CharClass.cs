using System.Globalization;

namespace Galley.Document;

internal static class CharClass
{
    /// <summary>A letter or a combining mark (ASCII, the common case, answered without the Unicode tables).</summary>
    public static bool IsLetter(char c) => c < '\u0080'
        ? char.IsAsciiLetter(c)
        : char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E' or '\u201F';

    public static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    public static bool IsQuote(char c) => IsDoubleQuote(c) || IsSingleQuote(c);

    public static bool IsDash(char c) => c is '\u2013' or '\u2014' or '\u2015' or '\u2012';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u203D' or '\u2026';

    public static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
