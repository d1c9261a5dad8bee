using Galley.Checking;
using Galley.Context;
using Galley.Document;
using Galley.Rules.Grammar;

namespace Galley.Rules.Apostrophes;

/// <summary>A learned name with an s stuck on (Clarks beside Clark): either a possessive missing its apostrophe or a
/// name wrongly made plural. Shared by the two rules that tell those apart by the word that follows.</summary>
internal static class NamePlusS
{
    /// <summary>True when token t is a known name plus s that is neither a word nor a name of its own, and no
    /// determiner or number before it makes it a family plural (the Kents, both Clarks).</summary>
    public static bool IsCandidate(CheckContext context, GrammarText text, int t) =>
        text.Tokens[t].Is(TokenFlags.Capitalized) && IsCapitalizedCandidate(context, text, t);   // the flag first: most words are lowercase

    private static bool IsCapitalizedCandidate(CheckContext context, GrammarText text, int t)
    {
        var token = text.Tokens[t];
        if (!token.IsWord || token.Is(TokenFlags.AllCaps) || token.Is(TokenFlags.HasApostrophe)) return false;
        var word = context.Manuscript.TextOf(token);
        if (word[^1] != 's' && !CharClass.IsApostrophe(word[^1])) return false;   // a cheap test before the name lookups
        if (!context.Names.IsNamePlusS(word) || context.Names.IsName(word)) return false;
        if (context.Lexicon.Words.Contains(word, context.Dialect)) return false;   // Roses, Hopes: a word of its own
        if (AfterTitle(context, t)) return false;   // Mrs. Michaels: a surname of its own
        int previous = text.Previous(t);
        if (previous < 0) return true;
        var before = text.Tags(previous);
        return !(before.IsMostly(Pos.Det) || before.IsMostly(Pos.Num) || text.Word(previous) is "the" or "both" or "all" or "two" or "three");
    }

    private static bool AfterTitle(CheckContext context, int t)
    {
        var tokens = context.Manuscript.Tokens;
        int before = t - 1;
        if (before > 0 && tokens[before].Kind == TokenKind.Punctuation && context.Text[tokens[before].Start] == '.') before--;
        return before >= 0 && tokens[before].IsWord && context.Lexicon.Language.IsTitle(context.Manuscript.TextOf(tokens[before]));
    }
}
