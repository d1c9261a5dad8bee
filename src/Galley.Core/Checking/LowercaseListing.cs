using Galley.Document;
using Galley.Lexicon;

namespace Galley.Checking;

/// <summary>How the dictionary lists each distinct lowercase word of a manuscript (<see cref="Manuscript.DistinctLower"/>),
/// looked up once per check: the spelling scan asks whether a word is known, the dialect evidence whether it is one
/// dialect's spelling, and each look-up in the large word table costs a few cache misses.</summary>
internal sealed class LowercaseListing(Manuscript manuscript, Lexicon.Lexicon lexicon)
{
    private readonly PerWord<WordFlags?> _flags = new(manuscript, word => lexicon.Words.FlagsOf(word));

    public static LowercaseListing Of(CheckContext context) => context.Memo(static c => new LowercaseListing(c.Manuscript, c.Lexicon));

    /// <summary>Whether the dictionary lists token <paramref name="t"/>'s lowercase form in the dialect.</summary>
    public bool IsListed(int t, Dialect dialect) => _flags[t] is { } flags && WordList.InDialect(flags, dialect);

    /// <summary>Whether token <paramref name="t"/>'s lowercase form is listed in one dialect only (colour, color).</summary>
    public bool IsOneDialectOnly(int t) => _flags[t] is { } flags && WordList.IsOneDialectOnly(flags);
}
