using Galley.Checking;
using Galley.Document;

namespace Galley.Rules.Spelling;

/// <summary>Why a word is not a spelling error, checked in order: the dictionary (with possessives, contractions
/// and hyphenated parts), the manuscript's names, the writer's words, sounds, informal speech in dialogue,
/// drawn-out and stammered speech, acronyms.</summary>
internal static class WordAcceptance
{
    /// <summary>What follows the apostrophe of a contraction (don't, we've, let's, you're, I'll, he'd, I'm).</summary>
    internal static readonly string[] ContractionSuffixes = ["s", "ll", "d", "ve", "re", "m", "t"];

    public static bool IsAccepted(CheckContext context, ReadOnlySpan<char> written, in Token token)
    {
        if (written.Length <= 1 || token.Is(TokenFlags.HasDigit)) return true;
        if (written.Contains('.')) return true;   // initials and dotted abbreviations: a.m., m.p.h., P.M.
        Span<char> buffer = written.Length <= 128 ? stackalloc char[written.Length] : new char[written.Length];
        ReadOnlySpan<char> word = NormalizeApostrophes(written, buffer);
        if (IsKnown(context, word)) return true;
        if (word[0] == '\'' && IsKnown(context, word[1..])) return true;   // 'bout, 'round written with a known word
        if (IsIrregularVerbForm(word) || IsElidedPast(context, word)) return true;
        if (token.Is(TokenFlags.AllCaps) && word.Length <= 5) return true;   // an acronym: NYPD, ASAP
        if (token.Is(TokenFlags.Hyphenated) && (HyphenatedPartsKnown(context, word, token) || IsKnownClosedUp(context, word))) return true;
        if (HasForeignLetters(word)) return true;
        bool inSpeech = token.Is(TokenFlags.InSpeech);
        if (inSpeech && IsDrawnOut(context, word)) return true;
        if (IsSound(context, word)) return true;
        if (IsStretchedSound(context, word)) return true;
        return false;
    }

