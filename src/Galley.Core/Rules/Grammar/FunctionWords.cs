namespace Galley.Rules.Grammar;

/// <summary>Closed classes of English words the grammar rules reason with.</summary>
public static class FunctionWords
{
    /// <summary>Auxiliaries and modals: before a subject pronoun they mark a question or an inversion (Have you seen…?).</summary>
    public static readonly HashSet<string> Auxiliaries =
    [
        "am", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had", "having",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "need", "dare",
        "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't",
        "won't", "wouldn't", "shan't", "shouldn't", "can't", "cannot", "couldn't", "mightn't", "mustn't", "needn't",
    ];

    /// <summary>Verbs and adjectives after which a that-clause takes the subjunctive (insisted that he go).</summary>
    public static readonly HashSet<string> SubjunctiveTriggers =
    [
        "insist", "insists", "insisted", "demand", "demands", "demanded", "suggest", "suggests", "suggested", "recommend",
        "recommends", "recommended", "request", "requests", "requested", "require", "requires", "required", "ask", "asks",
        "asked", "propose", "proposes", "proposed", "urge", "urges", "urged", "order", "orders", "ordered", "command",
        "commanded", "advise", "advised", "prefer", "preferred", "move", "moved", "pray", "prayed", "essential", "important",
        "vital", "necessary", "crucial", "imperative", "urgent", "best", "lest", "stipulate", "stipulated", "decree", "decreed",
        "condition", "provided", "providing",
    ];

    /// <summary>Adverbs that may stand between a subject and its verb (he always disapproves).</summary>
    public static readonly HashSet<string> MidAdverbs =
    [
        "always", "never", "still", "just", "really", "only", "also", "often", "sometimes", "usually", "even", "ever",
        "already", "finally", "actually", "certainly", "probably", "simply", "truly", "barely", "hardly", "rarely",
        "seldom", "suddenly", "slowly", "quickly", "quietly", "soon", "then", "once", "somehow", "almost", "nearly",
    ];

    /// <summary>Words that open a subordinate clause: a verb after them is not the sentence's main verb.</summary>
    public static readonly HashSet<string> Subordinators =
    [
        "when", "if", "as", "because", "although", "though", "while", "since", "after", "before", "until", "till", "once",
        "whenever", "wherever", "unless", "whether", "that", "who", "whom", "whose", "which", "where", "like", "than", "so",
        "what", "how", "why", "even", "whoever", "whatever", "however", "whichever", "time",
    ];

    public static bool IsAuxiliary(string? word) => word is not null && Auxiliaries.Contains(word);
}
