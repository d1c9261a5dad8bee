using Galley.Checking;
using Galley.Diagnostics;
using Galley.Text;

namespace Galley.Rules.Capitalization;

public sealed class StrayCapital : Rule
{
    /// <summary>Uses in 51 million words of subtitles above which a noun is everyday (car, knife), not a term a story
    /// may capitalize once (the Compact, the Reaping).</summary>
    private const int EverydayNoun = 1000;

    /// <summary>After an article or a possessive (a, my, her), which do not name one thing of the story's world, a rarer
    /// noun (a Lantern, her Thimble) is as plainly a slip; not after "that" (the report that Intelligence wrote).</summary>
    private const int PlainNoun = 100;

    private const int EvidenceWindow = 400;

    /// <summary>Seasons, which many writers capitalize (every Spring), and honorifics of address (your Honor, his Grace).</summary>
    private static readonly HashSet<string> CapitalizedByCustom = new(StringComparer.Ordinal)
    {
        "spring", "summer", "fall", "autumn", "winter",
        "honor", "honour", "majesty", "excellency", "grace", "highness", "lordship", "ladyship", "worship", "eminence", "holiness", "sire",
    };

    /// <summary>The archaic second person, which prayers, hymns and scripture capitalize on purpose (in Thee, Thy will).</summary>
    private static readonly HashSet<string> ArchaicPronouns = new(StringComparer.Ordinal) { "thee", "thou", "thy", "thine" };

