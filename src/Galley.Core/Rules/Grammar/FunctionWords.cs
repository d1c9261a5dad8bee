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

    /// <summary>Personal pronouns that can stand as a verb's subject.</summary>
    public static readonly string[] SubjectPronouns = ["i", "you", "he", "she", "it", "we", "they"];

    /// <summary>Everyone, nobody, something…: singular, whatever crowd they stand for.</summary>
    public static readonly string[] IndefinitePronouns =
        ["everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "everything", "something", "nothing", "anything"];

    /// <summary>The forms of "have" written out; its contractions ('ve, 'd) are recognised by their ending.</summary>
    public static readonly string[] HaveForms = ["have", "has", "had", "having", "haven't", "hasn't", "hadn't"];

    /// <summary>Forms of "be" and "get" that make a passive with a participle after them (was taken, got taken).</summary>
    public static readonly string[] PassiveAuxiliaries =
        ["was", "were", "is", "are", "am", "be", "been", "being", "wasn't", "weren't", "isn't", "aren't", "get", "got", "gets", "getting"];

    /// <summary>Do-forms and modals (and the 'll contractions): the verb after them, or after their subject in a
    /// question, is the plain base form. The negatives written without an apostrophe (didnt) are common in drafts.</summary>
    public static readonly string[] DoFormsAndModals =
    [
        "do", "does", "did", "don't", "doesn't", "didn't", "can", "could", "will", "would", "shall", "should", "may", "might",
        "must", "can't", "cannot", "couldn't", "won't", "wouldn't", "shouldn't", "mustn't", "i'll", "you'll", "he'll", "she'll",
        "we'll", "they'll", "it'll", "dont", "doesnt", "didnt", "couldnt", "wouldnt", "shouldnt",
    ];

    /// <summary>Modals that take "have" and a participle for a past possibility (could have known), which speech blurs into "could of".</summary>
    public static readonly string[] PerfectModals =
        ["could", "should", "would", "must", "might", "may", "couldn't", "shouldn't", "wouldn't", "mustn't", "mightn't"];

    /// <summary>Words that need "to" before a following verb (want to go, able to see, going to be).</summary>
    public static readonly string[] NeedInfinitiveTo =
    [
        "want", "wants", "wanted", "wanting", "needs", "needed", "needing", "going", "able", "unable", "supposed", "trying",
        "tried", "tries", "ought", "used", "wish", "wished", "hoped", "hope", "hopes", "decided", "refused", "managed", "seemed", "seems",
        "forgot", "forget", "forgets", "eager", "willing", "meant", "promised", "pretended", "threatened", "vowed", "offered",
        "deserved", "tended", "longed", "struggled", "planned", "agreed", "refuse", "refuses",
    ];

    /// <summary>Verbs that take an -ing form and never a bare verb after them (kept pushing), as base forms.</summary>
    public static readonly string[] GerundVerbs = ["keep", "stop", "start", "quit", "finish", "avoid", "enjoy", "begin", "continue", "practice", "resume"];

    /// <summary>Determiners that may open a plural noun phrase as a subject (the seeds, my boots, all the children).</summary>
    public static readonly string[] PluralSubjectDeterminers =
        ["the", "these", "those", "my", "his", "her", "their", "our", "your", "some", "many", "all", "both", "most", "several"];

    /// <summary>Determiners after which the noun is one thing: only the singular possessive fits (a dogs life).</summary>
    public static readonly string[] SingularDeterminers = ["a", "an", "this", "that", "each", "every", "another", "either", "neither"];

    /// <summary>Determiners that leave the number open (the girls room: one girl or several).</summary>
    public static readonly string[] OpenDeterminers = ["the", "my", "your", "his", "her", "our", "their", "its", "whose"];

    public static bool IsAuxiliary(string? word) => word is not null && Auxiliaries.Contains(word);
}
