using Galley.Checking;
using Galley.Document;
using Galley.Rules.Capitalization;

namespace Galley.Rules.Dialogue;

/// <summary>How a tag's first word should read after speech: a pronoun, article or verb in lowercase
/// ("he said", "the old man said", "said Mara"); a name and "I" keep their capital.</summary>
internal static class TagFix
{
    public static string FirstWord(CheckContext context, SpeechTag tag)
    {
        var m = context.Manuscript;
        var token = m.Tokens[tag.FirstToken];
        var word = m.TextOf(token);
        return NeedsLowercase(context, tag) ? Capitals.Lower(word) : word.ToString();
    }

    public static bool NeedsLowercase(CheckContext context, SpeechTag tag)
    {
        var m = context.Manuscript;
        var token = m.Tokens[tag.FirstToken];
        var word = m.TextOf(token);
        if (!Capitals.IsCapitalizedWord(token) || Capitals.IsPronounI(word)) return false;
        if (tag.FirstToken == tag.VerbToken) return true;                                   // Said he
        return ClauseStart.IsSubjectWord(word) || Capitals.IsDeterminer(word);               // He, The old man
    }

    /// <summary>The replacement for the text from <paramref name="markStart"/> up to the tag's first word:
    /// <paramref name="mark"/> in place of the old mark (up to <paramref name="markEnd"/>), the closing quote and space
    /// kept, and the first word as it should read.</summary>
    public static string Rewrite(CheckContext context, SpeechTag tag, int markStart, int markEnd, string mark)
    {
        var m = context.Manuscript;
        var first = m.Tokens[tag.FirstToken];
        return mark + m.Text[markEnd..first.Start] + FirstWord(context, tag);
    }
}
