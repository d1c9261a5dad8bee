using Galley.Checking;
using Galley.Document;
using Galley.Rules.Grammar;
using Galley.Rules.Spelling;

namespace Galley.Rules.Agreement;

/// <summary>Speech written in a dialect: a paragraph whose speech has a plain mark of one (ain't, y'all, 'em,
/// yonder, reckon, a dropped g such as nothin'). There, "I seen" or "he don't" is the character's grammar, not the
/// writer's slip, so the agreement hints stay quiet; in speech without such marks they still give their hint.</summary>
internal static class DialectSpeech
{
    private static readonly HashSet<string> Marks = new(StringComparer.Ordinal)
        { "ain't", "y'all", "'em", "yonder", "reckon", "reckoned", "aint", "ya'll", "dunno", "ol'" };

    /// <summary>True when token t is speech in a paragraph whose speech has a mark of dialect.</summary>
    public static bool Contains(CheckContext context, GrammarText text, int t)
    {
        if (!text.Tokens[t].Is(TokenFlags.InSpeech)) return false;
        int paragraph = text.Manuscript.SentenceOf(t).Paragraph;
        var cache = context.Memo(static _ => new ParagraphMarks()).ByParagraph;
        if (!cache.TryGetValue(paragraph, out bool marked)) cache[paragraph] = marked = HasMarks(context, text, paragraph);
        return marked;
    }

    private static bool HasMarks(CheckContext context, GrammarText text, int paragraph)
    {
        var p = text.Manuscript.Paragraphs[paragraph];
        for (int t = p.FirstToken; t < p.FirstToken + p.TokenCount; t++)
        {
            if (!text.Tokens[t].Is(TokenFlags.InSpeech) || text.Word(t) is not { } word) continue;
            if (Marks.Contains(word)) return true;
            // nothin', somethin': a dropped g marked by its apostrophe
            if (word.EndsWith("in'", StringComparison.Ordinal) && Voice.DroppedG(context, word) is not null) return true;
        }
        return false;
    }

    /// <summary>Each paragraph's answer, worked out once per check.</summary>
    private sealed class ParagraphMarks
    {
        public Dictionary<int, bool> ByParagraph { get; } = [];
    }
}