    /// <summary>A past tense with its e elided, as older verse writes it (lov'd, destin'd, call'd): the -ed form is known.</summary>
    private static bool IsElidedPast(CheckContext context, ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^2] != '\'' || word[^1] is not ('d' or 'D')) return false;
        var stem = word[..^2];
        return context.IsKnownWord([.. stem, 'e', 'd']) || context.IsKnownWord([.. stem, 'd']);
    }

    /// <summary>A past or participle the irregular-verb table lists (shorn, leant, dreamt, quitted) where the dictionary
    /// happens to lack it.</summary>
    private static bool IsIrregularVerbForm(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return Grammar.IrregularVerbs.Default.WithForm(lower.ToString()).Count > 0;
    }

    /// <summary>Known as written: dictionary, names, personal words, possessives and contractions of those.</summary>
    public static bool IsKnown(CheckContext context, ReadOnlySpan<char> word)
    {
        if (context.IsKnownWord(word) || context.Names.IsNamePlusS(word)) return true;
        int apostrophe = word.LastIndexOf('\'');
        if (apostrophe > 0)
        {
            var suffix = word[(apostrophe + 1)..];
            var stem = word[..apostrophe];
            if (suffix.IsEmpty) return word[^2] is 's' or 'S' ? context.IsKnownWord(stem) : context.IsKnownWord([.. stem, 'g']);   // boys', nothin'
            foreach (var s in ContractionSuffixes)
                if (suffix.Equals(s, StringComparison.OrdinalIgnoreCase)) return context.IsKnownWord(stem);
        }
        return false;
    }

    /// <summary>Informal spellings that belong in dialogue (gonna, y'know, 'cause).</summary>
    public static bool IsInformal(CheckContext context, ReadOnlySpan<char> word) =>
        context.Lexicon.Informal.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    public static bool IsSound(CheckContext context, ReadOnlySpan<char> word)
    {
        var sounds = context.Lexicon.Sounds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (sounds.Contains(word)) return true;
        Span<char> collapsed = stackalloc char[Math.Min(word.Length, 128)];
        int n = Collapse(word, collapsed, 2);
        if (sounds.Contains(collapsed[..n])) return true;   // hmmm, shhh, ahhh
        n = Collapse(word, collapsed, 1);
        return sounds.Contains(collapsed[..n]);
    }

    /// <summary>Writes the word (up to the output's length) in lowercase with straight apostrophes; returns its length.</summary>
    public static int LowerWithStraightApostrophes(ReadOnlySpan<char> word, Span<char> output)
    {
        int n = word[..Math.Min(word.Length, output.Length)].ToLowerInvariant(output);
        for (int i = 0; i < n; i++) if (output[i] is '\u2019' or '\u02BC') output[i] = '\'';
        return n;
    }

    private static ReadOnlySpan<char> NormalizeApostrophes(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IndexOfAny('\u2019', '\u02BC') < 0) return word;
        for (int i = 0; i < word.Length; i++) buffer[i] = word[i] is '\u2019' or '\u02BC' ? '\'' : word[i];
        return buffer[..word.Length];
    }

    /// <summary>well-known, half-asleep, and stammered speech (I-I, w-what).</summary>
    private static bool HyphenatedPartsKnown(CheckContext context, ReadOnlySpan<char> word, in Token token)
    {
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part.IsEmpty) return false;
            if (part.Length == 1 || IsKnown(context, part)) continue;
            if (token.Is(TokenFlags.InSpeech) && (IsInformal(context, part) || IsDrawnOut(context, part))) continue;
            return false;
        }
        return true;
    }

    /// <summary>teen-agers, to-day, any-thing: a compound hyphenated where the dictionary closes it up (older and
    /// house styles hyphenate more).</summary>
    private static bool IsKnownClosedUp(CheckContext context, ReadOnlySpan<char> word)
    {
        Span<char> joined = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        int n = 0;
        foreach (char c in word) if (c != '-') joined[n++] = c;
        return IsKnown(context, joined[..n]);
    }

    /// <summary>café, Touché, naïve, Mädchen, señor: a word written with letters English spelling does not use is a
    /// borrowed or foreign word the writer typed on purpose: a slip of the keyboard does not add an accent.</summary>
    internal static bool HasForeignLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (c > '\u007f' && char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>Speech drawn out for effect: "Nooo", "sooo", "pleeease" — three or more of a letter that, written
    /// once or twice, make a known word.</summary>
    private static bool IsDrawnOut(CheckContext context, ReadOnlySpan<char> word)
    {
        if (!HasRunOfThree(word)) return false;
        Span<char> collapsed = stackalloc char[Math.Min(word.Length, 128)];
        int n = Collapse(word, collapsed, 2);
        if (IsKnown(context, collapsed[..n]) || IsInformal(context, collapsed[..n])) return true;
        n = Collapse(word, collapsed, 1);
        return IsKnown(context, collapsed[..n]) || IsInformal(context, collapsed[..n]);
    }

    /// <summary>Letters a stretched sound has once its runs are cut to one (zoooop → zop, brrrr → br, whoooosh → whosh).</summary>
    private const int LongestStretchedSound = 6;

    /// <summary>Letters up to which a word with a letter written only three times is a stretched sound (ugggh → ugh,
    /// shhh → sh); a longer one (cherrrys) is more likely a key held a moment too long.</summary>
    private const int LongestSoundStretchedThrice = 4;

    /// <summary>A sound or cry stretched for effect (zoooop, brrrr, zzzz, ugggh): a letter written four times or more, or
    /// three times in a very short word, in a word that is no known word however its runs are cut. A known word under
    /// the runs (sufffocating) is a slip.</summary>
    private static bool IsStretchedSound(CheckContext context, ReadOnlySpan<char> word)
    {
        int run = LongestRun(word);
        if (run < 3) return false;
        Span<char> collapsed = stackalloc char[Math.Min(word.Length, 128)];
        int n = Collapse(word, collapsed, 1);
        if (n > (run >= 4 ? LongestStretchedSound : LongestSoundStretchedThrice)) return false;
        if (IsKnown(context, collapsed[..n]) || IsInformal(context, collapsed[..n])) return false;
        n = Collapse(word, collapsed, 2);
        return !IsKnown(context, collapsed[..n]) && !IsInformal(context, collapsed[..n]);
    }

    private static bool HasRunOfThree(ReadOnlySpan<char> word) => LongestRun(word) >= 3;

    /// <summary>The most times one letter is written in a row (case aside).</summary>
    private static int LongestRun(ReadOnlySpan<char> word)
    {
        int longest = 0, run = 0;
        for (int i = 0; i < word.Length; i++)
        {
            run = i > 0 && char.ToLowerInvariant(word[i]) == char.ToLowerInvariant(word[i - 1]) ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>Copies the word with every run of one letter cut to at most <paramref name="keep"/>.</summary>
    private static int Collapse(ReadOnlySpan<char> word, Span<char> output, int keep)
    {
        int n = 0, run = 0;
        for (int i = 0; i < word.Length && n < output.Length; i++)
        {
            run = i > 0 && char.ToLowerInvariant(word[i]) == char.ToLowerInvariant(word[i - 1]) ? run + 1 : 1;
            if (run <= keep) output[n++] = word[i];
        }
        return n;
    }
}
