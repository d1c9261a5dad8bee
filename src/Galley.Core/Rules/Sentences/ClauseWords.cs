using Galley.Context;
using Galley.Rules.Grammar;

namespace Galley.Rules.Sentences;

/// <summary>What the sentence-structure hints need to know about words: finite verbs and clause openers.</summary>
internal static class ClauseWords
{
    public static readonly HashSet<string> SubjectPronouns = ["i", "he", "she", "we", "they", "it", "you"];

    /// <summary>The tagger reads token t as a finite verb or modal in its sentence, or as a contraction ending in one
    /// (couldn't, I'm).</summary>
    public static bool IsFiniteVerb(GrammarText text, int t)
    {
        if (text.Word(t) is null) return false;
        var tag = text.Tagged(t);
        return tag.Head is Pos.Vbd or Pos.Vbz or Pos.Vbp or Pos.Md || tag.IsCompound && tag.Tail is Pos.Vbd or Pos.Vbz or Pos.Vbp or Pos.Md;
    }
}