    public override RuleInfo Info { get; } = new(
        "GL1001", "stray-capital", Category.Capitalization, Severity.Warning,
        "A capital letter in the middle of a sentence on a word that is not a name.",
        Help: "A word straight after another word, in the same sentence, takes a capital only when it is a name, \"I\", a title, " +
              "an acronym or part of a capitalized phrase (the Great Hall). Names are learned from the manuscript and the dictionary's " +
              "proper nouns; a word you capitalize mid-sentence more than once (the Army) is taken as your choice. After a " +
              "determiner an everyday noun is flagged (a Knife, my Phone); after *the* only when the paragraph also writes it in " +
              "lowercase (the Harbor may name a place), and never a title (the Captain), a season, an honorific (your Honor) or a heading. The archaic pronouns of prayer and scripture (Thee, Thy) are left as written. Words inside a " +
              "title-cased quotation (\"Born to Wander\") and uncommon words (more often names or terms than slips) are left alone. A capital that starts a new clause (him It felt) is reported as a missing full stop instead (GL6101).");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I Forced a smile and waved.", "I forced a smile and waved."),
        Example.Flag("\"Mara Already took care of that,\" he said.", "\"Mara already took care of that,\" he said."),
        Example.Flag("\"Can anyone help Us?\" she asked.", "\"Can anyone help us?\" she asked."),
        Example.Flag("\"I Know you feel the same way.\"", "\"I know you feel the same way.\""),
        Example.Flag("I grabbed a Knife from the drawer.", "I grabbed a knife from the drawer."),
        Example.Flag("She had lost her Phone again.", "She had lost her phone again."),
        Example.Flag("He lit a Lantern and went down to the cellar.", "He lit a lantern and went down to the cellar.", "after a or a possessive a rarer noun counts too"),
        Example.Keep("He read the memo that Headquarters had sent.", "after that, only an everyday noun counts"),
        Example.Flag("The car was old, and halfway up the hill the Car stalled.", "The car was old, and halfway up the hill the car stalled."),
        Example.Keep("We waited for the Doctor, and the Captain said the King would come.", "titles used as names"),
        Example.Keep("The Council met at dawn. Nobody argued with the Council.", "a term capitalized on purpose, more than once"),
        Example.Keep("He recited:\n\nWhen Winter comes the Geese fly south,\nAnd Ice is on the Pond,\nThe Farmer mends his Fences\n\nThen he bowed.",
            "verse quoted in prose: its capitals are the poem's"),
        Example.Keep("We sailed past the Harbor and into open water.", "after \"the\": one thing of the story's world, unless the paragraph also writes it in lowercase"),
        Example.Keep("THE CAR STOPPED AT THE GATE.", "all capitals"),
        Example.Keep("Mara climbed into a Ford and drove off every Spring.", "a brand and a season"),
        Example.Keep("\"Thank you, your Honor,\" she said to the judge.", "an honorific of address"),
        Example.Keep("I told Mara about Paris on Monday.", "names and proper nouns"),
        Example.Keep("The old woman whispered, \"Lord, keep us in Thy care, for we trust in Thee.\"", "the archaic pronouns of prayer, capitalized on purpose"),
        Example.Keep("We ate in the Great Hall after the Battle of Hastings.", "a title-cased phrase"),
        Example.Keep("I saluted the Colonel and asked Aunt Bee for tea.", "titles"),
        Example.Keep("He joined the Army in May. The Army paid him well, and the Army fed him.", "capitalized on purpose, more than once"),
        Example.Keep("They played \"Alone Together\" and \"Who Cares?\" all night.", "quoted titles"),
        Example.Keep("Of all the dancers, Serene was the calmest.", "an uncommon word: more likely a name"),
        Example.Keep("The FBI agent said I should wait.", "an acronym and \"I\""),
        Example.Keep("I assured him It felt real.", "a new clause: reported by GL6101"),
        Example.Flag("\"Maybe It was always going to end this way.\"", "\"Maybe it was always going to end this way.\""),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        var capitals = Capitals.Of(context);
        for (int t = 1; t < m.Tokens.Length; t++)
        {
            var token = m.Tokens[t];
            var previous = m.Tokens[t - 1];
            if (!Capitals.IsCapitalizedWord(token) || !previous.IsWord) continue;
            if (capitals.IsProperWord(t)) continue;   // names, titles, "I": the usual capital after a word, whatever comes before
            if (Capitals.StartsUnit(m, t)) continue;
            if (m.SentenceOf(t - 1) != m.SentenceOf(t) || Capitals.LineBreakBetween(m, t - 1, t)) continue;
            if (ArchaicPronouns.Contains(m.Lower(t))) continue;
            if (Capitals.IsDeterminer(m.TextOf(previous)))
            {
                if (!IsCommonNounAfterDeterminer(context, capitals, t)) continue;
            }
            else if (capitals.IsLegitimate(context, t) || ClauseStart.RunsTogether(context, t)) continue;
            var word = m.TextOf(token);
            sink.Report(Info, token.Span, $"\u201c{word}\u201d is capitalized mid-sentence.",
                Fix.Replace(token.Span, Capitals.Lower(word)));
        }
    }

    /// <summary>An everyday common noun capitalized once after a lowercase determiner in narration or speech (the Car
    /// stopped): not a name, a title (the Captain), the dictionary's proper noun (the Bible), a term the writer
    /// capitalizes more than once (the Council), part of a title-cased phrase, or a heading.</summary>
    private static bool IsCommonNounAfterDeterminer(CheckContext context, Capitals capitals, int t)
    {
        var m = context.Manuscript;
        var determiner = m.Tokens[t - 1];
        if (!char.IsLower(m.Text[determiner.Start]) || !m.ParagraphOf(t).IsProse) return false;
        var word = m.TextOf(m.Tokens[t]);
        if (capitals.IsProperWord(t) || capitals.IsCapitalizedOnPurpose(word)) return false;
        if (capitals.InTitledQuote(t) || Capitals.InTitleCasedPhrase(m, t)) return false;
        var lower = Capitals.Lower(word);
        var before = m.TextOf(determiner);
        bool afterThe = before.Equals("the", StringComparison.Ordinal);
        if (!WordClasses.IsMostlyNoun(lower) || CapitalizedByCustom.Contains(lower)) return false;
        if (context.Lexicon.Frequency(lower) < (before is "a" or "an" or "my" or "your" or "his" or "her" or "our" or "their" ? PlainNoun : EverydayNoun)) return false;
        // After "the" a capital often names one thing of the story's world (the Program, the Harbor): a slip only when
        // the paragraph also writes the word in lowercase. After a, my or every it is a slip.
        return !afterThe || LowercaseNearby(m, t, lower);
    }

    /// <summary>The lowercase form is written within <see cref="EvidenceWindow"/> tokens in the same paragraph.</summary>
    private static bool LowercaseNearby(Document.Manuscript m, int t, string lower)
    {
        var paragraph = m.ParagraphOf(t);
        int end = Math.Min(paragraph.FirstToken + paragraph.TokenCount, t + EvidenceWindow);
        for (int k = Math.Max(paragraph.FirstToken, t - EvidenceWindow); k < end; k++)
            if (k != t && m.Tokens[k].IsWord && m.TextOf(m.Tokens[k]).SequenceEqual(lower)) return true;
        return false;
    }
}
