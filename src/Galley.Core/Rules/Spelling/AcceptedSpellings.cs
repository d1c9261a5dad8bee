using System.Runtime.InteropServices;
using Galley.Checking;
using Galley.Document;

namespace Galley.Rules.Spelling;

/// <summary>Whether a word token is accepted as written before its company is looked at: no informal word, and known
/// in lowercase or accepted by <see cref="WordAcceptance.IsAccepted"/>. Decided once per distinct spelling (case as
/// written) and the token flags the decision reads, then read back: a novel writes the same few thousand spellings
/// again and again, and each decision costs several dictionary look-ups. Not thread-safe: one instance serves one check.</summary>
internal sealed class AcceptedSpellings
{
    /// <summary>The flags <see cref="WordAcceptance.IsAccepted"/> reads; a spelling's other flags do not change its verdict.</summary>
    private const TokenFlags FlagsRead = TokenFlags.HasDigit | TokenFlags.AllCaps | TokenFlags.Hyphenated | TokenFlags.InSpeech;

    private readonly CheckContext _context;
    private readonly Manuscript _manuscript;
    /// <summary>Whether each distinct lowercase word is known: most tokens are lowercase dictionary words, whose
    /// listing is shared with the dialect evidence; the others may be names or the writer's words.</summary>
    private readonly LowercaseListing _listing;
    private readonly PerWord<bool> _knownLowercase;
    /// <summary>For each distinct written text (<see cref="Manuscript.WrittenIndex"/>), its latest decision (index + 1
    /// into <see cref="_decisions"/>), 0 for none.</summary>
    private readonly int[] _latest;
    private readonly List<Decision> _decisions;

    /// <summary>A spelling's verdict under the flags it was decided with, and the decision made before it for the same
    /// spelling under other flags (index + 1, 0 for none).</summary>
    private readonly record struct Decision(TokenFlags Flags, bool Accepted, int Previous);

    public AcceptedSpellings(CheckContext context)
    {
        _context = context;
        _manuscript = context.Manuscript;
        _listing = LowercaseListing.Of(context);
        _knownLowercase = new PerWord<bool>(_manuscript, word => WordAcceptance.IsKnown(context, word));
        _latest = new int[_manuscript.WrittenFirstTokens.Count];
        _decisions = new List<Decision>(_latest.Length);   // about one decision per spelling: no copies as it grows
    }

    public bool IsAccepted(int t)
    {
        var token = _manuscript.Tokens[t];
        var word = _manuscript.TextOf(token);
        var flags = token.Flags & FlagsRead;
        int written = _manuscript.WrittenIndex(t);
        var decisions = CollectionsMarshal.AsSpan(_decisions);
        for (int d = _latest[written] - 1; d >= 0; d = decisions[d].Previous - 1)
            if (decisions[d].Flags == flags) return decisions[d].Accepted;
        bool accepted = !WordAcceptance.IsInformal(_context, word)
            && (IsPlainLowercase(word) && (_listing.IsListed(t, _context.Dialect) || _knownLowercase[t])
                || IsCapitalizedListed(t, word) || WordAcceptance.IsAccepted(_context, word, token));
        _decisions.Add(new Decision(flags, accepted, _latest[written]));
        _latest[written] = _decisions.Count;
        return accepted;
    }

    /// <summary>A capital first letter on a word the dictionary lists in lowercase (The, Whatever), the first form
    /// <see cref="Lexicon.WordList.Contains"/> tries after the word as written: accepted without looking either up again.</summary>
    private bool IsCapitalizedListed(int t, ReadOnlySpan<char> word)
    {
        var lower = _manuscript.Lower(t);
        return word.Length > 1 && char.IsUpper(word[0]) && char.ToLowerInvariant(word[0]) == lower[0] && word[1..].SequenceEqual(lower.AsSpan(1))
            && !lower.Contains('\u02BC') && _listing.IsListed(t, _context.Dialect);
    }

    /// <summary>No capital letter and no apostrophe but the straight or curly one: the word's lowercase form
    /// (<see cref="Manuscript.Lower"/>) is what the dictionary checks are given, and a known word is accepted.</summary>
    private static bool IsPlainLowercase(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsUpper(c) || c == '\u02BC') return false;
        return true;
    }
}
