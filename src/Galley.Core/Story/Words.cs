namespace Galley.Story;

/// <summary>Small closed classes of English words the story analysis reads: pronouns, titles of address, generic
/// subjects. Lowercase.</summary>
internal static class Words
{
    public static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "i", "me", "my", "mine", "myself" };
    public static readonly HashSet<string> FirstPersonPlural = new(StringComparer.Ordinal) { "we", "us", "our", "ours", "ourselves" };
    public static readonly HashSet<string> SecondPerson = new(StringComparer.Ordinal) { "you", "your", "yours", "yourself" };
    public static readonly HashSet<string> Masculine = new(StringComparer.Ordinal) { "he", "him", "his", "himself" };
    public static readonly HashSet<string> Feminine = new(StringComparer.Ordinal) { "she", "her", "hers", "herself" };

    /// <summary>Words that may stand as the subject of a finite verb.</summary>
    public static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal)
        { "i", "you", "we", "they", "he", "she", "it", "who", "everyone", "everybody", "nobody", "someone", "somebody", "nothing", "everything", "something" };

    /// <summary>Adverbs that may sit between a subject and its verb (I finally said, he always seemed).</summary>
    public static readonly HashSet<string> MidAdverbs = new(StringComparer.Ordinal)
        { "always", "never", "really", "just", "still", "finally", "also", "only", "almost", "even", "often", "sometimes", "already", "then", "now", "soon", "suddenly", "quickly", "slowly", "quietly", "softly", "simply", "barely", "hardly", "nearly", "once", "again", "ever", "truly", "actually", "certainly", "probably" };

    public static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
        { "not", "no", "never", "don't", "didn't", "isn't", "wasn't", "can't", "couldn't", "won't", "wouldn't", "nothing", "hardly", "without", "aren't", "weren't", "doesn't", "nor" };

    public static readonly HashSet<string> MonthsAndDays = new(
        [.. Lexicon.CalendarWords.All, "I", "OK", "Okay", "God", "Christmas", "English"], StringComparer.Ordinal);

    public static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
        { "in", "at", "from", "to", "into", "near", "across", "toward", "towards", "through", "outside", "inside", "around", "of" };

    /// <summary>Prepositions whose object is no speech tag's subject (went up to Katharine and said).</summary>
    public static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal)
        { "to", "with", "from", "at", "of", "for", "by", "upon", "on", "toward", "towards", "into", "about", "beside", "behind", "than" };

    /// <summary>Nouns that describe a woman or a man (said the old woman, the boy cried).</summary>
    public static readonly HashSet<string> FemaleNouns = new(StringComparer.Ordinal)
        { "woman", "lady", "girl", "mother", "wife", "maid", "aunt", "sister", "daughter", "widow", "queen", "duchess", "countess", "princess",
          "housekeeper", "landlady", "governess", "nurse", "mistress", "bride", "niece", "grandmother", "actress", "waitress", "hostess",
          "nanny", "granny", "grandma", "mummy", "mamma" };
    public static readonly HashSet<string> MaleNouns = new(StringComparer.Ordinal)
        { "man", "gentleman", "boy", "father", "husband", "brother", "son", "uncle", "king", "duke", "count", "prince", "lord", "landlord",
          "fellow", "lad", "clergyman", "priest", "butler", "footman", "nephew", "grandfather", "waiter", "host", "marquis", "baron", "earl",
          "grandpa", "daddy", "papa" };

    public static readonly HashSet<string> FemaleTitles = new(StringComparer.OrdinalIgnoreCase)
        { "Mrs", "Ms", "Miss", "Lady", "Madam", "Madame", "Aunt", "Auntie", "Queen", "Princess", "Duchess", "Countess", "Sister", "Mother", "Grandma", "Granny", "Dame", "Baroness", "Empress" };
    public static readonly HashSet<string> MaleTitles = new(StringComparer.OrdinalIgnoreCase)
        { "Mr", "Sir", "Lord", "Uncle", "King", "Prince", "Duke", "Count", "Brother", "Father", "Grandpa", "Baron", "Emperor", "Earl" };

    public static bool IsPronounReference(string lower) => lower is "i" or "he" or "she" or "we" or "they" or "you";
}
