using Galley.Document;
using Galley.Lexicon;
using Galley.Text;

namespace Galley.Checking;

/// <summary>Which dialect a manuscript spells in, from its distinctive spellings (<see cref="DialectSpelling"/>):
/// how many different American and British spellings it uses. Kept as counts of each spelling, so a manuscript's
/// evidence is the sum of its paragraphs' and an edit takes away and adds its paragraphs' parts.</summary>
public sealed class DialectEvidence
{
    /// <summary>Different spellings of one dialect a manuscript must use before Galley believes it is written in that
    /// dialect: one or two may be a writer's habit (a favourite "honour") rather than a dialect. American fiction
    /// (the Brown corpus's tuning half, stories of 2,000 words) uses at most one British spelling a story.</summary>
    public const int MinimumSpellings = 3;

    /// <summary>How many times as many different spellings the manuscript's dialect must have as the other.</summary>
    public const int Majority = 3;

    private readonly Dictionary<string, int> _american = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _british = new(StringComparer.Ordinal);

    /// <summary>Different American spellings (color, center) used.</summary>
    public int AmericanSpellings => _american.Count;

    /// <summary>Different British spellings (colour, centre) used; those Americans also write (grey) are not counted.</summary>
    public int BritishSpellings => _british.Count;

    /// <summary>The distinctive spellings of a manuscript or a part, as they are written in lowercase. Capitalized
    /// words are left out: mid-sentence they may be names (Pearl Harbor, the Labour Party), and lowercase words are
    /// evidence enough.</summary>
    public static DialectEvidence Of(Manuscript manuscript, Lexicon.Lexicon lexicon) => From(DistinctiveWords(manuscript, lexicon));

    internal static DialectEvidence From(IEnumerable<DistinctiveWord> words)
    {
        var evidence = new DialectEvidence();
        foreach (var found in words) evidence.Add(found.Dialect, found.Word, 1);
        return evidence;
    }

    /// <summary>The manuscript's distinctive spellings (<see cref="DialectSpelling.Distinctive"/>) among its lowercase
    /// words and the parts of its hyphenated ones, with where they stand, the dialect and the other's spelling.</summary>
    internal static List<DistinctiveWord> DistinctiveWords(Manuscript manuscript, Lexicon.Lexicon lexicon, LowercaseListing? listing = null)
    {
        var found = new List<DistinctiveWord>();
        var text = manuscript.Text.AsSpan();
        // Most words are in both dialects: one look-up per distinct word (shared with the spelling scan when a check
        // asks) settles them before any string is made.
        listing ??= new LowercaseListing(manuscript, lexicon);
        // A word written alike is judged alike: the verdict on a whole (unhyphenated) word is kept per written text.
        var judged = new DistinctiveWord?[manuscript.WrittenFirstTokens.Count];
        var isJudged = new bool[judged.Length];
        for (int t = 0; t < manuscript.Tokens.Length; t++)
        {
            var token = manuscript.Tokens[t];
            if (!token.IsWord || token.Is(TokenFlags.Capitalized) || token.Is(TokenFlags.AllCaps)) continue;
            if (!token.Is(TokenFlags.Hyphenated))
            {
                if (!listing.IsOneDialectOnly(t)) continue;
                int written = manuscript.WrittenIndex(t);
                if (!isJudged[written])
                {
                    judged[written] = Judge(lexicon, text.Slice(token.Start, token.Length), token.Start);
                    isJudged[written] = true;
                }
                if (judged[written] is { } word) found.Add(word with { Span = new TextSpan(token.Start, token.Length) });
                continue;
            }
            int start = token.Start;
            while (start <= token.End)
            {
                int hyphen = text[start..token.End].IndexOf('-');
                int end = hyphen < 0 ? token.End : start + hyphen;
                if (Judge(lexicon, text[start..end], start) is { } part) found.Add(part);
                start = end + 1;
            }
        }
        return found;
    }

    /// <summary>The word (or part of a hyphenated word) at <paramref name="start"/> when it is a distinctive spelling.</summary>
    private static DistinctiveWord? Judge(Lexicon.Lexicon lexicon, ReadOnlySpan<char> part, int start)
    {
        if (part.Length <= 1 || !IsLowercase(part) || !lexicon.Words.IsOneDialectOnly(part)) return null;
        var word = part.ToString();
        return DialectSpelling.Distinctive(lexicon, word) is { } distinctive
            ? new DistinctiveWord(new TextSpan(start, part.Length), word, distinctive.Dialect, distinctive.Counterpart)
            : null;
    }

    private static bool IsLowercase(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsLetter(c) ? !char.IsLower(c) : !CharClass.IsApostrophe(c)) return false;
        return true;
    }

    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (-1) a part's evidence.</summary>
    public void Add(DialectEvidence part, int sign)
    {
        foreach (var (word, n) in part._american) Add(Dialect.EnUS, word, sign * n);
        foreach (var (word, n) in part._british) Add(Dialect.EnGB, word, sign * n);
    }

    private void Add(Dialect dialect, string word, int n)
    {
        var counts = dialect == Dialect.EnGB ? _british : _american;
        int count = counts.GetValueOrDefault(word) + n;
        if (count == 0) counts.Remove(word);
        else counts[word] = count;
    }

    /// <summary>The dialect the manuscript is clearly written in: at least <see cref="MinimumSpellings"/> different
    /// spellings of it and <see cref="Majority"/> times as many as of the other; null when the evidence is too little
    /// or mixed.</summary>
    public Dialect? Detected =>
        Clear(BritishSpellings, AmericanSpellings) ? Dialect.EnGB
        : Clear(AmericanSpellings, BritishSpellings) ? Dialect.EnUS
        : null;

    private static bool Clear(int these, int others) => these >= MinimumSpellings && these >= Majority * others;

    /// <summary>The dialect a check holds the manuscript to: the one the writer chose, else the one the manuscript is
    /// clearly written in, else the default (en-US).</summary>
    public Dialect WrittenDialect(CheckOptions options) => options.DialectChosen ? options.Dialect : Detected ?? options.Dialect;
}

/// <summary>A spelling only one dialect uses (<see cref="DialectSpelling.Distinctive"/>), where it stands, and the other
/// dialect's spelling of it.</summary>
internal readonly record struct DistinctiveWord(TextSpan Span, string Word, Dialect Dialect, string Counterpart);
