using Galley.Rules.Grammar;

namespace Galley.Rules.Sentences;

/// <summary>What the sentence-structure hints need to know about words: finite verbs and clause openers.</summary>
internal static class ClauseWords
{
    /// <summary>Words that open a subordinate clause: a verb after them is not the sentence's main verb.</summary>
    public static readonly HashSet<string> Subordinators =
    [
        "when", "if", "as", "because", "although", "though", "while", "since", "after", "before", "until", "till", "once",
        "whenever", "wherever", "unless", "whether", "that", "who", "whom", "whose", "which", "where", "like", "than", "so",
        "what", "how", "why", "even", "whoever", "whatever", "however", "whichever", "time",
    ];

    public static readonly HashSet<string> SubjectPronouns = ["i", "he", "she", "we", "they", "it", "you"];

    /// <summary>A word Brown mostly tags as a past tense or participle (examined, studied): a main verb when a subject precedes it.</summary>
    public static bool IsPastOrParticiple(GrammarText text, int t) => text.Tags(t).Share(Pos.Vbd, Pos.Vbn) >= 0.6;

    /// <summary>A word Brown mostly tags as a finite verb or modal, or a contraction carrying one (couldn't, I'm).</summary>
    public static bool IsFiniteVerb(GrammarText text, int t)
    {
        var word = text.Word(t);
        if (word is null) return false;
        var tags = text.Tags(t);
        if (tags.Top is Pos.Vbd or Pos.Vbz or Pos.Vbp or Pos.Md && tags.Share(Pos.Vbd, Pos.Vbz) + tags.Share(Pos.Vbp) + tags.Share(Pos.Md) >= 0.6) return true;
        return word.EndsWith("n't") || word.EndsWith("'m") || word.EndsWith("'re") || word.EndsWith("'ll");
    }
}
